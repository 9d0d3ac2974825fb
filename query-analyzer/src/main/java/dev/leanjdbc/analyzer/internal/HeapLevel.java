package dev.leanjdbc.analyzer.internal;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * What scopes and results need of the collector: how many collections there have been (a retention probe
 * is judged once two have passed since it was taken) and whether any memory-pressure monitor runs at all
 * (results take no probes otherwise).
 */
public final class HeapLevel {

    /** The collectors whose counts are summed: ZGC's and Shenandoah's pause beans count pauses, not cycles. */
    private static final List<GarbageCollectorMXBean> COLLECTORS =
            ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .filter(gc -> !gc.getName().endsWith("Pauses"))
                    .toList();

    /**
     * The old-generation collectors of the generational stop-the-world collectors (Parallel's, Serial's):
     * under them a value that was promoted stays weakly reachable until the next full collection however
     * dead it is, so a retention probe is judged only once one of these ran since it was taken. G1 clears
     * such references at the remark of its concurrent cycle and promotes far less eagerly; ZGC's and
     * Shenandoah's cycles cover the whole heap.
     */
    private static final List<GarbageCollectorMXBean> FULL_COLLECTORS = COLLECTORS.stream()
            .filter(gc -> gc.getName().equals("PS MarkSweep") || gc.getName().equals("MarkSweepCompact"))
            .toList();

    private static volatile int watchers;

    private HeapLevel() {}

    /**
     * Collections since the JVM started, as the JVM counts them when each ends — not as its notifications
     * arrive, which may be a burst of several late ones: a probe stamped before such a burst must not be
     * judged by collections that ran before it was taken.
     */
    public static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : COLLECTORS) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    /**
     * Full collections since the JVM started under Parallel or Serial; 0 under other collectors, whose
     * probes need none ({@link #probesNeedFullCollection()}).
     */
    public static long fullCollections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : FULL_COLLECTORS) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    /** Whether a probe's verdict must wait for a full collection (Parallel, Serial: see FULL_COLLECTORS). */
    public static boolean probesNeedFullCollection() {
        return !FULL_COLLECTORS.isEmpty();
    }

    /** Whether a memory-pressure monitor runs: only then do results take retention probes. */
    public static boolean watching() {
        return watchers > 0;
    }

    static synchronized void watcherStarted() {
        watchers++;
    }

    static synchronized void watcherStopped() {
        watchers--;
    }
}
