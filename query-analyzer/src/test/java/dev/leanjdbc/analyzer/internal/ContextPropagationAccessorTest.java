package dev.leanjdbc.analyzer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import io.micrometer.context.ContextExecutorService;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;

/**
 * With Micrometer's context-propagation on the class path, a context snapshot carries the analysis scopes:
 * the accessor is found through its ServiceLoader file, as the library finds every accessor, so code that
 * already propagates context (tracing, Spring's ContextPropagatingTaskDecorator) counts with no more setup.
 */
class ContextPropagationAccessorTest {

    private final ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder()
            .contextRegistry(ContextRegistry.getInstance())
            .build();

    @DbTest(Db.H2)
    void theAccessorIsRegisteredByItsServiceFile() {
        assertThat(ContextRegistry.getInstance().getThreadLocalAccessors())
                .anySatisfy(a -> assertThat(a.key()).isEqualTo(ContextPropagationAccessor.KEY));
    }

    @DbTest(Db.H2)
    void snapshotsCarryTheScopesToAnotherThread(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        ExecutorService propagating = ContextExecutorService.wrap(pool, snapshots::captureAll);
        try {
            AnalysisScope scope = analyzer.scope("propagated");
            try (scope) {
                ContextSnapshot snapshot = snapshots.captureAll();
                pool.submit(snapshot.wrap(() -> run(ds, "select 1"))).get();
                propagating.submit(() -> run(ds, "select 2")).get();
                pool.submit(() -> run(ds, "select 3")).get(); // the same thread, after the snapshot's scope
            }
            assertThat(scope.report().statementCount()).isEqualTo(2);
            assertThat(analyzer.caughtFailures()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @DbTest(Db.H2)
    void outsideAnyScopeTheSnapshotHasNoScopes(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        ContextSnapshot empty = snapshots.captureAll();
        AnalysisScope scope = analyzer.scope("later");
        try (scope) {
            Thread t = new Thread(empty.wrap(() -> run(ds, "select 1")));
            t.start();
            t.join();
        }
        assertThat(scope.report().statementCount()).isZero();
    }

    private static void run(DataSource ds, String sql) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
