package dev.leanjdbc.junit;

import static dev.leanjdbc.junit.OrderQueries.site;
import static dev.leanjdbc.junit.Samples.failureOf;
import static dev.leanjdbc.junit.Samples.withoutTimes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@link NoNPlusOne}, {@link NoFindings}, {@link ExpectFinding} and the suite default {@code leanjdbc.junit.failOn}. */
class FindingAnnotationsTest {

    @LeanJdbcTest
    static class FindingSample {
        @AnalyzedDataSource
        static DataSource dataSource() {
            return Samples.dataSource();
        }

        @Test
        @NoNPlusOne
        void nPlusOne(RecordedDataSource ds) throws SQLException {
            OrderQueries.nPlusOne(ds, 10);
        }

        @Test
        @NoNPlusOne
        @NoFindings
        void joined(RecordedDataSource ds) throws SQLException {
            OrderQueries.joined(ds, 10);
        }

        @Test
        @NoFindings
        void anyFinding(RecordedDataSource ds) throws SQLException {
            OrderQueries.nPlusOne(ds, 4);
        }

        @Test
        @NoFindings(except = FindingType.N_PLUS_ONE)
        void allowed(RecordedDataSource ds) throws SQLException {
            OrderQueries.nPlusOne(ds, 4);
        }

        @Test
        @ExpectFinding(FindingType.N_PLUS_ONE)
        void pinsKnownNPlusOne(RecordedDataSource ds) throws SQLException {
            OrderQueries.nPlusOne(ds, 4);
        }

        @Test
        @ExpectFinding(value = FindingType.N_PLUS_ONE, count = 2)
        void wrongFindingCount(RecordedDataSource ds) throws SQLException {
            OrderQueries.nPlusOne(ds, 4);
        }

        @Test
        @ExpectFinding(FindingType.DUPLICATE_QUERY)
        void missingFinding(RecordedDataSource ds) throws SQLException {
            OrderQueries.joined(ds, 10);
        }

        @Test
        void plain(RecordedDataSource ds) throws SQLException {
            OrderQueries.nPlusOne(ds, 4);
        }
    }

    @DbTest
    void findingAnnotationsFailWithTheFindingItsParentAndTheFix(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        EngineExecutionResults r = Samples.run(db.dataSource(), FindingSample.class);

        String nPlusOne = withoutTimes(failureOf(r, "nPlusOne"));
        assertThat(nPlusOne)
                .startsWith("Expected no N+1 queries but found 1:\n"
                        + "  N_PLUS_ONE WARNING: 10 executions of " + ExtensionCountsTest.ORDERS + "\n"
                        + "      T ms total, at " + site("ordersOf", "orders") + "\n"
                        + "      driven by the values of ")
                .contains(" read from statement #1: " + ExtensionCountsTest.CUSTOMERS + "\n")
                .contains("\n      Fix: ");
        assertThat(failureOf(r, "joined")).isNull();
        assertThat(failureOf(r, "anyFinding")).startsWith("Expected no findings but found 1:\n  N_PLUS_ONE ");
        assertThat(failureOf(r, "allowed")).isNull();
        assertThat(failureOf(r, "pinsKnownNPlusOne")).isNull();
        assertThat(failureOf(r, "wrongFindingCount"))
                .startsWith("Expected 2 N_PLUS_ONE findings but found 1:\n  N_PLUS_ONE WARNING: 4 executions of ");
        assertThat(failureOf(r, "missingFinding"))
                .isEqualTo("Expected at least one DUPLICATE_QUERY finding but found none.");
        assertThat(failureOf(r, "plain")).isNull();
        r.testEvents().assertStatistics(s -> s.started(8).succeeded(4).failed(4));
        System.out.println(nPlusOne);
    }

    @DbTest
    void failOnMakesEveryTestWithTheFindingFailUnlessItExpectsIt(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        EngineExecutionResults r =
                Samples.run(db.dataSource(), FindingSample.class, Map.of("leanjdbc.junit.failOn", "N_PLUS_ONE"));

        assertThat(failureOf(r, "plain"))
                .startsWith("Found 1 N_PLUS_ONE finding, and leanjdbc.junit.failOn fails every test with one:\n"
                        + "  N_PLUS_ONE WARNING: 4 executions of " + ExtensionCountsTest.ORDERS);
        assertThat(failureOf(r, "allowed")).startsWith("Found 1 N_PLUS_ONE finding");
        assertThat(failureOf(r, "pinsKnownNPlusOne")).isNull();
        // reported once, by the annotation, not again by the suite default
        assertThat(failureOf(r, "nPlusOne"))
                .startsWith("Expected no N+1 queries")
                .doesNotContain("failOn");
        assertThat(failureOf(r, "joined")).isNull();
    }

    @Test
    void aWrongFailOnValueNamesTheChoices() {
        EngineExecutionResults r = Samples.run(
                null, ExtensionCountsTest.NoSourceSample.class, Map.of("leanjdbc.junit.failOn", "N_PLUS_TWO"));
        assertThat(failureOf(r, "needsOne")).contains("No DataSource to record");
        EngineExecutionResults r2 = Samples.run(null, EmptySample.class, Map.of("leanjdbc.junit.failOn", "N_PLUS_TWO"));
        assertThat(failureOf(r2, "nothing"))
                .startsWith("leanjdbc.junit.failOn must be one of N_PLUS_ONE, DUPLICATE_QUERY,")
                .endsWith(", was 'N_PLUS_TWO' (set it in junit-platform.properties or as a system property)");
    }

    @LeanJdbcTest
    static class EmptySample {
        @Test
        void nothing() {}
    }
}
