package dev.leanjdbc.examples;

import com.sun.management.ThreadMXBean;
import dev.leanjdbc.analyzer.Report;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * What one run cost.
 *
 * @param statements statements the analyzer recorded
 * @param rowsRead rows the application moved to, as recorded by the analyzer
 * @param wallNanos elapsed time of the run
 * @param allocatedBytes bytes allocated by the running thread ({@code ThreadMXBean#getThreadAllocatedBytes}),
 *     -1 when the JVM cannot tell
 * @param peakHeapBytes approximate: the sum of the heap pools' peak usage since the run began (peaks reset
 *     after a GC before the run) minus the heap in use at its start (which includes an in-memory
 *     database); it includes garbage not yet collected, so it is an upper bound that depends on the
 *     collector and the young generation's size
 * @param liveHeapBytes the most heap the run held alive: the largest heap in use after a garbage collection
 *     during the run, minus the heap in use after a full GC before it (which includes an in-memory
 *     database); -1 when no collection ran during the run
 */
record RunMetrics(
        long statements, long rowsRead, long wallNanos, long allocatedBytes, long peakHeapBytes, long liveHeapBytes) {

    /** Measures one run on the current thread; call {@link #start()} before and {@link #stop} after. */
    static final class Meter {
        private final ThreadMXBean threads = threadBean();
        private long startNanos;
        private long startAllocated;
        private long baseline;
        private long collectionsBefore;
        private LiveHeapWatch watch;

        Meter start() {
            System.gc();
            baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            collectionsBefore = LiveHeapWatch.totalCollections();
            watch = new LiveHeapWatch();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                    pool.resetPeakUsage();
                }
            }
            startAllocated = allocated();
            startNanos = System.nanoTime();
            return this;
        }

        RunMetrics stop(Report report) {
            long wall = System.nanoTime() - startNanos;
            long allocated = allocated();
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            watch.awaitReports(collectionsBefore);
            watch.close();
            long live = watch.collections() == 0 ? -1 : Math.max(0, watch.maxLiveBytes() - baseline);
            return new RunMetrics(
                    report.statementCount(),
                    report.rowsRead(),
                    wall,
                    allocated < 0 || startAllocated < 0 ? -1 : allocated - startAllocated,
                    Math.max(0, peak - baseline),
                    live);
        }

        private long allocated() {
            return threads == null
                    ? -1
                    : threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        }

        private static ThreadMXBean threadBean() {
            java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            if (bean instanceof ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()) {
                sun.setThreadAllocatedMemoryEnabled(true);
                return sun;
            }
            return null;
        }
    }
}
