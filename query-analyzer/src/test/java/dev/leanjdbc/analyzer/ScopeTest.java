package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.testing.DbTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/** Which statements a scope sees: its thread, attached threads, nesting; exact under concurrency. */
class ScopeTest {

    @DbTest
    void scopesNestAndSeeOnlyTheirThread(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        AnalysisScope outer = analyzer.scope("outer");
        run(ds, "select 1");
        AnalysisScope inner = analyzer.scope("inner");
        run(ds, "select 2");
        Thread other = new Thread(() -> run(ds, "select 3"));
        other.start();
        other.join();
        inner.close();
        run(ds, "select 4");
        outer.close();
        run(ds, "select 5");

        assertThat(inner.report().statementCount()).isEqualTo(1);
        assertThat(inner.report().isComplete()).isTrue();
        assertThat(outer.report().statementCount()).isEqualTo(3);
        assertThat(analyzer.globalReport().statementCount()).isEqualTo(5);
        assertThat(outer.report().events())
                .extracting(StatementEvent::threadName)
                .containsOnly(Thread.currentThread().getName());
    }

    @DbTest
    void attachedThreadsRecordIntoTheScope(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (AnalysisScope scope = analyzer.scope("fan-out")) {
            pool.submit(scope.wrap(() -> run(ds, "select 1"))).get();
            pool.submit(scope.wrap((Callable<Void>) () -> {
                        run(ds, "select 2");
                        return null;
                    }))
                    .get();
            pool.submit(() -> run(ds, "select 3")).get(); // not attached
            Thread t = new Thread(() -> {
                try (AnalysisScope.Attachment a = scope.attach()) {
                    run(ds, "select 4");
                }
                run(ds, "select 5"); // detached again
            });
            t.start();
            t.join();
            scope.close();
            assertThat(scope.report().statementCount()).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @DbTest
    void sixteenThreadsThroughThePoolHaveExactCountsPerScope(DataSource raw) throws Exception {
        Items.create(raw, 50);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Report>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int selects = 10 + t;
            int updates = t % 4;
            futures.add(pool.submit(() -> {
                start.await();
                try (AnalysisScope scope = analyzer.scope("worker-" + selects)) {
                    for (int i = 0; i < selects; i++) {
                        try (Connection c = ds.getConnection();
                                PreparedStatement ps = c.prepareStatement("select name from item where id = ?")) {
                            ps.setInt(1, 1 + i % 50);
                            try (ResultSet rs = ps.executeQuery()) {
                                rs.next();
                                rs.getString(1);
                            }
                        }
                    }
                    for (int i = 0; i < updates; i++) {
                        try (Connection c = ds.getConnection();
                                Statement s = c.createStatement()) {
                            s.executeUpdate("update item set qty = qty where id = " + (i + 1));
                        }
                    }
                    scope.close();
                    return scope.report();
                }
            }));
        }
        start.countDown();
        long total = 0;
        for (int t = 0; t < threads; t++) {
            Report r = futures.get(t).get();
            assertThat(r.count(StatementKind.SELECT)).as(r.name()).isEqualTo(10 + t);
            assertThat(r.rowsRead()).as(r.name()).isEqualTo(10 + t);
            assertThat(r.count(StatementKind.UPDATE)).as(r.name()).isEqualTo(t % 4);
            assertThat(r.events())
                    .allSatisfy(e -> assertThat(e.threadName())
                            .isEqualTo(r.events().get(0).threadName()));
            total += r.statementCount();
        }
        pool.shutdown();
        assertThat(analyzer.globalReport().statementCount()).isEqualTo(total);
    }

    @DbTest
    void eventAndFingerprintCapsCountWhatTheyDrop(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.builder()
                .maxEventsPerScope(5)
                .maxFingerprints(3)
                .maxGlobalEvents(4)
                .build();
        DataSource ds = analyzer.wrap(raw);
        try (AnalysisScope scope = analyzer.scope("capped")) {
            for (int i = 0; i < 12; i++) {
                run(ds, "select " + i + " as c" + (i % 6)); // six shapes
            }
            scope.close();
            Report r = scope.report();
            assertThat(r.statementCount()).isEqualTo(12);
            assertThat(r.events()).hasSize(5);
            assertThat(r.events().get(0).sequence())
                    .isLessThan(r.events().get(4).sequence());
            assertThat(r.droppedEvents()).isEqualTo(7);
            assertThat(r.fingerprints()).hasSize(3);
            assertThat(r.droppedFingerprintExecutions()).isEqualTo(6);
        }
        Report global = analyzer.globalReport();
        assertThat(global.events()).hasSize(4);
        assertThat(global.events().get(3).sequence())
                .as("the global view keeps the last events")
                .isEqualTo(12);
    }

    private static void run(DataSource ds, String sql) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rs.getObject(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DbTest
    void theReportOfAnOpenScopeIsAskedForExplicitly(DataSource raw) throws Exception {
        Items.create(raw, 3);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        AnalysisScope scope = analyzer.scope("GET /orders");
        try (scope) {
            try (Connection c = ds.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("select 1");
            }
            assertThatThrownBy(scope::report)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Scope 'GET /orders' is still open: report() is the final report of a closed scope."
                            + " Close the scope first (scope.close(); the try-with-resources close after it does"
                            + " nothing), or call scope.snapshot() for what it recorded so far.");
            Report soFar = scope.snapshot();
            assertThat(soFar.isComplete()).isFalse();
            assertThat(soFar.statementCount()).isEqualTo(1);
            try (Connection c = ds.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("select 2");
            }
            assertThat(soFar.statementCount()).as("a snapshot does not change").isEqualTo(1);
        }
        assertThat(scope.report().isComplete()).isTrue();
        assertThat(scope.report().statementCount()).isEqualTo(2);
        assertThat(scope.snapshot())
                .as("once closed, the snapshot is the final report")
                .isSameAs(scope.report());
    }
}
