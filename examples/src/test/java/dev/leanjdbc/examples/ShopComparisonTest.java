package dev.leanjdbc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopComparisonTest {

    /** Above the analyzer's default large-result threshold (10,000 rows), so the export is flagged too. */
    private static final ShopScale SCALE = new ShopScale(400, 100, 11_000);

    // Not on MariaDB yet: the naive run's large buffered result is not reported there, because the analyzer does
    // not yet know MariaDB Connector/J's and MySQL Connector/J's buffering rules (issue 23 point 5).
    @DbTest({Db.H2, Db.POSTGRES})
    void naiveAndLeanProduceTheSameResultsAndOnlyTheNaiveRunHasFindings(TestDatabase db) throws Exception {
        db.seedShop(SCALE);
        Workload work = new Workload(40, "NEW", Workload.forScale(1).shipBefore(), 30);

        ShopComparison.Outcome outcome = ShopComparison.run(db.dataSource(), db.dialect(), work);

        ShopResults naive = outcome.naive().results();
        assertThat(outcome.lean().results()).isEqualTo(naive);
        assertThat(naive.customerSummaries()).isEqualTo(40);
        assertThat(naive.dashboardRows()).isPositive();
        assertThat(naive.shipped()).isPositive();
        assertThat(naive.exportedRows()).isEqualTo(11_000);
        assertThat(naive.imported()).isEqualTo(30);

        List<Finding> findings = outcome.naive().report().findings();
        assertThat(findings)
                .extracting(Finding::type)
                .contains(
                        FindingType.N_PLUS_ONE,
                        FindingType.PROJECTION_CANDIDATE,
                        FindingType.ROW_BY_ROW_DML,
                        FindingType.UNBATCHED_INSERT,
                        FindingType.BUFFERED_LARGE_RESULT);
        Finding nPlusOne =
                outcome.naive().report().findings(FindingType.N_PLUS_ONE).get(0);
        assertThat(nPlusOne.fingerprint()).contains("from orders where customer_id = ?");
        assertThat(nPlusOne.callSite().fileName()).isEqualTo("NaiveShop.java");
        assertThat(nPlusOne.callSite().methodName()).isEqualTo("customerSummaries");
        assertThat(outcome.naive()
                        .report()
                        .findings(FindingType.UNBATCHED_INSERT)
                        .get(0)
                        .callSite()
                        .methodName())
                .isEqualTo("importProducts");
        assertThat(outcome.naive()
                        .report()
                        .findings(FindingType.ROW_BY_ROW_DML)
                        .get(0)
                        .callSite()
                        .methodName())
                .isEqualTo("shipOldPaidOrders");

        assertThat(outcome.lean().report().findings()).isEmpty();
        assertThat(outcome.naive().metrics().statements()).isGreaterThan(40 + 30);
        assertThat(outcome.lean().metrics().statements()).isLessThan(20);
        assertThat(outcome.lean().metrics().allocatedBytes())
                .isLessThan(outcome.naive().metrics().allocatedBytes());
    }

    @DbTest
    void theLeanRunsWritesStayAndTheNaiveRunsAreUndone(TestDatabase db) throws Exception {
        db.seedShop(new ShopScale(50, 20, 500));
        Workload work = new Workload(10, "NEW", Workload.forScale(1).shipBefore(), 5);

        ShopComparison.run(db.dataSource(), db.dialect(), work);

        assertThat(db.dsl()
                        .fetchCount(
                                db.dsl().selectFrom("product").where("sku like '" + Workload.IMPORT_SKU_PREFIX + "%'")))
                .as("imported once, not twice")
                .isEqualTo(5);
    }
}
