package dev.leanjdbc.analyzer.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Executors that capture the submitting thread's scopes with every task and attach them while it runs.
 * Lifecycle calls go to the wrapped executor unchanged; shutting the wrapper down shuts the executor down.
 */
public final class ScopedExecutorService {

    private ScopedExecutorService() {}

    public static Runnable capturing(Runnable task) {
        ThreadScopes scopes = ThreadScopes.capture();
        return () -> {
            try (var ignored = scopes.attach()) {
                task.run();
            }
        };
    }

    public static <T> Callable<T> capturing(Callable<T> task) {
        ThreadScopes scopes = ThreadScopes.capture();
        return () -> {
            try (var ignored = scopes.attach()) {
                return task.call();
            }
        };
    }

    private static <T> List<Callable<T>> capturingAll(Collection<? extends Callable<T>> tasks) {
        // One capture for all: they are submitted together, from this thread, now.
        ThreadScopes scopes = ThreadScopes.capture();
        List<Callable<T>> out = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            out.add(() -> {
                try (var ignored = scopes.attach()) {
                    return task.call();
                }
            });
        }
        return out;
    }

    /** A plain executor. */
    public static final class OfExecutor implements Executor {
        private final Executor delegate;

        public OfExecutor(Executor delegate) {
            this.delegate = delegate;
        }

        @Override
        public void execute(Runnable command) {
            delegate.execute(capturing(command));
        }

        @Override
        public String toString() {
            return "ScopedExecutor[" + delegate + "]";
        }
    }

    /** An executor service. */
    public static class OfService implements ExecutorService {
        private final ExecutorService delegate;

        public OfService(ExecutorService delegate) {
            this.delegate = delegate;
        }

        @Override
        public void execute(Runnable command) {
            delegate.execute(capturing(command));
        }

        @Override
        public Future<?> submit(Runnable task) {
            return delegate.submit(capturing(task));
        }

        @Override
        public <T> Future<T> submit(Runnable task, T result) {
            return delegate.submit(capturing(task), result);
        }

        @Override
        public <T> Future<T> submit(Callable<T> task) {
            return delegate.submit(capturing(task));
        }

        @Override
        public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
            return delegate.invokeAll(capturingAll(tasks));
        }

        @Override
        public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
                throws InterruptedException {
            return delegate.invokeAll(capturingAll(tasks), timeout, unit);
        }

        @Override
        public <T> T invokeAny(Collection<? extends Callable<T>> tasks)
                throws InterruptedException, ExecutionException {
            return delegate.invokeAny(capturingAll(tasks));
        }

        @Override
        public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
                throws InterruptedException, ExecutionException, TimeoutException {
            return delegate.invokeAny(capturingAll(tasks), timeout, unit);
        }

        @Override
        public void shutdown() {
            delegate.shutdown();
        }

        @Override
        public List<Runnable> shutdownNow() {
            return delegate.shutdownNow();
        }

        @Override
        public boolean isShutdown() {
            return delegate.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return delegate.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return delegate.awaitTermination(timeout, unit);
        }

        @Override
        public String toString() {
            return "ScopedExecutorService[" + delegate + "]";
        }
    }

    /** A scheduled executor service: a periodic task is attached to the scopes of its scheduling, each run. */
    public static final class OfScheduled extends OfService implements ScheduledExecutorService {
        private final ScheduledExecutorService delegate;

        public OfScheduled(ScheduledExecutorService delegate) {
            super(delegate);
            this.delegate = delegate;
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            return delegate.schedule(capturing(command), delay, unit);
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            return delegate.schedule(capturing(callable), delay, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
            return delegate.scheduleAtFixedRate(capturing(command), initialDelay, period, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(
                Runnable command, long initialDelay, long delay, TimeUnit unit) {
            return delegate.scheduleWithFixedDelay(capturing(command), initialDelay, delay, unit);
        }
    }
}
