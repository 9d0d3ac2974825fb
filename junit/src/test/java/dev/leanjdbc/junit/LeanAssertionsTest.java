package dev.leanjdbc.junit;

import static dev.leanjdbc.junit.LeanAssertions.assertThatQueries;
import static dev.leanjdbc.junit.LeanAssertions.assertThatQueriesOf;
import static dev.leanjdbc.junit.OrderQueries.site;
import static dev.leanjdbc.junit.Samples.withoutTimes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.io.IOException;
import javax.sql.DataSource;

/** The programmatic assertions: only the block counts, and failures read like the annotations'. */
class LeanAssertionsTest {

    @DbTest
    void countsOnlyTheBlock(TestDatabase db) throws Exception {
        db.seedShop(ExtensionCountsTest.SMALL);
        DataSource ds = LeanJdbcExtension.wrap(db.dataSource());
        OrderQueries.ping(ds); // a fixture: outside the block

        assertThatQueriesOf(() -> OrderQueries.joined(ds, 10))
                .hasSelectCount(1)
                .hasTotalCount(1)
                .hasInsertCount(0)
                .hasUpdateCount(0)
                .hasDeleteCount(0)
                .hasNoNPlusOne()
                .hasNoFindings();
        assertThatQueriesOf(() -> OrderQueries.nPlusOne(ds, 10))
                .hasSelectCount(11)
                .hasSelectCountAtMost(11)
                .hasTotalCountAtMost(11)
                .hasFinding(FindingType.N_PLUS_ONE)
                .hasFinding(FindingType.N_PLUS_ONE, 1)
                .hasNoFinding(FindingType.UNBATCHED_INSERT)
                .hasNoFindingsExcept(FindingType.N_PLUS_ONE);
    }

    @DbTest
    void failuresListEveryShapeWithCountTimeCallSiteAndParent(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        DataSource ds = LeanJdbcExtension.wrap(db.dataSource());

        Throwable t = catchThrowable(
                () -> assertThatQueriesOf(() -> OrderQueries.nPlusOne(ds, 10)).hasSelectCount(1));
        assertThat(withoutTimes(t.getMessage()))
                .isEqualTo("Expected 1 SELECT but 11 were executed:\n"
                        + "  10 x " + ExtensionCountsTest.ORDERS + "\n"
                        + "       T ms total, at " + site("ordersOf", "orders") + "\n"
                        + "       N+1, driven by the values of customer.id read from statement #1: "
                        + ExtensionCountsTest.CUSTOMERS + "\n"
                        + "   1 x " + ExtensionCountsTest.CUSTOMERS + "\n"
                        + "       T ms total, at " + site("customerIds", "customers"));
        assertThatThrownBy(() -> assertThatQueriesOf(() -> OrderQueries.nPlusOne(ds, 10))
                        .as("order page")
                        .hasNoNPlusOne())
                .hasMessageStartingWith("[order page] Expected no N+1 queries but found 1:\n  N_PLUS_ONE WARNING: 10"
                        + " executions of " + ExtensionCountsTest.ORDERS)
                .hasMessageContaining("Fix: ");
        assertThatThrownBy(() ->
                        assertThatQueriesOf(() -> OrderQueries.joined(ds, 3)).hasFinding(FindingType.N_PLUS_ONE))
                .hasMessage("Expected at least one N_PLUS_ONE finding but found none.");
        assertThatThrownBy(
                        () -> assertThatQueriesOf(() -> OrderQueries.ping(ds)).hasTotalCountAtMost(0))
                .hasMessageStartingWith(
                        "Expected at most 0 statements but 1 was executed:\n" + "  1 x select count(*) from product\n");
        assertThatThrownBy(() ->
                        assertThatQueriesOf(() -> OrderQueries.nPlusOne(ds, 4)).hasNoFindings())
                .hasMessageStartingWith("Expected no findings but found 1:\n  N_PLUS_ONE WARNING: 4 executions of ");
    }

    @DbTest
    void worksWithTheApplicationsOwnAnalyzerAndScopes(TestDatabase db) throws Exception {
        db.seedShop(ExtensionCountsTest.SMALL);
        QueryAnalyzer own =
                QueryAnalyzer.builder().callSiteMode(CallSiteMode.ALWAYS).build();
        DataSource ds = own.wrap(db.dataSource());

        AnalysisScope scope = own.scope("listing");
        try (scope) {
            OrderQueries.nPlusOne(ds, 5);
            assertThatQueries(scope).hasSelectCount(6); // a snapshot of the open scope
            OrderQueries.ping(ds);
        }
        assertThatQueries(scope).hasSelectCount(7).hasFinding(FindingType.N_PLUS_ONE);
        assertThatQueries(scope.report()).hasTotalCount(7);
        assertThatQueriesOf(own, () -> OrderQueries.ping(ds)).hasTotalCount(1);
        // the shared analyzer does not see the application's own one
        assertThatQueriesOf(() -> OrderQueries.ping(ds)).hasTotalCount(0);
    }

    @DbTest
    void theBlocksExceptionsPassThrough(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        DataSource ds = LeanJdbcExtension.wrap(db.dataSource());
        assertThatThrownBy(() -> assertThatQueriesOf(() -> {
                    OrderQueries.ping(ds);
                    throw new IOException("from the block");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("from the block");
        assertThatThrownBy(() -> assertThatQueries((AnalysisScope) null).hasTotalCount(0))
                .hasMessageContaining("Expecting actual not to be null");
    }
}
