package dev.leanjdbc.analyzer.internal;

import java.util.List;

/**
 * What the detectors see of tracked records: the records of one class ({@code table}) made from the rows
 * of one fingerprint in a scope, and the fields the code used on any of them while the scope was open.
 *
 * @param fingerprintId the statement the records came from
 * @param table the table of the record class
 * @param fieldCount the number of fields of the record class
 * @param used the fields used, in field order
 */
public record RecordFieldUse(long fingerprintId, String table, int fieldCount, List<String> used) {

    public RecordFieldUse {
        used = List.copyOf(used);
    }
}
