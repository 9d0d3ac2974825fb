package dev.leanjdbc.analyzer.internal.detect;

import java.util.Arrays;

/**
 * The readers of each value hash the parent finder remembers: for each distinct value, up to {@code
 * maxReaders} slots of (shape number, where it was read), where 0 is an empty slot. The first slot of every
 * value lives in one flat array and the others, for the few values more than one shape read, in blocks of a
 * second array: no {@code long[]} per value (a large scope reads a million distinct values, and an object
 * per value was a large share of the detectors' garbage). The empty slots of a value are always its last
 * ones: slots fill in order and never empty. Bounded by the values the scope's SELECTs sampled.
 */
final class ValueReaders {

    private final LongIndex index;
    private final int extraSlots;
    /** Per value: shape and where of its first slot. */
    private long[] first;
    /** Per value: 0, or 1 + the offset of its other slots in {@link #extra}. */
    private int[] more;

    private long[] extra;
    private int extraSize;
    private int size;

    ValueReaders(int events, int maxReaders) {
        int expected = Math.min(events, 1 << 16);
        index = new LongIndex(expected);
        extraSlots = maxReaders - 1;
        // Sized by the scope's events, growing by doubling: a request's scope reads a handful of values.
        first = new long[2 * Math.max(4, expected)];
        more = new int[Math.max(4, expected)];
        extra = new long[2 * extraSlots * 2];
    }

    /** The number of a value, or -1 when nothing read it. */
    int find(long hash) {
        return index.get(hash);
    }

    /** The number of a value, a new one with one empty slot when nothing read it yet. */
    int findOrAdd(long hash) {
        int v = index.putIfAbsent(hash, size);
        if (v >= 0) {
            return v;
        }
        if (size == more.length) {
            more = Arrays.copyOf(more, size * 2);
            first = Arrays.copyOf(first, size * 4);
        }
        return size++;
    }

    /** The slots a value has now: 1, or all of them once {@link #widen} made room. */
    int slots(int value) {
        return more[value] == 0 ? 1 : 1 + extraSlots;
    }

    long shape(int value, int slot) {
        return slot == 0 ? first[2 * value] : extra[more[value] - 1 + 2 * (slot - 1)];
    }

    /** Where slot was read ({@code index << 16 | column}, plus 1), or 0 when empty. */
    long where(int value, int slot) {
        return slot == 0 ? first[2 * value + 1] : extra[more[value] - 1 + 2 * (slot - 1) + 1];
    }

    void set(int value, int slot, long shape, long where) {
        if (slot == 0) {
            first[2 * value] = shape;
            first[2 * value + 1] = where;
        } else {
            int at = more[value] - 1 + 2 * (slot - 1);
            extra[at] = shape;
            extra[at + 1] = where;
        }
    }

    /** Gives a value with one full slot its other, empty slots; the first of them. */
    int widen(int value) {
        int block = 2 * extraSlots;
        if (extraSize + block > extra.length) {
            extra = Arrays.copyOf(extra, Math.max(extra.length * 2, extraSize + block));
        }
        more[value] = extraSize + 1;
        extraSize += block;
        return 1;
    }
}
