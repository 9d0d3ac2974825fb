package dev.leanjdbc.analyzer.internal;

import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * One generated jOOQ record class as the analyzer knows it: its table and field names, and the hook its
 * constructor calls to learn where the new record reports its field reads (see {@link
 * dev.leanjdbc.analyzer.records.FieldUse}). Compared by identity: one instance per record class.
 */
public final class RecordType implements Supplier<IntConsumer> {

    private final String table;
    private final String[] fields;

    private RecordType(String table, String[] fields) {
        this.table = table;
        this.fields = fields;
    }

    /** A record class was initialized: from now on recording results offer their rows to records. */
    public static RecordType of(String table, String[] fields) {
        RecordTracking.typeLoaded();
        return new RecordType(table, fields);
    }

    public String table() {
        return table;
    }

    int fieldCount() {
        return fields.length;
    }

    String field(int index) {
        return fields[index];
    }

    /**
     * Where a record created now reports its reads, or {@code null} when no recording result is being read
     * on this thread inside an open scope. Called from every generated record constructor.
     */
    @Override
    public IntConsumer get() {
        return RecordTracking.targetFor(this);
    }

    @Override
    public String toString() {
        return "RecordType[" + table + ", " + fields.length + " fields]";
    }
}
