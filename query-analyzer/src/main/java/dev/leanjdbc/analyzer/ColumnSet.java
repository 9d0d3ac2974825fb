package dev.leanjdbc.analyzer;

import java.util.Arrays;
import java.util.StringJoiner;

/**
 * An immutable set of 1-based column indexes, e.g. the columns of a result that the code actually read.
 *
 * <p><b>Performance.</b> Columns 1 to 128 live in two {@code long} words; only results wider than that
 * allocate an extra array. Recording a read is a shift and an {@code or}.
 */
public final class ColumnSet {

    /** The empty set. */
    public static final ColumnSet EMPTY = new ColumnSet(0L, 0L, null);

    /** Every subset of columns 1 to 8, shared: most reads touch only those, and events then allocate none. */
    private static final ColumnSet[] SMALL = new ColumnSet[256];

    static {
        SMALL[0] = EMPTY;
        for (int i = 1; i < SMALL.length; i++) {
            SMALL[i] = new ColumnSet(i, 0L, null);
        }
    }

    private final long low;
    private final long high;
    private final long[] more;

    private ColumnSet(long low, long high, long[] more) {
        this.low = low;
        this.high = high;
        this.more = more;
    }

    /**
     * A set from its bit words: bit {@code i} of {@code low} is column {@code i + 1}, of {@code high} column
     * {@code i + 65}, of {@code more[k]} column {@code i + 129 + 64 k}. {@code more} is copied; may be null.
     */
    public static ColumnSet ofWords(long low, long high, long[] more) {
        if (high == 0L && (low & ~0xFFL) == 0L && (more == null || isZero(more))) {
            return SMALL[(int) low];
        }
        return new ColumnSet(low, high, more == null || isZero(more) ? null : more.clone());
    }

    /** A set of the given 1-based column indexes. */
    public static ColumnSet of(int... columns) {
        long low = 0L;
        long high = 0L;
        long[] more = null;
        for (int c : columns) {
            if (c < 1) {
                throw new IllegalArgumentException("column index must be >= 1, was " + c);
            }
            int bit = c - 1;
            if (bit < 64) {
                low |= 1L << bit;
            } else if (bit < 128) {
                high |= 1L << (bit - 64);
            } else {
                int word = (bit - 128) >>> 6;
                if (more == null || more.length <= word) {
                    more = more == null ? new long[word + 1] : Arrays.copyOf(more, word + 1);
                }
                more[word] |= 1L << (bit & 63);
            }
        }
        return ofWords(low, high, more);
    }

    /** Whether 1-based column {@code column} is in the set. */
    public boolean contains(int column) {
        if (column < 1) {
            return false;
        }
        int bit = column - 1;
        if (bit < 64) {
            return (low & (1L << bit)) != 0;
        }
        if (bit < 128) {
            return (high & (1L << (bit - 64))) != 0;
        }
        int word = (bit - 128) >>> 6;
        return more != null && word < more.length && (more[word] & (1L << (bit & 63))) != 0;
    }

    /** Number of columns in the set. */
    public int size() {
        int n = Long.bitCount(low) + Long.bitCount(high);
        if (more != null) {
            for (long w : more) {
                n += Long.bitCount(w);
            }
        }
        return n;
    }

    public boolean isEmpty() {
        return this == EMPTY || size() == 0;
    }

    /** Whether every column of {@code other} is in this set; allocates nothing. */
    public boolean containsAll(ColumnSet other) {
        if ((other.low & ~low) != 0 || (other.high & ~high) != 0) {
            return false;
        }
        if (other.more != null) {
            for (int i = 0; i < other.more.length; i++) {
                long mine = more != null && i < more.length ? more[i] : 0L;
                if ((other.more[i] & ~mine) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The union of this set and {@code other}. */
    public ColumnSet union(ColumnSet other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        long[] merged = null;
        if (more != null || other.more != null) {
            int len = Math.max(more == null ? 0 : more.length, other.more == null ? 0 : other.more.length);
            merged = new long[len];
            for (int i = 0; i < len; i++) {
                merged[i] = (more != null && i < more.length ? more[i] : 0L)
                        | (other.more != null && i < other.more.length ? other.more[i] : 0L);
            }
        }
        return ofWords(low | other.low, high | other.high, merged);
    }

    /** The 1-based indexes in ascending order. */
    public int[] toArray() {
        int[] out = new int[size()];
        int k = 0;
        int words = 2 + (more == null ? 0 : more.length);
        for (int w = 0; w < words; w++) {
            long bits = w == 0 ? low : w == 1 ? high : more[w - 2];
            while (bits != 0) {
                int bit = Long.numberOfTrailingZeros(bits);
                out[k++] = w * 64 + bit + 1;
                bits &= bits - 1;
            }
        }
        return out;
    }

    private static boolean isZero(long[] words) {
        for (long w : words) {
            if (w != 0L) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnSet other && Arrays.equals(toArray(), other.toArray());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toArray());
    }

    /** {@code {1, 3, 4}}. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (int c : toArray()) {
            j.add(Integer.toString(c));
        }
        return j.toString();
    }
}
