package dev.leanjdbc.analyzer;

import dev.leanjdbc.analyzer.internal.ScopedExecutorService;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Executors whose tasks count for the scopes of the thread that submitted them: each task captures the
 * submitter's {@linkplain CapturedScopes scopes} when it is submitted and is attached to them while it runs,
 * on whichever thread — pooled, {@code ForkJoinPool}, virtual.
 *
 * <pre>{@code
 * ExecutorService pool = ScopedExecutors.wrap(Executors.newFixedThreadPool(4));
 * try (AnalysisScope scope = analyzer.scope("report")) {
 *     CompletableFuture<List<Order>> orders = CompletableFuture.supplyAsync(repository::orders, pool);
 *     CompletableFuture<List<Item>> items = CompletableFuture.supplyAsync(repository::items, pool);
 *     render(orders.join(), items.join()); // both queries count for the scope
 * }
 * }</pre>
 *
 * <p>Pass the wrapped executor explicitly: {@code CompletableFuture.supplyAsync(task)} without one runs on
 * {@code ForkJoinPool.commonPool()}, which is not wrapped (wrap the task with {@link
 * CapturedScopes#wrapSupplier} then). Tasks submitted outside any scope run as before. A task that starts
 * after its scope closed is not counted for it and runs normally. The wrapper adds nothing to the executor's
 * lifecycle: shutting the wrapper down shuts the executor down.
 */
public final class ScopedExecutors {

    private ScopedExecutors() {}

    /** {@code executor} with every task attached to its submitter's scopes. */
    public static Executor wrap(Executor executor) {
        Objects.requireNonNull(executor, "executor");
        if (executor instanceof ScopedExecutorService.OfExecutor
                || executor instanceof ScopedExecutorService.OfService) {
            return executor;
        }
        return new ScopedExecutorService.OfExecutor(executor);
    }

    /** {@code executor} with every task attached to its submitter's scopes; lifecycle calls pass through. */
    public static ExecutorService wrap(ExecutorService executor) {
        Objects.requireNonNull(executor, "executor");
        if (executor instanceof ScopedExecutorService.OfService) {
            return executor;
        }
        return new ScopedExecutorService.OfService(executor);
    }

    /**
     * {@code executor} with every task attached to the scopes of the thread that scheduled it; a periodic
     * task, each run (once those scopes closed, its runs count for none).
     */
    public static ScheduledExecutorService wrap(ScheduledExecutorService executor) {
        Objects.requireNonNull(executor, "executor");
        if (executor instanceof ScopedExecutorService.OfScheduled) {
            return executor;
        }
        return new ScopedExecutorService.OfScheduled(executor);
    }
}
