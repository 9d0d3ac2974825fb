package dev.leanjdbc.analyzer.internal.sql;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A bounded, thread-safe cache of {@link SqlShape}s keyed by the exact SQL string, for the hot path of every
 * statement execution.
 *
 * <p>Eviction is CLOCK (second chance): a hit only sets a flag on the entry (and only when it is not already
 * set), a miss that finds the cache full sweeps a ring of entries, clearing flags, and evicts the first entry
 * not used since the last sweep. The cache never holds more than {@code maxEntries} shapes.
 *
 * <p>SQL strings longer than {@value #MAX_CACHED_SQL_LENGTH} chars are shaped on every call and never cached,
 * so that the cache's memory stays bounded by about {@code maxEntries × (2 × 16 KiB key + 8 KiB fingerprint)}
 * in the worst case (typically under 1 KiB per entry).
 *
 * <h2>Performance</h2>
 * A hit on the same {@code String} instance as before is an identity-hash slot and a reference compare; other
 * hits are one {@link ConcurrentHashMap#get} (using the string's cached hash code) plus a flag read. No lock,
 * no allocation. A miss shapes the SQL outside any lock and then takes a short lock to insert and evict.
 */
public final class SqlShapeCache {
    /** Longest SQL string kept as a cache key, in chars. */
    public static final int MAX_CACHED_SQL_LENGTH = 16_384;

    /** Slots of the identity front: a power of two. */
    private static final int RECENT_SLOTS = 512;

    private final int maxEntries;
    private final ConcurrentHashMap<String, Entry> map;

    /**
     * A front of recently used entries keyed by the identity of the SQL string: most applications pass the
     * same constant {@code String} again and again, and comparing references is cheaper than hashing and
     * comparing the text. Only resident entries are here (eviction clears their slot), so the memory bound
     * of the map holds.
     */
    private final AtomicReferenceArray<Entry> recent = new AtomicReferenceArray<>(RECENT_SLOTS);

    /**
     * Ring of resident entries in insertion order, grown on demand up to {@code maxEntries} so that a large
     * capacity costs nothing until used; guarded by {@code this}.
     */
    private Entry[] ring;

    private int hand;
    private int resident;
    private volatile long evictions;

    /**
     * @param maxEntries the most shapes held at once, {@code > 0}
     * @throws IllegalArgumentException if {@code maxEntries <= 0}
     */
    public SqlShapeCache(int maxEntries) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be > 0, was " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.map = new ConcurrentHashMap<>(Math.min(maxEntries, 1 << 16) * 4 / 3 + 1);
        this.ring = new Entry[Math.min(maxEntries, 256)];
    }

    /**
     * The shape of {@code sql}, from the cache when present. Total like {@link SqlShape#of(String)}.
     *
     * @param sql the exact SQL string the driver gets, possibly {@code null}
     * @return the cached or freshly computed shape
     */
    public SqlShape shapeOf(String sql) {
        return lookup(sql).shape;
    }

    /**
     * The cache entry of {@code sql}: its shape and an attachment slot for per-shape state the caller wants
     * beside it (found with the same lookup). SQL that is not cached gets a fresh entry every time.
     *
     * @param sql the exact SQL string the driver gets, possibly {@code null}
     * @return the cached or a fresh entry, never {@code null}
     */
    public Entry lookup(String sql) {
        if (sql == null || sql.length() > MAX_CACHED_SQL_LENGTH) {
            return new Entry(sql, SqlShape.of(sql));
        }
        int slot = slot(sql);
        Entry entry = recent.get(slot);
        if (entry == null || entry.sql != sql) {
            entry = map.get(sql);
            if (entry == null) {
                return remember(slot, insert(sql, SqlShape.of(sql))); // new entries start unused (CLOCK)
            }
            remember(slot, entry);
        }
        if (!entry.used) {
            entry.used = true;
        }
        return entry;
    }

    private Entry remember(int slot, Entry entry) {
        if (entry.resident) {
            recent.set(slot, entry);
            // An eviction between the check and the set would leave it here: take it back out. (The eviction
            // clears the flag before its own compare-and-set, so one of the two removes it.)
            if (!entry.resident) {
                recent.compareAndSet(slot, entry, null);
            }
        }
        return entry;
    }

    /** How many shapes were evicted to make room, since creation. */
    public long evictions() {
        return evictions;
    }

    /** Shapes currently held, at most {@code maxEntries}. */
    public int size() {
        return map.size();
    }

    private synchronized Entry insert(String sql, SqlShape shape) {
        Entry present = map.get(sql);
        if (present != null) {
            return present;
        }
        if (resident == maxEntries) {
            evictOne();
        } else if (resident == ring.length) {
            // not full yet, so nothing was evicted and the ring is in insertion order with hand back at 0
            ring = java.util.Arrays.copyOf(ring, (int) Math.min(maxEntries, 2L * ring.length));
            hand = resident;
        }
        Entry entry = new Entry(sql, shape);
        entry.resident = true;
        ring[hand] = entry;
        hand = (hand + 1) % ring.length;
        resident++;
        map.put(sql, entry);
        return entry;
    }

    /** Advances the hand to an entry unused since the last sweep (at most one full turn) and removes it. */
    private void evictOne() {
        while (ring[hand].used) {
            ring[hand].used = false;
            hand = (hand + 1) % ring.length;
        }
        Entry evicted = ring[hand];
        map.remove(evicted.sql);
        evicted.resident = false;
        recent.compareAndSet(slot(evicted.sql), evicted, null);
        ring[hand] = null;
        resident--;
        evictions++;
    }

    private static int slot(String sql) {
        int h = System.identityHashCode(sql);
        return (h ^ (h >>> 16)) & (RECENT_SLOTS - 1);
    }

    @Override
    public String toString() {
        return "SqlShapeCache[size=" + size() + ", maxEntries=" + maxEntries + ", evictions=" + evictions + "]";
    }

    /** A cached shape with a slot for what its user keeps beside it. */
    public static final class Entry {
        final String sql;
        final SqlShape shape;
        /** In the map; cleared under the cache's lock on eviction, before the identity front lets go of it. */
        volatile boolean resident;

        /** Written once per entry by its user; a racing second write stores an equal value. */
        private volatile Object attachment;

        /**
         * Set on hit, cleared by the sweeping hand. Deliberately not volatile: a lost update only makes the
         * eviction choice slightly less precise, never incorrect.
         */
        boolean used;

        Entry(String sql, SqlShape shape) {
            this.sql = sql;
            this.shape = shape;
        }

        public SqlShape shape() {
            return shape;
        }

        public Object attachment() {
            return attachment;
        }

        public void attach(Object value) {
            attachment = value;
        }
    }
}
