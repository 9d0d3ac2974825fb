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
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold(Math.max(1, (long) (max * threshold)));
                pools.add(pool);
            }
        }
        this.emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        emitter.addNotificationListener(this, null, null);
        ThreadAllocation.watcherStarted();
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
        if (!MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())) {
            return;
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
     * Any collection, young ones included: the heap in use after it, over all heap pools. Under G1 the old
     * generation's own collection usage is only refreshed by mixed and full collections, which in a balloon
     * come late; the young collections that promote the balloon come early.
     */
    private void afterCollection(Notification n) {
        try {
            GcAfter.Usage u = GcAfter.usage(n, heapPools);
            long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
            if (max <= 0) {
                max = u.max();
            }
            if (max > 0 && u.used() >= threshold * max) {
                report("heap after " + u.collector(), u.used(), max);
            }
        } catch (Throwable t) {
            LOG.warn("memory-pressure report failed: {}", t.toString());
        }
    }

    private void report(String pool, long used, long max) {
        synchronized (this) {
            long now = System.nanoTime();
            if (closed || (reported && now - lastReport < minIntervalNanos)) {
                return;
            }
            reported = true;
            lastReport = now;
            reports++;
        }
        MemoryPressure p = pressure(pool, used, max);
        LOG.warn(p.toText());
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
        return new MemoryPressure(Instant.now(), pool, used, max, threshold, scopes);
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
