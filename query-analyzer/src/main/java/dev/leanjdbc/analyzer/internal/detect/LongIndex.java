package dev.leanjdbc.analyzer.internal.detect;

/**
 * A map from {@code long} keys (value hashes, mixed keys) to non-negative {@code int}s: open addressing with
 * linear probing over parallel arrays, doubled at half full. The detectors key one entry per value or
 * parameter set of a scope, up to millions: a {@code HashMap<Long, …>} spends a boxed key, a node and two
 * dependent loads per entry, and its lookups miss the cache more the larger the scope — what made the
 * detectors' time per event grow with the scope. Lives only for one detection pass, so it needs no cap of its
 * own: its size is bounded by the scope's events.
 */
final class LongIndex {

    private static final int ABSENT = -1;

    private long[] keys;
    private int[] values;
    /**
     * A slot is in use when its stamp is the current one: {@link #clear} is one increment, not a fill of the
     * table — the duplicate detector clears its index at every data change, so its table holds only the
     * parameter sets of one epoch and stays in the cache however long the scope.
     */
    private int[] stamps;

    private int stamp = 1;
    private int size;

    /** @param expected entries expected; the table is sized so that they fit without growing */
    LongIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.min(Math.max(4, expected), 1 << 28) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        stamps = new int[capacity];
    }

    int size() {
        return size;
    }

    /** Removes every entry, keeping the table's size. */
    void clear() {
        if (size > 0) {
            size = 0;
            if (++stamp == 0) { // wrapped after 2^32 clears: start the stamps afresh
                java.util.Arrays.fill(stamps, 0);
                stamp = 1;
            }
        }
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); stamps[i] == stamp; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return ABSENT;
    }

    /**
     * The value of {@code key}; when absent, {@code ifAbsent} is stored and returned as {@code -(ifAbsent + 2)}
     * — negative, so that one lookup tells a caller both the value and that it was new.
     */
    int putIfAbsent(long key, int ifAbsent) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        for (; stamps[i] == stamp; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        keys[i] = key;
        values[i] = ifAbsent;
        stamps[i] = stamp;
        if (++size * 2 > keys.length) {
            grow();
        }
        return -(ifAbsent + 2);
    }

    /** Adds {@code key}; whether it was new. */
    boolean add(long key) {
        return putIfAbsent(key, 0) < 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        int[] oldStamps = stamps;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        stamps = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldStamps[j] == stamp) {
                int i = slot(oldKeys[j], mask);
                while (stamps[i] == stamp) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
                stamps[i] = stamp;
            }
        }
    }

    private static int slot(long key, int mask) {
        // Keys are mostly hashes already, but fingerprint ids and sequential values are not: mix them.
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
