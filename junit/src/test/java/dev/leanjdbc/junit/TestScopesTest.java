package dev.leanjdbc.junit;

import static dev.leanjdbc.junit.Samples.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Work done for a test on another thread — a stand-in for the application's server thread — counts for the
 * test whose id it was given, also with two tests running at once; without an id only when one test runs.
 */
class TestScopesTest {

    /** One "server" thread shared by the tests, as a servlet container's pool would be. */
    static final ExecutorService SERVER = Executors.newSingleThreadExecutor();

    static final CyclicBarrier BOTH = new CyclicBarrier(2);

    /** Runs {@code n} statements on the server thread for the test {@code id}. */
    static void serve(DataSource ds, String id, int n) throws Exception {
        SERVER.submit(() -> {
                    try (AnalysisScope.Attachment ignored = TestScopes.attach(id)) {
                        for (int i = 0; i < n; i++) {
                            OrderQueries.ping(ds);
                        }
                    }
                    return null;
                })
                .get(20, TimeUnit.SECONDS);
    }

    @LeanJdbcTest
    @Execution(ExecutionMode.CONCURRENT)
    static class TwoAtOnce {
        @AnalyzedDataSource
        static DataSource dataSource() {
            return Samples.dataSource();
        }

        void together(DataSource ds, int n, int noId) throws Exception {
            String id = TestScopes.currentTestId();
            assertThat(id).isNotNull();
            for (int i = 0; i < 3; i++) {
                BOTH.await(20, TimeUnit.SECONDS);
                serve(ds, null, noId); // between the barriers both tests run: counted for neither
                BOTH.await(20, TimeUnit.SECONDS);
                serve(ds, id, n);
            }
        }

        @Test
        @ExpectQueries(select = 6, total = 6)
        void two(RecordedDataSource ds) throws Exception {
            together(ds, 2, 1);
        }

        @Test
        @ExpectQueries(select = 15, total = 15)
        void five(RecordedDataSource ds) throws Exception {
            together(ds, 5, 1);
        }
    }

    @LeanJdbcTest
    static class Alone {
        @AnalyzedDataSource
        static DataSource dataSource() {
            return Samples.dataSource();
        }

        @Test
        @ExpectQueries(select = 3)
        void withoutAnIdTheOnlyRunningTestCounts(RecordedDataSource ds) throws Exception {
            serve(ds, null, 3);
        }

        @Test
        @ExpectQueries(select = 0)
        void anUnknownIdAttachesNothing(RecordedDataSource ds) throws Exception {
            serve(ds, "no-such-test", 2);
        }
    }

    @DbTest
    void eachTestCountsTheWorkDoneForItOnAnotherThread(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        EngineExecutionResults r = Samples.run(
                db.dataSource(),
                TwoAtOnce.class,
                Map.of(
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "concurrent",
                        "junit.jupiter.execution.parallel.config.strategy", "fixed",
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", "2"));
        assertThat(failureOf(r, "two")).isNull();
        assertThat(failureOf(r, "five")).isNull();
        r.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @DbTest
    void withoutAnIdOnlyTheOnlyRunningTestCounts(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        EngineExecutionResults r = Samples.run(db.dataSource(), Alone.class);
        r.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }
}
