package dev.leanjdbc.analyzer.internal.jdbc;

import dev.leanjdbc.analyzer.internal.FailOpen;
import dev.leanjdbc.analyzer.internal.ValueHash;
import dev.leanjdbc.analyzer.internal.ValueKey;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The bind values of a prepared statement as hashes (and, only when configured, the values), in arrays
 * reused across executions. Not thread-safe, like the statement it belongs to.
 */
final class BindValues {

    /** Parameter indexes beyond this are passed to the driver but not hashed. */
    static final int MAX_PARAMETERS = 65_535;

    private final FailOpen failOpen;
    /** The analyzer's key: the hashes kept (and reported) cannot be reversed by hashing candidates. */
    private final ValueKey key;

    private long[] hashes;
    private Object[] values;
    private int count;

    BindValues(int expected, boolean captureValues, FailOpen failOpen, ValueKey key) {
        this.failOpen = failOpen;
        this.key = key;
        this.hashes = new long[Math.min(Math.max(expected, 1), MAX_PARAMETERS)];
        this.values = captureValues ? new Object[hashes.length] : null;
    }

    void bind(int index, int v) {
        try {
            if (set(index, ValueHash.of((long) v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            failOpen.failed(t, "hashing a bind value");
        }
    }

    void bind(int index, short v) {
        try {
            if (set(index, ValueHash.of((long) v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            failOpen.failed(t, "hashing a bind value");
        }
    }

    void bind(int index, byte v) {
        try {
            if (set(index, ValueHash.of((long) v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            failOpen.failed(t, "hashing a bind value");
        }
    }

    void bind(int index, float v) {
        try {
            if (set(index, ValueHash.of((double) v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            failOpen.failed(t, "hashing a bind value");
        }
    }

    void bind(int index, boolean v) {
        try {
            if (set(index, ValueHash.of(v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            failOpen.failed(t, "hashing a bind value");
        }
    }

    void bind(int index, long v) {
        try {
            if (set(index, ValueHash.of(v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            failOpen.failed(t, "hashing a bind value");
        }
    }

    void bind(int index, double v) {
        try {
            if (set(index, ValueHash.of(v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            failOpen.failed(t, "hashing a bind value");
        }
    }

    void bind(int index, Object v) {
        try {
            if (set(index, ValueHash.of(v)) && values != null) {
                values[index - 1] = v;
            }
        } catch (Throwable t) {
            failOpen.failed(t, "hashing a bind value");
        }
    }

    /** Sets the hash of 1-based parameter {@code index}; false when the index is out of the hashed range. */
    private boolean set(int index, long hash) {
        if (index < 1 || index > MAX_PARAMETERS) {
            return false;
        }
        if (index > hashes.length) {
            hashes = Arrays.copyOf(hashes, Math.min(MAX_PARAMETERS, Math.max(index, hashes.length * 2)));
            if (values != null) {
                values = Arrays.copyOf(values, hashes.length);
            }
        }
        hashes[index - 1] = key.apply(hash);
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

    long[] hashesCopy() {
        return Arrays.copyOf(hashes, count);
    }

    List<Object> valuesCopy() {
        return values == null ? null : Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(values, count)));
    }

    void clear() {
        Arrays.fill(hashes, 0L);
        if (values != null) {
            Arrays.fill(values, null);
        }
        count = 0;
    }
}
