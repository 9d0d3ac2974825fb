package dev.leanjdbc.analyzer.internal;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated by a thread, from {@code com.sun.management.ThreadMXBean} where the JVM has it and has
 * it enabled; -1 elsewhere (the reports then rank by rows only).
 */
final class ThreadAllocation {

    private static final com.sun.management.ThreadMXBean BEAN = bean();

    /** Memory-pressure monitors running: only they read the figure, so scopes skip the reading otherwise. */
    private static final java.util.concurrent.atomic.AtomicInteger WATCHERS =
            new java.util.concurrent.atomic.AtomicInteger();

    private ThreadAllocation() {}

    private static com.sun.management.ThreadMXBean bean() {
        try {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean b
                    && b.isThreadAllocatedMemorySupported()
                    && b.isThreadAllocatedMemoryEnabled()) {
                return b;
            }
        } catch (Throwable t) {
            // not a HotSpot-style JVM, or management is unavailable: degrade to -1
        }
        return null;
    }

    static boolean supported() {
        return BEAN != null;
    }

    static void watcherStarted() {
        WATCHERS.incrementAndGet();
    }

    static void watcherStopped() {
        WATCHERS.decrementAndGet();
    }

    /** Bytes the current thread allocated so far, or -1 (also while no memory-pressure monitor runs). */
    static long current() {
        return BEAN == null || WATCHERS.get() == 0 ? -1 : BEAN.getCurrentThreadAllocatedBytes();
    }

    /** Bytes {@code t} allocated so far, or -1 (also when it ended). */
    @SuppressWarnings("deprecation") // Thread.getId: threadId() is JDK 19+, the project runs on 17
    static long of(Thread t) {
        return BEAN == null ? -1 : BEAN.getThreadAllocatedBytes(t.getId());
    }
}
