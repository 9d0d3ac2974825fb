package dev.leanjdbc.junit;

import static dev.leanjdbc.junit.Samples.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Which statements count: fixtures, other threads, attached threads; the switches that change it. */
class ScopeRulesTest {

    @LeanJdbcTest
    static class FixtureSample {
        @AnalyzedDataSource
        static DataSource dataSource() {
            return Samples.dataSource();
        }

        @BeforeEach
        void before(RecordedDataSource ds) throws SQLException {
            OrderQueries.ping(ds);
            OrderQueries.ping(ds);
        }

        @AfterEach
        void after(RecordedDataSource ds) throws SQLException {
            OrderQueries.ping(ds);
        }

        @Test
        @ExpectQueries(select = 1)
        void methodOnly(RecordedDataSource ds) throws SQLException {
            OrderQueries.ping(ds);
        }

        @Test
        @QueryScope(phases = QueryScope.Phases.WITH_LIFECYCLE)
        @ExpectQueries(select = 4)
        void withLifecycle(RecordedDataSource ds) throws SQLException {
            OrderQueries.ping(ds);
        }
    }

    @LeanJdbcTest
    static class ThreadSample {
        @AnalyzedDataSource
        static DataSource dataSource() {
            return Samples.dataSource();
        }

        @Test
        @ExpectQueries(select = 1)
        void otherThreadsDoNotCount(RecordedDataSource ds) throws Exception {
            OrderQueries.ping(ds);
            Thread t = new Thread(() -> ping(ds));
            t.start();
            t.join();
        }

        @Test
        @ExpectQueries(select = 3)
        void attachedThreadsCount(RecordedDataSource ds, AnalysisScope scope) throws Exception {
            OrderQueries.ping(ds);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                pool.submit(scope.wrap(() -> ping(ds))).get();
                pool.submit(scope.wrap(() -> ping(ds))).get();
                pool.submit(() -> ping(ds)).get(); // not attached: does not count
            } finally {
                pool.shutdown();
            }
        }

        @Test
        @QueryScope(threads = QueryScope.Threads.ALL)
        @ExpectQueries(select = 2)
        void allThreads(RecordedDataSource ds) throws Exception {
            OrderQueries.ping(ds);
            Thread t = new Thread(() -> ping(ds));
            t.start();
            t.join();
        }

        static void ping(DataSource ds) {
            try {
                OrderQueries.ping(ds);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @DbTest
    void fixturesDoNotCountUnlessAsked(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        EngineExecutionResults r = Samples.run(db.dataSource(), FixtureSample.class);
        r.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @DbTest
    void theSuiteSettingCountsFixturesEverywhere(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        EngineExecutionResults r = Samples.run(
                db.dataSource(), FixtureSample.class, Map.of("leanjdbc.junit.scope.phases", "with_lifecycle"));
        assertThat(failureOf(r, "methodOnly")).startsWith("Expected 1 SELECT but 4 were executed:\n");
        assertThat(failureOf(r, "withLifecycle")).isNull();
    }

    @DbTest
    void otherThreadsCountWhenAttachedOrWithTheAllThreadsRule(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        EngineExecutionResults r = Samples.run(db.dataSource(), ThreadSample.class);
        r.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
    }

    @Test
    void aWrongRuleValueNamesTheChoices() {
        EngineExecutionResults r = Samples.run(
                null, FindingAnnotationsTest.EmptySample.class, Map.of("leanjdbc.junit.scope.threads", "some"));
        assertThat(failureOf(r, "nothing"))
                .isEqualTo("leanjdbc.junit.scope.threads must be one of ATTACHED, ALL, was 'some' (set it in"
                        + " junit-platform.properties or as a system property)");
    }
}
