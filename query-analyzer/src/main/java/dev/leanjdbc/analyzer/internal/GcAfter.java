package dev.leanjdbc.analyzer.internal;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import javax.management.Notification;
import javax.management.openmbean.CompositeData;

/**
 * Reads HotSpot's garbage-collection notifications ({@code com.sun.management}, module {@code
 * jdk.management}); {@link #AVAILABLE} is false on a JVM without them, and only the pool thresholds are
 * used there.
 */
final class GcAfter {

    static final String NOTIFICATION = "com.sun.management.gc.notification";
    static final boolean AVAILABLE = available();

    private GcAfter() {}

    /**
     * One collection: the heap in use after it (summed over the heap pools), and the tenured pools' usage
     * before and after it ({@code -1} when the collector has no separate tenured pool: ZGC and Shenandoah
     * without generations manage the heap as one pool).
     */
    record Usage(String collector, String action, long used, long max, long oldBefore, long oldAfter) {

        /** Whether the heap is one pool, so that every collection of it is a whole-heap marking. */
        boolean singlePool() {
            return oldAfter < 0;
        }
    }

    /** Whether {@code pool} is a young pool (eden, survivor): its usage after a collection says nothing held. */
    static boolean young(String pool) {
        return pool.contains("Eden") || pool.contains("Survivor") || pool.contains("Young") || pool.contains("Nursery");
    }

    private static boolean available() {
        try {
            return GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(NOTIFICATION);
        } catch (Throwable t) {
            return false;
        }
    }

    /** What the collection of {@code n} left, over {@code heapPools}. */
    static Usage usage(Notification n, Set<String> heapPools) {
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        Map<String, MemoryUsage> before = info.getGcInfo().getMemoryUsageBeforeGc();
        long used = 0;
        long max = 0;
        long oldBefore = 0;
        long oldAfter = 0;
        int pools = 0;
        int oldPools = 0;
        for (Map.Entry<String, MemoryUsage> e :
                info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                pools++;
                used += e.getValue().getUsed();
                max += Math.max(0, e.getValue().getMax());
                if (!young(e.getKey())) {
                    oldPools++;
                    oldAfter += e.getValue().getUsed();
                    MemoryUsage b = before.get(e.getKey());
                    oldBefore += b == null ? e.getValue().getUsed() : b.getUsed();
                }
            }
        }
        if (pools <= 1 || oldPools == pools) {
            oldBefore = oldAfter = -1; // one pool for the whole heap (ZGC, Shenandoah, Epsilon)
        }
        return new Usage(info.getGcName(), info.getGcAction(), used, max, oldBefore, oldAfter);
    }
}
