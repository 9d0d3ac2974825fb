package dev.leanjdbc.analyzer;

import dev.leanjdbc.analyzer.internal.ThreadScopes;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The analysis scopes the current thread records into — in every analyzer, its own and those it is
 * {@linkplain AnalysisScope#attach() attached} to — captured so that work handed to another thread counts
 * for them too. This is what {@link ScopedExecutors}, the Spring Boot starter's {@code TaskDecorator} and the
 * context-propagation accessor use; use it directly for threads the code starts itself.
 *
 * <pre>{@code
 * CapturedScopes scopes = CapturedScopes.capture(); // on the thread that hands the work over
 * new Thread(scopes.wrap(() -> repository.refresh())).start();
 * }</pre>
 *
 * <p><b>When the work outlives the scope.</b> A statement counts for a scope only while the scope is open:
 * one that starts after the scope closed is not in its report (the global view still sees it), and nothing
 * fails in the application. Wait for the work (a future's {@code get()}, {@code join()}) before the scope
 * ends — for a test, before the test method returns — for it to count.
 *
 * <p><b>Performance.</b> Capturing reads one thread local per analyzer that has opened a scope (an
 * analyzer no longer referenced drops out) and allocates nothing outside any scope; attaching pushes each
 * captured scope once. Nothing per statement.
 */
public final class CapturedScopes {

    private final ThreadScopes scopes;

    private CapturedScopes(ThreadScopes scopes) {
        this.scopes = scopes;
    }

    /** The scopes of the current thread now; empty outside any scope. */
    public static CapturedScopes capture() {
        return new CapturedScopes(ThreadScopes.capture());
    }

    /** True when there is nothing to attach: no scope was open, or all of them have closed since. */
    public boolean isEmpty() {
        return scopes.isEmpty();
    }

    /**
     * Makes the current thread record into the captured scopes that are still open until the handle is
     * closed. Scopes the thread already records into stay as they are (a task run on the submitting thread
     * itself is counted once).
     */
    public AnalysisScope.Attachment attach() {
        return scopes.attach();
    }

    /** {@code task} run attached to the captured scopes, on whatever thread runs it. */
    public Runnable wrap(Runnable task) {
        Objects.requireNonNull(task, "task");
        return () -> {
            try (AnalysisScope.Attachment ignored = scopes.attach()) {
                task.run();
            }
        };
    }

    /** {@code task} run attached to the captured scopes, on whatever thread runs it. */
    public <T> Callable<T> wrap(Callable<T> task) {
        Objects.requireNonNull(task, "task");
        return () -> {
            try (AnalysisScope.Attachment ignored = scopes.attach()) {
                return task.call();
            }
        };
    }

    /** {@code task} run attached to the captured scopes, for {@code CompletableFuture.supplyAsync}. */
    public <T> Supplier<T> wrapSupplier(Supplier<T> task) {
        Objects.requireNonNull(task, "task");
        return () -> {
            try (AnalysisScope.Attachment ignored = scopes.attach()) {
                return task.get();
            }
        };
    }

    @Override
    public String toString() {
        return "CapturedScopes[" + (isEmpty() ? "empty" : "open") + "]";
    }
}
