package dev.leanjdbc.analyzer.internal.jdbc;

import dev.leanjdbc.analyzer.internal.Recorder;
import dev.leanjdbc.analyzer.internal.ValueHash;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The bind values of a prepared statement as hashes (and, only when configured, the values), in arrays
 * reused across executions. Not thread-safe, like the statement it belongs to.
 *
 * <p><b>Performance.</b> An execution hands its event the hash array itself when every parameter is
 * bound (the usual case), and the next bind copies it first (copy on write): a statement executed once
 * allocates one array, not two, and one executed again with the same values shares the array.
 */
final class BindValues {

    /** Parameter indexes beyond this are passed to the driver but not hashed. */
    static final int MAX_PARAMETERS = 65_535;

    /**
     * Its key keys every hash, so that the hashes kept (and reported) cannot be reversed by hashing
     * candidates; its fail-open guard takes what hashing throws. One field for both keeps this object small.
     */
    private final Recorder recorder;

    private long[] hashes;
    private Object[] values;
    private int count;
    /** Whether {@link #hashes} belongs to an event now: it must not change, the next bind copies it. */
    private boolean handedOff;

    BindValues(int expected, boolean captureValues, Recorder recorder) {
        this.recorder = recorder;
        this.hashes = new long[Math.min(Math.max(expected, 1), MAX_PARAMETERS)];
        this.values = captureValues ? new Object[hashes.length] : null;
    }

    void bind(int index, int v) {
        try {
            if (set(index, ValueHash.of((long) v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "hashing a bind value");
        }
    }

    void bind(int index, short v) {
        try {
            if (set(index, ValueHash.of((long) v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "hashing a bind value");
        }
    }

    void bind(int index, byte v) {
        try {
            if (set(index, ValueHash.of((long) v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "hashing a bind value");
        }
    }

    void bind(int index, float v) {
        try {
            if (set(index, ValueHash.of((double) v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "hashing a bind value");
        }
    }

    void bind(int index, boolean v) {
        try {
            if (set(index, ValueHash.of(v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "hashing a bind value");
        }
    }

    void bind(int index, long v) {
        try {
            if (set(index, ValueHash.of(v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "hashing a bind value");
        }
    }

    void bind(int index, double v) {
        try {
            if (set(index, ValueHash.of(v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "hashing a bind value");
        }
    }

    void bind(int index, Object v) {
        try {
            if (set(index, ValueHash.of(v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "hashing a bind value");
        }
    }

    /** Sets the hash of 1-based parameter {@code index}; false when the index is out of the hashed range. */
    private boolean set(int index, long hash) {
        if (index < 1 || index > MAX_PARAMETERS) {
            return false;
        }
        if (index > hashes.length) {
            hashes = Arrays.copyOf(hashes, Math.min(MAX_PARAMETERS, Math.max(index, hashes.length * 2)));
            handedOff = false;
            if (values != null) {
                values = Arrays.copyOf(values, hashes.length);
            }
        } else if (handedOff) {
            hashes = hashes.clone();
            handedOff = false;
        }
        hashes[index - 1] = recorder.valueKey().apply(hash);
        if (index > count) {
            count = index;
        }
        return true;
    }

    int count() {
        return count;
    }

    long combinedHash() {
        long h = 0;
        for (int i = 0; i < count; i++) {
            h = ValueHash.combine(h, hashes[i]);
        }
        return h;
    }

    /**
     * The hashes of the parameters bound, for an event, which must not change the array: the array itself
     * when every slot is bound (binds after this copy it first), else a copy of the bound part.
     */
    long[] hashesForEvent() {
        if (count == hashes.length) {
            handedOff = true;
            return hashes;
        }
        return Arrays.copyOf(hashes, count);
    }

    List<Object> valuesCopy() {
        return values == null ? null : Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(values, count)));
    }

    void clear() {
        if (handedOff) {
            hashes = new long[hashes.length];
            handedOff = false;
        } else {
            Arrays.fill(hashes, 0L);
        }
        if (values != null) {
            Arrays.fill(values, null);
        }
        count = 0;
    }
}
