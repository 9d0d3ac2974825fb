package dev.leanjdbc.junit;

import static dev.leanjdbc.junit.Samples.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leanjdbc.analyzer.ScopedExecutors;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A test's work on its executors' threads counts for the test — its {@code @ExpectQueries}, its
 * {@code @NoNPlusOne} and the suite report — when the executor is wrapped with {@link ScopedExecutors}:
 * no attach call in the test, no test id handed around.
 */
class ScopedExecutorsTest {

    /** A pool shared by the sample tests, created once as an application's would be. */
    static final ExecutorService POOL = ScopedExecutors.wrap(Executors.newFixedThreadPool(2));

    static int nPlusOneOnThePool(DataSource ds) throws Exception {
        return POOL.submit(() -> OrderQueries.nPlusOne(ds, 5)).get(20, TimeUnit.SECONDS);
    }

    /** The application's pool, unwrapped: the test wraps it where it hands it to the code under test. */
    static final ExecutorService APPLICATION_POOL = Executors.newFixedThreadPool(2);

    /** Code under test that loads two things at once on the executor it is given. */
    static class Dashboard {
        private final DataSource ds;
        private final ExecutorService pool;

        Dashboard(DataSource ds, ExecutorService pool) {
            this.ds = ds;
            this.pool = pool;
        }

        void load() {
            CompletableFuture.allOf(
                            CompletableFuture.runAsync(() -> ping(ds), pool),
                            CompletableFuture.runAsync(() -> ping(ds), pool))
                    .join();
        }
    }

    @LeanJdbcTest
    static class WithExtension {
        @AnalyzedDataSource
        static DataSource dataSource() {
            return Samples.dataSource();
        }

        @Test
        @ExpectQueries(select = 3, total = 3)
        void completableFuturesCount(RecordedDataSource ds) {
            CompletableFuture.allOf(
                            CompletableFuture.runAsync(() -> ping(ds), POOL),
                            CompletableFuture.runAsync(() -> ping(ds), POOL),
                            CompletableFuture.runAsync(() -> ping(ds), POOL))
                    .join();
        }

        // tag::executor[]
        @Test
        @ExpectQueries(select = 2)
        void dashboardLoadsInParallel(RecordedDataSource ds) {
            ExecutorService pool = ScopedExecutors.wrap(APPLICATION_POOL);
            new Dashboard(ds, pool).load(); // two supplyAsync(..., pool) queries, joined before it returns
        }
        // end::executor[]

        @Test
        @NoNPlusOne
        void nPlusOneOnAnotherThreadFails(RecordedDataSource ds) throws Exception {
            nPlusOneOnThePool(ds);
        }
    }

    /** No extension: only the suite report's listener records. */
    static class WithoutExtension {
        static final DataSource dataSource = LeanJdbcExtension.wrap(Samples.dataSource());

        @Test
        void executorWork() throws Exception {
            nPlusOneOnThePool(dataSource);
        }
    }

    @DbTest
    void executorWorkCountsForTheTestsAnnotations(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        EngineExecutionResults r = Samples.run(db.dataSource(), WithExtension.class);
        assertThat(failureOf(r, "completableFuturesCount")).isNull();
        assertThat(failureOf(r, "dashboardLoadsInParallel")).isNull();
        assertThat(failureOf(r, "nPlusOneOnAnotherThreadFails"))
                .contains("N_PLUS_ONE")
                .contains(ExtensionCountsTest.ORDERS);
    }

    @DbTest
    void executorWorkCountsInTheSuiteReport(TestDatabase db, @TempDir Path dir) throws IOException {
        db.seedShop(ExtensionCountsTest.SMALL);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(WithoutExtension.class))
                .configurationParameter("leanjdbc.report.dir", dir.toString())
                .configurationParameter("leanjdbc.report", "true")
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        Samples.withDataSource(db.dataSource(), () -> LauncherFactory.create().execute(request, summary));
        assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(1);

        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        JsonNode test = json.get("testResults").get(0);
        assertThat(test.get("name").asText()).isEqualTo("ScopedExecutorsTest$WithoutExtension.executorWork");
        assertThat(test.get("counts").get("SELECT").asInt()).isEqualTo(1 + 5);
        assertThat(json.get("findings").get(0).get("type").asText()).isEqualTo("N_PLUS_ONE");
    }

    private static void ping(DataSource ds) {
        try {
            OrderQueries.ping(ds);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
