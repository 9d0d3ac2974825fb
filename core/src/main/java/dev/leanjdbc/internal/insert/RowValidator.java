package dev.leanjdbc.internal.insert;

import dev.leanjdbc.InvalidRowException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Checks every row before any SQL is sent, so that a bad row is reported by its index and column instead
 * of a driver message about a multi-row statement, and so that nothing is written. Checks: key columns not
 * null and not repeated, {@code NOT NULL} columns not null, strings within their declared length, decimals
 * within their precision and scale.
 */
public final class RowValidator {

    private RowValidator() {}

    /**
     * @param keys key columns: must be non-null and unique across rows (empty: no key check)
     */
    public static void validate(List<? extends Record> rows, List<Field<?>> columns, List<Field<?>> keys) {
        Map<Object, Integer> seen = keys.isEmpty() ? null : new HashMap<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            Record row = rows.get(i);
            if (row == null) {
                throw new InvalidRowException(i, "(all)", "the row is null");
            }
            for (Field<?> key : keys) {
                if (row.get(key) == null) {
                    throw new InvalidRowException(i, key.getName(), "key column is null");
                }
            }
            if (seen != null) {
                Object key = keys.size() == 1 ? row.get(keys.get(0)) : keyOf(row, keys);
                Integer first = seen.putIfAbsent(key, i);
                if (first != null) {
                    throw new InvalidRowException(
                            i, keys.get(0).getName(), "key " + key + " repeats row " + first + "; give each key once");
                }
            }
            for (Field<?> column : columns) {
                check(i, column, row.get(column));
            }
        }
    }

    private static List<Object> keyOf(Record row, List<Field<?>> keys) {
        Object[] values = new Object[keys.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = row.get(keys.get(k));
        }
        return List.of(values);
    }

    private static void check(int rowIndex, Field<?> column, Object value) {
        DataType<?> type = column.getDataType();
        if (value == null) {
            if (!type.nullable()) {
                throw new InvalidRowException(rowIndex, column.getName(), "value is null but the column is NOT NULL");
            }
            return;
        }
        if (value instanceof String s && type.hasLength() && type.length() > 0 && s.length() > type.length()) {
            throw new InvalidRowException(
                    rowIndex,
                    column.getName(),
                    "value of " + s.length() + " characters does not fit " + type.getTypeName() + "(" + type.length()
                            + "): '" + abbreviate(s) + "'");
        }
        if (value instanceof BigDecimal d && type.hasPrecision() && type.precision() > 0) {
            int scale = type.hasScale() ? type.scale() : 0;
            int integerDigits = d.precision() - d.scale();
            // extra fractional digits are rounded by the database; extra integer digits are an overflow
            if (integerDigits > type.precision() - scale) {
                throw new InvalidRowException(
                        rowIndex,
                        column.getName(),
                        "value " + d.toPlainString() + " does not fit numeric(" + type.precision() + ", " + scale
                                + ")");
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
