package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.InFlightScope;
import dev.leanjdbc.analyzer.MemoryPressure;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JMX side of {@code MemoryPressureMonitor}: collection usage thresholds and their notification. */
public final class HeapWatch implements NotificationListener {

    private static final Logger LOG = LoggerFactory.getLogger("dev.leanjdbc.analyzer.memory");

    private final Supplier<List<InFlightScope>> inFlight;
    private final double threshold;
    private final int maxScopes;
    private final long minIntervalNanos;
    private final List<Consumer<MemoryPressure>> callbacks;
    private final List<MemoryPoolMXBean> pools = new ArrayList<>();
    private final NotificationEmitter emitter;
    private final List<NotificationEmitter> collectors = new ArrayList<>();
    private final Set<String> heapPools = new HashSet<>();
    private long lastReport;
    /** Heap in use after the previous collection, -1 before the first. */
    private long previousUsed = -1;

    private boolean reported;
    private long reports;
    private boolean closed;

    public HeapWatch(
            Supplier<List<InFlightScope>> inFlight,
            double threshold,
            int maxScopes,
            Duration minInterval,
            List<Consumer<MemoryPressure>> callbacks) {
        this.inFlight = inFlight;
        this.threshold = threshold;
        this.maxScopes = maxScopes;
        this.minIntervalNanos = minInterval.toNanos();
        this.callbacks = callbacks;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
            long max = pool.getUsage().getMax();
            // Young pools (eden, survivors) are full or empty by design after a collection: never pressure.
            if (pool.getType() == MemoryType.HEAP
                    && !GcAfter.young(pool.getName())
                    && pool.isCollectionUsageThresholdSupported()
                    && max > 0) {
                pool.setCollectionUsageThreshold(Math.max(1, (long) (max * threshold)));
                pools.add(pool);
            }
        }
        this.emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        emitter.addNotificationListener(this, null, null);
        ThreadAllocation.watcherStarted();
        HeapLevel.watcherStarted();
        if (GcAfter.AVAILABLE) {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter e) {
                    e.addNotificationListener(this, null, null);
                    collectors.add(e);
                }
            }
        }
    }

    public List<String> pools() {
        return pools.stream().map(MemoryPoolMXBean::getName).toList();
    }

    public synchronized long reports() {
        return reports;
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (GcAfter.NOTIFICATION.equals(n.getType())) {
            afterCollection(n);
            return;
        }
        if (!MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType()) || GcAfter.AVAILABLE) {
            return; // with collection notifications, afterCollection decides (and sees every collection once)
        }
        try {
            MemoryNotificationInfo info = MemoryNotificationInfo.from((CompositeData) n.getUserData());
            MemoryUsage usage = info.getUsage();
            report(info.getPoolName(), usage.getUsed(), usage.getMax());
        } catch (Throwable t) {
            LOG.warn("memory-pressure report failed: {}", t.toString());
        }
    }

    /**
     * Decides pressure from what a collection says is held. A collection that reclaims the old generation
     * (a major one; every cycle of a one-pool collector such as ZGC or Shenandoah; G1's remark and cleanup
     * where the JVM reports them) leaves what is live: its usage counts as it is. A young (or G1 mixed)
     * collection leaves the old generation as it was, dead tenured objects included — a request stopped
     * seconds ago may still fill it — so it counts only while the heap keeps growing: in use above the
     * threshold and at least 1/128 of the maximum more than after the previous collection. Garbage waiting
     * to be reclaimed does not grow; a balloon does.
     */
    private void afterCollection(Notification n) {
        try {
            GcAfter.Usage u = GcAfter.usage(n, heapPools);
            if (u.collector().endsWith("Pauses")) {
                return; // ZGC's and Shenandoah's pause beans report mid-cycle figures; their cycles decide
            }
            long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
            if (max <= 0) {
                max = u.max();
            }
            long previous;
            synchronized (this) {
                previous = previousUsed;
                previousUsed = u.used();
            }
            if (max <= 0 || u.used() < threshold * max) {
                return;
            }
            String source = source(u, previous, max);
            if (source != null) {
                report(source, u.used(), max);
            }
        } catch (Throwable t) {
            LOG.warn("memory-pressure report failed: {}", t.toString());
        }
    }

    /** Why this collection's figure is what the application holds, or {@code null} when it may be garbage. */
    static String source(GcAfter.Usage u, long previousUsed, long max) {
        if (u.singlePool()) {
            return "heap after " + u.collector() + " (whole-heap cycle)";
        }
        if (u.action().contains("major")
                || u.collector().contains("Major")
                || u.collector().contains("Concurrent")) {
            return "heap after " + u.collector() + " (old generation collected)";
        }
        long growth = previousUsed < 0 ? 0 : u.used() - previousUsed;
        if (growth >= max / 128) {
            return "heap after " + u.collector() + " (grew "
                    + String.format(java.util.Locale.ROOT, "%.1f", growth / 1048576.0)
                    + " MiB since the previous collection)";
        }
        return null;
    }

    /** Logs at most once per interval; callbacks (stops) run on every decision, never throttled. */
    private void report(String pool, long used, long max) {
        boolean log;
        synchronized (this) {
            if (closed) {
                return;
            }
            long now = System.nanoTime();
            log = !reported || now - lastReport >= minIntervalNanos;
            if (log) {
                reported = true;
                lastReport = now;
            }
            reports++;
        }
        MemoryPressure p = pressure(pool, used, max);
        if (log) {
            LOG.warn(p.toText());
        }
        for (Consumer<MemoryPressure> c : callbacks) {
            try {
                c.accept(p);
            } catch (Throwable t) {
                LOG.warn("a memory-pressure callback failed: {}", t.toString());
            }
        }
    }

    private MemoryPressure pressure(String pool, long used, long max) {
        List<InFlightScope> scopes = inFlight.get();
        if (scopes.size() > maxScopes) {
            scopes = scopes.subList(0, maxScopes);
        }
        return ApiAccess.memoryPressure(Instant.now(), pool, used, max, threshold, scopes);
    }

    /** The fullest watched pool after its last collection (the whole heap now when none), with the open scopes. */
    public MemoryPressure snapshot() {
        MemoryPoolMXBean fullest = null;
        double fill = -1;
        for (MemoryPoolMXBean p : pools) {
            MemoryUsage u = p.getCollectionUsage();
            if (u != null && u.getMax() > 0 && (double) u.getUsed() / u.getMax() > fill) {
                fill = (double) u.getUsed() / u.getMax();
                fullest = p;
            }
        }
        if (fullest == null) {
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            return pressure("heap", heap.getUsed(), heap.getMax());
        }
        MemoryUsage u = fullest.getCollectionUsage();
        return pressure(fullest.getName(), u.getUsed(), u.getMax());
    }

    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        ThreadAllocation.watcherStopped();
        HeapLevel.watcherStopped();
        try {
            emitter.removeNotificationListener(this);
        } catch (Exception ignored) {
            // already removed
        }
        for (NotificationEmitter e : collectors) {
            try {
                e.removeNotificationListener(this);
            } catch (Exception ignored) {
                // already removed
            }
        }
        for (MemoryPoolMXBean pool : pools) {
            pool.setCollectionUsageThreshold(0);
        }
    }
}
