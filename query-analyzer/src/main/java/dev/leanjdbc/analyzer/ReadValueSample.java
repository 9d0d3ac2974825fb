package dev.leanjdbc.analyzer;

/**
 * Hashes of a bounded sample of the values a query's code read, each tagged with its column, so that a
 * detector can tell that the bind values of later statements came from this result (the parent of an N+1).
 *
 * <p>Values are hashed the same way as bind values ({@link StatementEvent#parameterHash(int)}): integral
 * numbers by their {@code long} value whatever their Java type, strings by content. Only the first values
 * read are kept (see {@code QueryAnalyzer.Builder#maxReadValues}); results of a single row keep none, since
 * one row cannot drive a loop.
 *
 * <p>A hash keeps 48 bits; the low 16 bits of each entry hold the column index.
 */
public final class ReadValueSample {

    /** No values sampled. */
    public static final ReadValueSample EMPTY = new ReadValueSample(new long[0], 0);

    private static final long HASH_MASK = ~0xFFFFL;

    private final long[] entries;
    private final int size;

    /**
     * @param entries packed entries, {@code (valueHash & ~0xFFFF) | column}; not copied, must not change
     * @param size number of valid entries
     */
    public ReadValueSample(long[] entries, int size) {
        this.entries = entries;
        this.size = size;
    }

    /** Packs a value hash and a 1-based column index into one entry. */
    public static long entry(long valueHash, int column) {
        return (valueHash & HASH_MASK) | (column & 0xFFFFL);
    }

    public int size() {
        return size;
    }

    /** The 1-based column of entry {@code i}. */
    public int column(int i) {
        return (int) (entries[checked(i)] & 0xFFFFL);
    }

    /** The (48-bit) value hash of entry {@code i}. */
    public long valueHash(int i) {
        return entries[checked(i)] & HASH_MASK;
    }

    /**
     * The column from which a value with hash {@code valueHash} was read, or 0 when no sampled value
     * matches. Linear in the sample size, which is small and bounded.
     */
    public int columnOf(long valueHash) {
        long wanted = valueHash & HASH_MASK;
        for (int i = 0; i < size; i++) {
            if ((entries[i] & HASH_MASK) == wanted) {
                return (int) (entries[i] & 0xFFFFL);
            }
        }
        return 0;
    }

    private int checked(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index must be in [0, " + size + "), was " + i);
        }
        return i;
    }

    @Override
    public String toString() {
        return "ReadValueSample[" + size + " values]";
    }
}
