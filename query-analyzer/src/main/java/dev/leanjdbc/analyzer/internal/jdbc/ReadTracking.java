package dev.leanjdbc.analyzer.internal.jdbc;

import dev.leanjdbc.analyzer.ReadValueSample;
import dev.leanjdbc.analyzer.internal.ScopeUsage;
import dev.leanjdbc.analyzer.internal.ValueHash;
import dev.leanjdbc.analyzer.internal.ValueKey;
import java.util.Arrays;

/**
 * What the code read from a result: each {@code getXxx} marks its column as read (a bit in two {@code
 * long} words for the first 128 columns) and the value getters also sample a hash of the value for N+1
 * parent matching. Labels are resolved to indexes with a small per-result cache.
 *
 * <p><b>Performance.</b> Reading a column by index costs a compare, a shift and an {@code or}; no
 * allocation per row or per column.
 */
abstract class ReadTracking extends DelegatingResultSet {

    /** Labels resolved per result set; more distinct labels are resolved by the driver each time. */
    private static final int LABEL_CACHE_SIZE = 8;

    /** Rows the code moved to; only {@link #landed()} changes it. */
    long rows;

    long columnsLow;
    long columnsHigh;

    /** Whether values are sampled at all (a result of an execution, with maxReadValues > 0). */
    private final boolean sampling;
    /**
     * Whether the next value read is kept: the one flag value getters test, so that a full sample costs each
     * getter one branch. Closed after the first row's first value, reopened on the second row, closed for
     * good once the sample array is full.
     */
    private boolean sampleOpen;
    /** Whether value hashes are being kept (the sample's own state); {@link #sampleOpen} also opens for a probe. */
    private boolean valuesOpen;
    /** Whether the next object value read is handed to {@link #probed} (a retention probe, see ScopeUsage). */
    private boolean probeArmed;
    /**
     * The first value of the first row waits here, not yet keyed, with its column (0: none yet): a one-row
     * result keeps no sample, so it pays neither for an array nor for keying the hash.
     */
    private long firstValue;

    /**
     * The column's low 16 bits, all that a sample entry keeps of it ({@link ReadValueSample#entry}); a
     * char, unsigned, as that keeps the wrapper made for every result within 104 bytes.
     */
    private char firstColumn;

    private long[] sample;
    private int sampleCount;
    /** Rarely needed state, allocated on first need so the common wrapper stays small. */
    private Extras extras;

    ReadTracking(java.sql.ResultSet delegate, boolean sampling) {
        super(delegate);
        this.sampling = sampling;
        this.sampleOpen = sampling;
        this.valuesOpen = sampling;
    }

    /** The cursor moved to a row. */
    final void landed() {
        if (++rows == 2) {
            valuesOpen = sampling && (sample == null || sampleCount < sample.length);
            sampleOpen = valuesOpen || probeArmed;
        }
    }

    /** The next object value a getter returns becomes a retention probe ({@link #probed}). */
    final void armProbe() {
        probeArmed = true;
        sampleOpen = true;
    }

    /** A value taken as a retention probe; the result hands it to its scopes. */
    abstract void probed(Object value);

    /** How many value hashes to keep once a second row is read. */
    abstract int sampleCapacity();

    /**
     * The analyzer's key: sampled value hashes are keyed like bind values, so the two still match. Asked
     * when a hash is kept rather than held in a field: the wrapper is made for every result.
     */
    abstract ValueKey valueKey();

    /** Bits of columns 129 and up, or {@code null}. */
    final long[] columnsMore() {
        return extras == null ? null : extras.columnsMore;
    }

    /** Marks 1-based column {@code column} as read; returns it. */
    final int read(int column) {
        int bit = column - 1;
        if (bit >= 0 && bit < 64) {
            columnsLow |= 1L << bit;
        } else if (bit >= 64 && bit < 128) {
            columnsHigh |= 1L << (bit - 64);
        } else if (bit >= 128) {
            readWide(bit);
        }
        return column;
    }

