package dev.leanjdbc.internal.insert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UniqueKey;

/** Column lists of bulk statements: keys, the columns rows set, and how many rows fit one statement. */
public final class Columns {

    /**
     * Bind parameters per statement. PostgreSQL's wire protocol counts them in 16 bits (65,535); staying at
     * half leaves room and keeps statements of a size the server parses quickly.
     */
    public static final int MAX_PARAMETERS = 32_000;

    private Columns() {}

    /** Rows per statement: {@code chunkSize}, lowered so that rows × columns stays within the bind limit. */
    public static int rowsPerStatement(int chunkSize, int columnsPerRow) {
        return Math.max(1, Math.min(chunkSize, MAX_PARAMETERS / Math.max(1, columnsPerRow)));
    }

    public static List<Field<?>> primaryKey(Table<?> table, String operation) {
        UniqueKey<?> pk = table.getPrimaryKey();
        if (pk == null) {
            throw new IllegalArgumentException(
                    operation + " matches rows on the primary key, and table " + table.getName() + " has none");
        }
        return new ArrayList<>(pk.getFields());
    }

    /** The table's own fields for {@code columns}, rejecting foreign ones with the table's column list. */
    public static List<Field<?>> ofTable(Table<?> table, Collection<? extends Field<?>> columns, String operation) {
        List<Field<?>> result = new ArrayList<>(columns.size());
        for (Field<?> c : columns) {
            Field<?> own = c == null ? null : table.field(c);
            if (own == null) {
                throw new IllegalArgumentException(
                        operation + ": " + c + " is not a column of " + table.getName() + "; columns: " + names(table));
            }
            if (!result.contains(own)) {
                result.add(own);
            }
        }
        return result;
    }

    /** The table's fields that at least one row has set (jOOQ's "changed" flag), in table order. */
    public static List<Field<?>> setInAnyRow(Table<?> table, List<? extends Record> rows, String operation) {
        List<Field<?>> result = new ArrayList<>();
        for (Field<?> f : table.fields()) {
            int i = table.indexOf(f);
            for (Record r : rows) {
                // by index when the record's field there is the column (rows of the table), else by lookup
                boolean changed = r != null && (i < r.size() && r.field(i) == f ? r.changed(i) : r.changed(f));
                if (changed) {
                    result.add(f);
                    break;
                }
            }
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException(operation + ": no row sets any column of " + table.getName()
                    + "; set values with the record's setters (they mark the column as set)");
        }
        return result;
    }

    public static String names(Table<?> table) {
        return java.util.Arrays.stream(table.fields()).map(Field::getName).collect(Collectors.joining(", ", "[", "]"));
    }
}
