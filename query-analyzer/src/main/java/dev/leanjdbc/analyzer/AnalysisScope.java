package dev.leanjdbc.analyzer;

import dev.leanjdbc.analyzer.internal.Recorder;
import dev.leanjdbc.analyzer.internal.ScopeState;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * A unit of work — a request, a job, a test — whose statements are recorded together and reported at the
 * end.
 *
 * <pre>{@code
 * AnalysisScope scope = analyzer.scope("GET /orders");
 * try (scope) {
 *     service.listOrders();
 *     soFar = scope.snapshot(); // what it recorded so far, while open
 *     service.listOrders();
 * }
 * Report report = scope.report(); // final: every statement, findings computed at close
 * }</pre>
 *
 * {@link #report()} is the final report and throws while the scope is open, so that a report read inside
 * the {@code try} block is never silently partial; {@link #snapshot()} says that it is one.
 *
 * <h2>Which statements a scope sees</h2>
 *
 * <ul>
 *   <li>Those <em>started</em> on the thread that opened it, from opening to {@link #close()}.
 *   <li>Those started on any other thread while the scope is {@linkplain #attach() attached} there, e.g.
 *       through {@link #wrap(Runnable)} for tasks handed to an executor, or for every task of an executor
 *       wrapped by {@link ScopedExecutors} (the submitter's scopes, captured at submit time). Threads are
 *       never attached implicitly (no inheritance to threads the code starts), because pooled threads
 *       outlive the scope.
 *   <li>Scopes nest: a statement is recorded in every open scope of its thread, innermost and outer.
 * </ul>
 *
 * An execution belongs to the scopes open on its thread when it started, even if its result is closed
 * elsewhere. Events completed after the scope closed are not counted. The {@linkplain
 * QueryAnalyzer#globalReport() global view} sees every thread.
 *
 * <p><b>Memory.</b> A scope keeps its first {@code maxEventsPerScope} events (default 10,000) and the
 * statistics of at most {@code maxFingerprints} fingerprints (default 1,000); beyond that it counts what it
 * drops ({@link Report#droppedEvents()}, {@link Report#droppedFingerprintExecutions()}).
 */
public final class AnalysisScope implements AutoCloseable {

    private final Recorder recorder;
    private final ScopeState state;

    AnalysisScope(Recorder recorder, String name, ScopeBudget budget) {
        this.recorder = recorder;
        this.state = recorder.openScope(name, budget);
    }

    public String name() {
        return state.name();
    }

    /**
     * Renames the scope while it is open (no effect once closed): for code that learns what the unit of work
     * is only while it runs, like a web filter that knows the route template only after the framework
     * matched it. The report, log lines and meters carry the latest name.
     */
    public void rename(String newName) {
        state.rename(Objects.requireNonNull(newName, "newName"));
    }

    public boolean isClosed() {
        return state.isClosed();
    }

    /**
     * The final report of the closed scope: every statement, and the findings computed once at close.
     *
     * @throws IllegalStateException while the scope is open — a report read inside the {@code try} block
     *     would silently be partial; close the scope first ({@code scope.close()} — closing again when the
     *     {@code try} block ends does nothing), or call {@link #snapshot()} for what was recorded so far
     */
    public Report report() {
        Report r = state.finalReport();
        if (r == null) {
            throw new IllegalStateException("Scope '" + state.name() + "' is still open: report() is the final"
                    + " report of a closed scope. Close the scope first (scope.close(); the try-with-resources"
                    + " close after it does nothing), or call scope.snapshot() for what it recorded so far.");
        }
        return r;
    }

    /**
     * What the scope recorded so far: a snapshot while it is open ({@link Report#isComplete()} false; statements
     * whose results are still open are not in it yet, and its findings judge only what is there), the final
     * report once closed.
     *
     * <p><b>Performance.</b> A snapshot of an open scope copies its kept events and statistics, and its findings
     * run the detectors again when asked for: for occasional looks (a test's assertion midway, a progress
     * log), not per statement.
     */
    public Report snapshot() {
        return state.report();
    }

    /**
     * Makes the current thread record into this scope until the returned handle is closed. No effect (and
     * a handle that does nothing) when the thread already records into it.
     */
    public Attachment attach() {
        if (!recorder.push(state)) {
            return () -> {};
        }
        return () -> recorder.pop(state);
    }

    /** A runnable that runs {@code task} attached to this scope, on whatever thread runs it. */
    public Runnable wrap(Runnable task) {
        Objects.requireNonNull(task, "task");
        return () -> {
            try (Attachment ignored = attach()) {
                task.run();
            }
        };
    }

    /** A callable that runs {@code task} attached to this scope, on whatever thread runs it. */
    public <T> Callable<T> wrap(Callable<T> task) {
        Objects.requireNonNull(task, "task");
        return () -> {
            try (Attachment ignored = attach()) {
                return task.call();
            }
        };
    }

    /**
     * Ends the scope: its report is frozen, and it is removed from this thread. Idempotent; may be called
     * from any thread (other threads drop it lazily).
     */
    @Override
    public void close() {
        recorder.close(state);
    }

    @Override
    public String toString() {
        return "AnalysisScope[" + state.name() + (state.isClosed() ? ", closed" : "") + "]";
    }

    /** The handle of an {@linkplain #attach() attachment}; closing it detaches the thread. */
    @FunctionalInterface
    public interface Attachment extends AutoCloseable {
        @Override
        void close();
    }
}