    private void readWide(int bit) {
        int word = (bit - 128) >>> 6;
        if (word >= 1024) {
            return; // beyond 65,664 columns: not tracked
        }
        Extras x = extras();
        long[] more = x.columnsMore;
        if (more == null || more.length <= word) {
            x.columnsMore = more = more == null ? new long[word + 1] : Arrays.copyOf(more, word + 1);
        }
        more[word] |= 1L << (bit & 63);
    }

    /** Marks the column of {@code label} as read; returns its index, or 0 when the driver does not know it. */
    final int readLabel(String label) {
        int column = indexOf(label);
        return column > 0 ? read(column) : 0;
    }

    private int indexOf(String label) {
        Extras cache = extras;
        int column = cache == null ? 0 : cache.indexOf(label);
        if (column > 0) {
            return column;
        }
        try {
            column = delegate.findColumn(label);
        } catch (Exception e) {
            return 0; // the getter itself will report the unknown label to the application
        }
        if (label != null) {
            extras().add(label, column);
        }
        return column;
    }

    final int value(int column, int v) {
        if (sampleOpen && valuesOpen) {
            sample(column, ValueHash.of(v));
        }
        return v;
    }

    final long value(int column, long v) {
        if (sampleOpen && valuesOpen) {
            sample(column, ValueHash.of(v));
        }
        return v;
    }

    final short value(int column, short v) {
        if (sampleOpen && valuesOpen) {
            sample(column, ValueHash.of(v));
        }
        return v;
    }

    final byte value(int column, byte v) {
        if (sampleOpen && valuesOpen) {
            sample(column, ValueHash.of(v));
        }
        return v;
    }

    final <T> T value(int column, T v) {
        if (sampleOpen) {
            if (probeArmed && v != null) {
                probeArmed = false;
                sampleOpen = valuesOpen;
                v = ScopeUsage.owned(v);
                probed(v);
            }
            if (valuesOpen) {
                sample(column, ValueHash.of(v));
            }
        }
        return v;
    }

    /** Keeps a value hash: from the second row on in an array, the first row's first value in a field. */
    private void sample(int column, long hash) {
        if (column <= 0) {
            return;
        }
        if (rows <= 1) {
            if (firstColumn == 0) {
                firstValue = hash;
                firstColumn = (char) column;
            }
            valuesOpen = false;
            sampleOpen = probeArmed;
            return;
        }
        ValueKey key = valueKey();
        if (sample == null) {
            sample = new long[Math.max(1, sampleCapacity())];
            if (firstColumn > 0) {
                sample[sampleCount++] = ReadValueSample.entry(key.apply(firstValue), firstColumn);
            }
        }
        if (sampleCount < sample.length) {
            sample[sampleCount++] = ReadValueSample.entry(key.apply(hash), column);
        }
        if (sampleCount >= sample.length) {
            valuesOpen = false;
            sampleOpen = probeArmed;
        }
    }

    /** The sampled value hashes, or {@code null} for a result of at most one row. */
    final ReadValueSample sampledValues() {
        return sample == null ? null : new ReadValueSample(sample, sampleCount);
    }

    private Extras extras() {
        Extras x = extras;
        if (x == null) {
            extras = x = new Extras();
        }
        return x;
    }

    /**
     * Columns beyond 128, and labels already resolved to indexes for this result (compared by identity
     * first: labels are usually constants).
     */
    private static final class Extras {
        long[] columnsMore;
        private String[] labels;
        private int[] indexes;
        private int count;

        int indexOf(String label) {
            for (int i = 0; i < count; i++) {
                String l = labels[i];
                if (l == label || l.equals(label)) {
                    return indexes[i];
                }
            }
            return 0;
        }

        void add(String label, int column) {
            if (labels == null) {
                labels = new String[LABEL_CACHE_SIZE];
                indexes = new int[LABEL_CACHE_SIZE];
            }
            if (count < LABEL_CACHE_SIZE) {
                labels[count] = label;
                indexes[count++] = column;
            }
        }
    }
}
