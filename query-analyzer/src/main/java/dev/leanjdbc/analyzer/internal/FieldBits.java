package dev.leanjdbc.analyzer.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields used on the records of one record class made from one fingerprint's results in one scope: a
 * bit per field. Held strongly only by its scope, and only until the scope closes.
 *
 * <p>Thread-safe: records may be read on other threads than the one that made them. A read of a field
 * already marked costs a load and a compare; the first read of a field an atomic {@code or}.
 */
final class FieldBits {

    private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);

    final long fingerprintId;
    final RecordType type;
    private final long[] words;

    FieldBits(long fingerprintId, RecordType type) {
        this.fingerprintId = fingerprintId;
        this.type = type;
        this.words = new long[(type.fieldCount() + 63) >>> 6];
    }

    /**
     * Marks {@code field} used. After the scope closed, its findings are computed and these bits are no
     * longer looked at (only weakly reachable), so later reads do not count without a check here. A plain
     * read that misses another thread's mark only costs a redundant atomic {@code or}.
     */
    void set(int field) {
        if (field < 0 || field >= type.fieldCount()) {
            return;
        }
        int w = field >>> 6;
        long mask = 1L << field;
        if (((long) WORDS.get(words, w) & mask) == 0) {
            WORDS.getAndBitwiseOr(words, w, mask);
        }
    }

    /** The names of the fields used so far, in field order. */
    List<String> used() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < type.fieldCount(); i++) {
            if (((long) WORDS.getVolatile(words, i >>> 6) & (1L << i)) != 0) {
                out.add(type.field(i));
            }
        }
        return out;
    }
}
