package dev.leanjdbc.analyzer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scope's field-use bits of tracked records, one entry per fingerprint and record class, at most
 * {@code max} entries (records of further pairs are not tracked). Released when the scope closes: records
 * kept after that hold only weak links to the bits.
 */
final class RecordFieldUses {

    private record Key(long fingerprintId, RecordType type) {}

    private final int max;
    /** Made on the first tracked record: most scopes (plain JDBC, projections) never see one. */
    private Map<Key, FieldBits> bits;

    private boolean released;

    RecordFieldUses(int max) {
        this.max = max;
    }

    /** The bits for records of {@code type} from fingerprint {@code fingerprintId}; {@code null} when full. */
    synchronized FieldBits bits(long fingerprintId, RecordType type) {
        if (released) {
            return null;
        }
        if (bits == null) {
            bits = new LinkedHashMap<>();
        }
        Key k = new Key(fingerprintId, type);
        FieldBits b = bits.get(k);
        if (b == null && bits.size() < max) {
            b = new FieldBits(fingerprintId, type);
            bits.put(k, b);
        }
        return b;
    }

    /** The fields used so far, per fingerprint and record class. */
    synchronized List<RecordFieldUse> snapshot() {
        if (bits == null || bits.isEmpty()) {
            return List.of();
        }
        List<RecordFieldUse> out = new ArrayList<>(bits.size());
        for (FieldBits b : bits.values()) {
            out.add(new RecordFieldUse(b.fingerprintId, b.type.table(), b.type.fieldCount(), b.used()));
        }
        return out;
    }

    /** The scope closed: later reads do not count, and the bits are left to the garbage collector. */
    synchronized void release() {
        released = true;
        bits = null;
    }
}
