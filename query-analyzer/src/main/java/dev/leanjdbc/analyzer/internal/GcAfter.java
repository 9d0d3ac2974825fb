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

    record Usage(String collector, long used, long max) {}

    private static boolean available() {
        try {
            return GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(NOTIFICATION);
        } catch (Throwable t) {
            return false;
        }
    }

    /** Heap in use after the collection of {@code n}, summed over {@code heapPools}. */
    static Usage usage(Notification n, Set<String> heapPools) {
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        long max = 0;
        for (Map.Entry<String, MemoryUsage> e :
                info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                used += e.getValue().getUsed();
                max += Math.max(0, e.getValue().getMax());
            }
        }
        return new Usage(info.getGcName(), used, max);
    }
}
