package dev.leanjdbc.analyzer.internal.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Timers of one name where only the {@code capacity} most executed keys (fingerprints, scope names) get a
 * tag value of their own and everything else is timed under {@value #OTHER}: the tag's cardinality is at
 * most {@code capacity + 1}, whatever the application runs.
 *
 * <p>Rule: keys get their own timer in order of first use until {@code capacity} are taken. After that, a
 * key is counted as a candidate (at most {@value #MAX_CANDIDATES} candidates; the candidate counts start
 * over when that many are seen) and replaces the least executed tagged key once it has run at least
 * {@value #MIN_PROMOTION} times and more than twice as often as that key. The replaced timer is removed from
 * the registry (its series ends). Counts are since binding.
 *
 * <p><b>Performance.</b> A tagged key costs one concurrent-map lookup and the timer's own recording; an
 * untagged key also takes a lock to count it as a candidate.
 */
public final class TopTimers {

    static final String OTHER = "other";
    static final int MAX_CANDIDATES = 1_000;
    static final long MIN_PROMOTION = 8;

    private final MeterRegistry registry;
    private final String name;
    private final String description;
    private final String tagKey;
    private final String idTagKey;
    private final Tags tags;
    private final int capacity;
    private final Map<String, Slot> tagged = new ConcurrentHashMap<>();
    private final Timer other;
    /** Guarded by {@code this}. */
    private final Map<String, long[]> candidates = new HashMap<>();

    TopTimers(MeterRegistry registry, String name, String description, String tagKey, Tags tags, int capacity) {
        this(registry, name, description, tagKey, null, tags, capacity);
    }

    /**
     * {@code idTagKey}: when not null, each timer also gets this tag with a {@linkplain #id short stable id}
     * of its value — an address for the actuator's {@code ?tag=} query, which cannot take values with commas
     * (SQL).
     */
    TopTimers(
            MeterRegistry registry,
            String name,
            String description,
            String tagKey,
            String idTagKey,
            Tags tags,
            int capacity) {
        this.idTagKey = idTagKey;
        this.registry = registry;
        this.name = name;
        this.description = description;
        this.tagKey = tagKey;
        this.tags = tags;
        this.capacity = capacity;
        this.other = timer(OTHER);
    }

    private Timer timer(String value) {
        Timer.Builder b =
                Timer.builder(name).description(description).tags(tags).tag(tagKey, value);
        if (idTagKey != null) {
            b.tag(idTagKey, value.equals(OTHER) ? OTHER : id(value));
        }
        return b.register(registry);
    }

    /** See {@link TagIds#id}. */
    static String id(String value) {
        return TagIds.id(value);
    }

    void record(String key, long nanos) {
        Slot s = tagged.get(key);
        if (s != null) {
            s.count.increment();
            s.timer.record(nanos, TimeUnit.NANOSECONDS);
            return;
        }
        if (capacity > 0) {
            s = consider(key);
        }
        (s == null ? other : s.timer).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Counts an untagged key; returns its new slot when it earned one. */
    private synchronized Slot consider(String key) {
        Slot s = tagged.get(key);
        if (s != null) {
            s.count.increment();
            return s;
        }
        if (tagged.size() < capacity) {
            return promote(key, 1);
        }
        long[] count = candidates.get(key);
        if (count == null) {
            if (candidates.size() >= MAX_CANDIDATES) {
                candidates.clear();
            }
            candidates.put(key, count = new long[1]);
        }
        long n = ++count[0];
        if (n < MIN_PROMOTION) {
            return null;
        }
        Map.Entry<String, Slot> least = null;
        for (Map.Entry<String, Slot> e : tagged.entrySet()) {
            if (least == null
                    || e.getValue().count.sum() < least.getValue().count.sum()) {
                least = e;
            }
        }
        if (least == null || n <= 2 * least.getValue().count.sum()) {
            return null;
        }
        tagged.remove(least.getKey());
        registry.remove(least.getValue().timer);
        candidates.remove(key);
        return promote(key, n);
    }

    private Slot promote(String key, long count) {
        Slot s = new Slot(timer(key));
        s.count.add(count);
        tagged.put(key, s);
        return s;
    }

    /** Keys with a tag value of their own, for tests. */
    int taggedCount() {
        return tagged.size();
    }

    private static final class Slot {
        final Timer timer;
        final LongAdder count = new LongAdder();

        Slot(Timer timer) {
            this.timer = timer;
        }
    }

    /** See {@link TagIds#shorten}. */
    static String shorten(String value, int max) {
        return TagIds.shorten(value, max);
    }
}
