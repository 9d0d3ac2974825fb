package dev.leanjdbc.analyzer.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An open-addressing map from {@code long} keys to values with a hard size cap: no boxing on lookup, which
 * matters on the per-execution path. Values are never null, so a slot without a value is empty: two arrays
 * per map, not three (every scope makes two small maps). Not thread-safe; callers synchronize.
 */
final class LongMap<V> {

    private final int maxSize;
    private long[] keys;
    private Object[] values;
    private int size;

    LongMap(int maxSize) {
        this(maxSize, 16);
    }

    /** @param initialCapacity slots to start with, a power of two; the table doubles when half full */
    LongMap(int maxSize, int initialCapacity) {
        if (Integer.bitCount(initialCapacity) != 1) {
            throw new IllegalArgumentException("initialCapacity must be a power of two, was " + initialCapacity);
        }
        this.maxSize = maxSize;
        int capacity = initialCapacity;
        keys = new long[capacity];
        values = new Object[capacity];
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        return null;
    }

    /**
     * Adds a new key; returns false (and adds nothing) when the map is full. The key must be absent.
     *
     * @throws NullPointerException when {@code value} is null
     */
    boolean putNew(long key, V value) {
        if (value == null) {
            throw new NullPointerException("value of key " + key + " must not be null");
        }
        if (size >= maxSize) {
            return false;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(key, value);
        size++;
        return true;
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    List<V> values() {
        List<V> out = new ArrayList<>(size);
        for (Object v : values) {
            if (v != null) {
                out.add((V) v);
            }
        }
        return out;
    }

    /** Slots of the table, for iterating with {@link #valueAt} without allocating. */
    int slots() {
        return keys.length;
    }

    /** The value in {@code slot}, or {@code null} when the slot is empty. */
    @SuppressWarnings("unchecked")
    V valueAt(int slot) {
        return (V) values[slot];
    }

    void clear() {
        Arrays.fill(values, null);
        size = 0;
    }

    private void insert(long key, Object value) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        int capacity = oldKeys.length * 2;
        keys = new long[capacity];
        values = new Object[capacity];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
