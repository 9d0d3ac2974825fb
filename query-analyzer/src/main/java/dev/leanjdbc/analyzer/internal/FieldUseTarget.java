package dev.leanjdbc.analyzer.internal;

import java.lang.ref.WeakReference;
import java.util.function.IntConsumer;

/**
 * What a tracked record holds: weak links to the field-use bits of each scope its result belongs to. A
 * record kept after its scope pins this small object only; once the scope closed and released its bits,
 * reads go nowhere.
 */
public final class FieldUseTarget implements IntConsumer {

    private final WeakReference<FieldBits> first;
    private final WeakReference<FieldBits>[] more;

    private FieldUseTarget(WeakReference<FieldBits> first, WeakReference<FieldBits>[] more) {
        this.first = first;
        this.more = more;
    }

    /** The target for records of {@code type} made from a result in {@code scopes}, or {@code null}. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array of weak references, made once per result
    static FieldUseTarget of(ScopeNode scopes, long fingerprintId, RecordType type) {
        WeakReference<FieldBits> first = null;
        WeakReference<FieldBits>[] more = null;
        for (ScopeNode n = scopes; n != null; n = n.next) {
            FieldBits bits = n.scope.recordFieldBits(fingerprintId, type);
            if (bits == null) {
                continue;
            }
            WeakReference<FieldBits> ref = new WeakReference<>(bits);
            if (first == null) {
                first = ref;
            } else {
                more = more == null ? new WeakReference[1] : java.util.Arrays.copyOf(more, more.length + 1);
                more[more.length - 1] = ref;
            }
        }
        return first == null ? null : new FieldUseTarget(first, more);
    }

    /** The record read field {@code field} (its index in the record type). */
    @Override
    public void accept(int field) {
        FieldBits b = first.get();
        if (b != null) {
            b.set(field);
        }
        WeakReference<FieldBits>[] m = more;
        if (m != null) {
            for (WeakReference<FieldBits> r : m) {
                FieldBits x = r.get();
                if (x != null) {
                    x.set(field);
                }
            }
        }
    }

    /** Whether every scope this target reported to has released its state (for memory tests). */
    public boolean isReleased() {
        if (first.get() != null) {
            return false;
        }
        if (more != null) {
            for (WeakReference<FieldBits> r : more) {
                if (r.get() != null) {
                    return false;
                }
            }
        }
        return true;
    }
}
