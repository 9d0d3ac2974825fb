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
 *     after a GC before the run); it includes garbage not yet collected, so it is an upper bound that
 *     depends on the collector and heap size
 */
record RunMetrics(long statements, long rowsRead, long wallNanos, long allocatedBytes, long peakHeapBytes) {

    /** Measures one run on the current thread; call {@link #start()} before and {@link #stop} after. */
    static final class Meter {
        private final ThreadMXBean threads = threadBean();
        private long startNanos;
        private long startAllocated;

        Meter start() {
            System.gc();
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
            return new RunMetrics(
                    report.statementCount(),
                    report.rowsRead(),
                    wall,
                    allocated < 0 || startAllocated < 0 ? -1 : allocated - startAllocated,
                    peak);
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
