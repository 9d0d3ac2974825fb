package dev.leanjdbc.junit;

import static dev.leanjdbc.junit.Samples.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** With JUnit's parallel execution on, each test counts exactly its own statements. */
class ParallelExecutionTest {

    static final AtomicInteger running = new AtomicInteger();
    static final AtomicInteger maxRunning = new AtomicInteger();

    @LeanJdbcTest
    @Execution(ExecutionMode.CONCURRENT)
    static class ParallelSample {
        @AnalyzedDataSource
        static DataSource dataSource() {
            return Samples.dataSource();
        }

        /** Runs {@code n} statements interleaved with the other tests', all of them overlapping in time. */
        static void run(DataSource ds, int n) throws Exception {
            int now = running.incrementAndGet();
            maxRunning.accumulateAndGet(now, Math::max);
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (maxRunning.get() < 4 && System.nanoTime() < deadline) {
                    Thread.sleep(5); // wait until the others run too, so their statements interleave
                }
                for (int i = 0; i < n; i++) {
                    OrderQueries.ping(ds);
                    Thread.sleep(1);
                }
            } finally {
                running.decrementAndGet();
            }
        }

        @Test
        @ExpectQueries(select = 5, total = 5)
        void five(RecordedDataSource ds) throws Exception {
            run(ds, 5);
        }

        @Test
        @ExpectQueries(select = 7, total = 7)
        void seven(RecordedDataSource ds) throws Exception {
            run(ds, 7);
        }

        @Test
        @ExpectQueries(select = 11, total = 11)
        void eleven(RecordedDataSource ds) throws Exception {
            run(ds, 11);
        }

        @Test
        @ExpectQueries(select = 13, total = 13)
        void thirteen(RecordedDataSource ds) throws Exception {
            run(ds, 13);
        }

        @Test
        @ExpectQueries(select = 3)
        void wrong(RecordedDataSource ds) throws Exception {
            run(ds, 17);
        }

        @Test
        @ExpectQueries(select = 1)
        void one(RecordedDataSource ds) throws SQLException {
            OrderQueries.ping(ds);
        }
    }

    @DbTest
    void perTestCountsStayExactUnderParallelExecution(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        running.set(0);
        maxRunning.set(0);
        EngineExecutionResults r = Samples.run(
                db.dataSource(),
                ParallelSample.class,
                Map.of(
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "concurrent",
                        "junit.jupiter.execution.parallel.config.strategy", "fixed",
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", "6"));

        assertThat(maxRunning.get()).as("tests that ran at the same time").isGreaterThanOrEqualTo(4);
        assertThat(failureOf(r, "wrong"))
                .startsWith("Expected 3 SELECTs but 17 were executed:\n" + "  17 x select count(*) from product\n");
        r.testEvents().assertStatistics(s -> s.started(6).succeeded(5).failed(1));
    }

    @Test
    void samplesRunOnlyFromTheirOuterTest() {
        assertThat(Samples.run(null, ParallelSample.class).testEvents().failed().count())
                .isEqualTo(6);
    }
}
