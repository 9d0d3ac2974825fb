package dev.leanjdbc.junit;

import static dev.leanjdbc.junit.ExtensionCountsTest.CUSTOMERS;
import static dev.leanjdbc.junit.ExtensionCountsTest.ORDERS;
import static dev.leanjdbc.junit.LeanAssertions.assertQueries;
import static dev.leanjdbc.junit.OrderQueries.site;
import static dev.leanjdbc.junit.Samples.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Scale assertions: the statements of a body run at several sizes must not grow with the size. */
class ScaleAssertTest {

    @LeanJdbcTest
    static class ScaleSample {
        @AnalyzedDataSource
        static DataSource dataSource() {
            return Samples.dataSource();
        }

        @Test
        void nPlusOne(RecordedDataSource ds) throws Exception {
            assertQueries(n -> OrderQueries.nPlusOne(ds, n)).constantFor(3, 10);
        }

        @Test
        void threeSizes(RecordedDataSource ds) throws Exception {
            assertQueries(n -> OrderQueries.nPlusOne(ds, n)).constantFor(10, 2, 5);
        }

        @Test
        void joined(RecordedDataSource ds) throws Exception {
            assertQueries(n -> OrderQueries.joined(ds, n)).constantFor(3, 10);
        }

        /** One more statement from a size on (a second page, say): a constant overhead, allowed as such. */
        @Test
        void overheadAllowed(RecordedDataSource ds) throws Exception {
            assertQueries(n -> secondPage(ds, n)).allowing(1).constantFor(3, 10, 20);
        }

        @Test
        void overheadNotAllowed(RecordedDataSource ds) throws Exception {
            assertQueries(n -> secondPage(ds, n)).constantFor(3, 10);
        }

        /** The set-up of each size (here: n statements) runs outside the count. */
        @Test
        void setupDoesNotCount(RecordedDataSource ds) throws Exception {
            assertQueries(n -> OrderQueries.joined(ds, n))
                    .withSetup(n -> {
                        for (int i = 0; i < n; i++) {
                            OrderQueries.touchCustomer(ds, 1);
                        }
                    })
                    .constantFor(3, 10);
        }

        @Test
        void nothingRecorded() throws Exception {
            assertQueries(n -> {}).constantFor(3, 10);
        }

        static void secondPage(DataSource ds, int n) throws Exception {
            OrderQueries.joined(ds, n);
            if (n > 5) {
                OrderQueries.ping(ds);
            }
        }
    }

    @DbTest
    void failsWithTheStatementThatGrowsAndItsCallSite(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        EngineExecutionResults r = Samples.run(db.dataSource(), ScaleSample.class);

        assertThat(failureOf(r, "nPlusOne"))
                .isEqualTo("Expected the statements not to grow with n, but 4 ran at n = 3 and 11 at n = 10:\n"
                        + "  " + ORDERS + "\n"
                        + "      ran 3 → 10 times (grows with n), at " + site("ordersOf", "orders") + "\n"
                        + "      N+1, driven by the values of customer.id read from statement #1: " + CUSTOMERS + "\n"
                        + "  1 other statement ran as often at every n.");
        assertThat(failureOf(r, "threeSizes"))
                .as("sizes in any order; each compared with the smallest")
                .startsWith("Expected the statements not to grow with n, but 3 ran at n = 2, 6 at n = 5 and 11 at"
                        + " n = 10:\n"
                        + "  " + ORDERS + "\n"
                        + "      ran 2 → 5 → 10 times (grows with n), at " + site("ordersOf", "orders") + "\n");
        assertThat(failureOf(r, "overheadNotAllowed"))
                .isEqualTo("Expected the statements not to grow with n, but 1 ran at n = 3 and 2 at n = 10:\n"
                        + "  select count(*) from product\n"
                        + "      ran 0 → 1 times (grows, not in proportion to n), at " + site("ping", "ping") + "\n"
                        + "  1 other statement ran as often at every n.\n"
                        + "  A constant overhead that does not grow further is allowed with allowing(1).");
        assertThat(failureOf(r, "nothingRecorded"))
                .startsWith("No statement at all was recorded for this block, so its query assertions (constantFor)"
                        + " would pass without checking anything.");
        assertThat(failureOf(r, "joined")).isNull();
        assertThat(failureOf(r, "overheadAllowed")).isNull();
        assertThat(failureOf(r, "setupDoesNotCount")).isNull();
    }

    @LeanJdbcTest
    static class ScaleAnnotationSample {
        @AnalyzedDataSource
        static DataSource dataSource() {
            return Samples.dataSource();
        }

        /** Runs before each size with its n, outside the count: the fixture for n rows. */
        @BeforeEach
        void seed(RecordedDataSource ds, int n) throws Exception {
            for (int i = 0; i < n; i++) {
                OrderQueries.touchCustomer(ds, 1);
            }
        }

        @ConstantQueries({10, 3})
        void nPlusOne(RecordedDataSource ds, int n) throws Exception {
            OrderQueries.nPlusOne(ds, n);
        }

        @ConstantQueries({3, 10})
        void joined(RecordedDataSource ds, int n) throws Exception {
            OrderQueries.joined(ds, n);
        }

        @ConstantQueries(
                value = {3, 10},
                allowing = 1)
        void overheadAllowed(RecordedDataSource ds, int n) throws Exception {
            ScaleSample.secondPage(ds, n);
        }
    }

    @DbTest
    void theAnnotationRunsTheTestPerSizeAndFailsTheLastRun(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        EngineExecutionResults r = Samples.run(db.dataSource(), ScaleAnnotationSample.class);

        r.testEvents().assertStatistics(s -> s.started(6).succeeded(5).failed(1));
        String failure = r.testEvents().failed().stream()
                .map(e -> e.getTestDescriptor().getUniqueId().toString()
                        + "\n"
                        + e.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                                .getThrowable()
                                .orElseThrow()
                                .getMessage())
                .findFirst()
                .orElseThrow();
        assertThat(failure)
                .contains("nPlusOne", "test-template-invocation:#2")
                .endsWith("\nExpected the statements not to grow with n, but 4 ran at n = 3 and 11 at n = 10:\n"
                        + "  " + ORDERS + "\n"
                        + "      ran 3 → 10 times (grows with n), at " + site("ordersOf", "orders") + "\n"
                        + "      N+1, driven by the values of customer.id read from statement #1: " + CUSTOMERS + "\n"
                        + "  1 other statement ran as often at every n.");
        assertThat(r.testEvents().started().stream()
                        .map(e -> e.getTestDescriptor().getDisplayName())
                        .toList())
                .as("smallest first")
                .startsWith("n = 3", "n = 10");
    }

    @Test
    void needsTwoDifferentSizes() {
        assertThatThrownBy(() -> assertQueries(n -> {}).constantFor(5, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("constantFor needs at least two different sizes, was [5, 5]");
    }
}
