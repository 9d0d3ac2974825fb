package dev.leanjdbc.analyzer.internal.detect;

import java.util.Arrays;

/**
 * A map from {@code long} keys (value hashes, mixed keys) to non-negative {@code int}s: open addressing with
 * linear probing over two parallel arrays, doubled at half full. The detectors key one entry per value or
 * parameter set of a scope, up to millions: a {@code HashMap<Long, …>} spends a boxed key, a node and two
 * dependent loads per entry, and its lookups miss the cache more the larger the scope — what made the
 * detectors' time per event grow with the scope. Lives only for one detection pass, so it needs no cap of its
 * own: its size is bounded by the scope's events.
 */
final class LongIndex {

    private static final int ABSENT = -1;

    private long[] keys;
    private int[] values;
    private int size;

    /** @param expected entries expected; the table is sized so that they fit without growing */
    LongIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.min(Math.max(4, expected), 1 << 28) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, ABSENT);
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != ABSENT; i = (i + 1) & mask) {
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
        for (; values[i] != ABSENT; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        keys[i] = key;
        values[i] = ifAbsent;
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
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(values, ABSENT);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] != ABSENT) {
                int i = slot(oldKeys[j], mask);
                while (values[i] != ABSENT) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int slot(long key, int mask) {
        // Keys are mostly hashes already, but fingerprint ids and sequential values are not: mix them.
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
