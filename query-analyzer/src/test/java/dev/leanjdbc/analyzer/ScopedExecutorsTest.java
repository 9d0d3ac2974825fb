package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * Tasks handed to an executor record into the scopes of the thread that submitted them, when the executor
 * is wrapped: captured at submit time, attached while the task runs, on pooled and virtual threads alike.
 */
class ScopedExecutorsTest {

    @DbTest
    void tasksSubmittedInsideAScopeCountForIt(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        ExecutorService wrapped = ScopedExecutors.wrap(pool);
        try {
            AnalysisScope scope = analyzer.scope("fan-out");
            try (scope) {
                wrapped.submit(() -> run(ds, "select 1")).get();
                wrapped.submit((Callable<Integer>) () -> run(ds, "select 2")).get();
                CompletableFuture.supplyAsync(() -> run(ds, "select 3"), wrapped)
                        .thenApplyAsync(n -> run(ds, "select 4"), wrapped)
                        .get();
                for (var f : wrapped.invokeAll(
                        List.of((Callable<Integer>) () -> run(ds, "select 5"), () -> run(ds, "select 6")))) {
                    f.get();
                }
                CountDownLatch done = new CountDownLatch(1);
                wrapped.execute(() -> {
                    run(ds, "select 7");
                    done.countDown();
                });
                done.await();
                pool.submit(() -> run(ds, "select 99")).get(); // the unwrapped pool: not this scope's work
            }
            assertThat(scope.report().statementCount()).isEqualTo(7);
            assertThat(scope.report().events())
                    .extracting(StatementEvent::threadName)
                    .doesNotContain(Thread.currentThread().getName());
            assertThat(analyzer.globalReport().statementCount()).isEqualTo(8);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The example of docs/query-analyzer.md. */
    @DbTest(Db.H2)
    void theDocumentedFanOutCountsBothQueries(DataSource raw) {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        Repository repository = new Repository(analyzer.wrap(raw));
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            // tag::fan-out[]
            ExecutorService pool = ScopedExecutors.wrap(executor);
            AnalysisScope scope = analyzer.scope("GET /dashboard");
            try (scope) {
                var orders = CompletableFuture.supplyAsync(repository::orders, pool);
                var items = CompletableFuture.supplyAsync(repository::items, pool);
                render(orders.join(), items.join()); // both queries count for the scope
            }
            // end::fan-out[]
            assertThat(scope.report().statementCount()).isEqualTo(2);
        } finally {
            executor.shutdownNow();
        }
    }

    record Repository(DataSource ds) {
        int orders() {
            return run(ds, "select 1");
        }

        int items() {
            return run(ds, "select 2");
        }
    }

    private static void render(int orders, int items) {
        assertThat(orders + items).isEqualTo(3);
    }

    @DbTest(Db.H2)
    void theScopesAreThoseOfTheSubmitterAtSubmitTime(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Executor wrapped = ScopedExecutors.wrap((Executor) pool);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            // Submitted outside any scope, run while one is open on the submitting thread: not counted.
            CompletableFuture<Integer> before = CompletableFuture.supplyAsync(
                    () -> {
                        await(gate);
                        return run(ds, "select 1");
                    },
                    wrapped);
            AnalysisScope outer = analyzer.scope("outer");
            AnalysisScope inner = analyzer.scope("inner");
            gate.countDown();
            before.get();
            CompletableFuture.runAsync(() -> run(ds, "select 2"), wrapped).get();
            inner.close();
            CompletableFuture.runAsync(() -> run(ds, "select 3"), wrapped).get();
            outer.close();

            assertThat(inner.report().statementCount()).isEqualTo(1);
            assertThat(outer.report().statementCount()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @DbTest(Db.H2)
    void aTaskThatOutlivesItsScopeIsNotCountedAndRunsNormally(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        ExecutorService pool = ScopedExecutors.wrap(Executors.newSingleThreadExecutor());
        CountDownLatch scopeClosed = new CountDownLatch(1);
        try {
            AnalysisScope scope = analyzer.scope("request");
            var late = pool.submit(() -> {
                await(scopeClosed);
                return run(ds, "select 1");
            });
            scope.close();
            scopeClosed.countDown();

            assertThat(late.get()).isEqualTo(1);
            assertThat(scope.report().statementCount()).isZero();
            assertThat(analyzer.globalReport().statementCount()).isEqualTo(1);
            assertThat(analyzer.caughtFailures()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @DbTest(Db.H2)
    void scheduledTasksAndEveryAnalyzerOfTheSubmitterCount(DataSource raw) throws Exception {
        QueryAnalyzer first = QueryAnalyzer.create();
        QueryAnalyzer second = QueryAnalyzer.create();
        DataSource ds1 = first.wrap(raw);
        DataSource ds2 = second.wrap(raw);
        ScheduledExecutorService pool = ScopedExecutors.wrap(Executors.newScheduledThreadPool(1));
        try {
            AnalysisScope a = first.scope("a");
            AnalysisScope b = second.scope("b");
            pool.schedule(() -> run(ds1, "select 1"), 1, TimeUnit.MILLISECONDS).get();
            pool.schedule(() -> run(ds2, "select 2"), 1, TimeUnit.MILLISECONDS).get();
            b.close();
            a.close();

            assertThat(a.report().statementCount()).isEqualTo(1);
            assertThat(b.report().statementCount()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @DbTest(Db.H2)
    void capturedScopesAttachOnAThreadTheCodeStarts(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        AnalysisScope scope = analyzer.scope("job");
        CapturedScopes captured = CapturedScopes.capture();
        assertThat(captured.isEmpty()).isFalse();
        Thread t = new Thread(() -> {
            run(ds, "select 1"); // not attached yet
            try (AnalysisScope.Attachment ignored = captured.attach()) {
                run(ds, "select 2");
            }
            run(ds, "select 3"); // detached again
        });
        t.start();
        t.join();
        scope.close();

        assertThat(scope.report().statementCount()).isEqualTo(1);
        assertThat(CapturedScopes.capture().isEmpty()).isTrue();
    }

    /** Virtual threads (JDK 21+), reached through method handles: the build targets Java 17. */
    @DbTest(Db.H2)
    void virtualThreadsCount(DataSource raw) throws Throwable {
        assumeThat(Runtime.version().feature())
                .as("virtual threads need JDK 21+; this JDK is %s", Runtime.version())
                .isGreaterThanOrEqualTo(21);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        ExecutorService perTask = (ExecutorService) MethodHandles.publicLookup()
                .findStatic(
                        Executors.class,
                        "newVirtualThreadPerTaskExecutor",
                        MethodType.methodType(ExecutorService.class))
                .invoke();
        ExecutorService virtual = ScopedExecutors.wrap(perTask);
        try {
            AnalysisScope scope = analyzer.scope("virtual");
            AtomicReference<Boolean> wasVirtual = new AtomicReference<>();
            try (scope) {
                virtual.submit(() -> {
                            wasVirtual.set(isVirtual(Thread.currentThread()));
                            return run(ds, "select 1");
                        })
                        .get();
                CompletableFuture.supplyAsync(() -> run(ds, "select 2"), virtual)
                        .get();
            }
            assertThat(wasVirtual.get()).isTrue();
            assertThat(scope.report().statementCount()).isEqualTo(2);
        } finally {
            virtual.shutdownNow();
        }
    }

    private static boolean isVirtual(Thread t) {
        try {
            return (boolean) Thread.class.getMethod("isVirtual").invoke(t);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int run(DataSource ds, String sql) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
