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
        Rule[] rules = new Rule[columns.size()];
        for (int c = 0; c < rules.length; c++) {
            rules[c] = Rule.of(columns.get(c));
        }
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
            for (Rule rule : rules) {
                rule.check(i, row);
            }
        }
    }

    /**
     * One column's checks, with the type facts looked up once per call instead of once per value, and the
     * value read by its position in the record (checked to be the column) rather than by a field lookup.
     */
    private static final class Rule {
        private final Field<?> column;
        private final boolean nullable;
        private final int maxLength;
        private final int precision;
        private final int scale;
        /** The column's index in the last row seen; rows of one table share it. */
        private int position = -1;

        private Rule(Field<?> column) {
            DataType<?> type = column.getDataType();
            this.column = column;
            this.nullable = type.nullable();
            this.maxLength = type.hasLength() && type.length() > 0 ? type.length() : -1;
            this.precision = type.hasPrecision() && type.precision() > 0 ? type.precision() : -1;
            this.scale = type.hasScale() ? type.scale() : 0;
        }

        static Rule of(Field<?> column) {
            return new Rule(column);
        }

        void check(int rowIndex, Record row) {
            int p = position;
            if (p < 0 || p >= row.size() || row.field(p) != column) {
                p = row.indexOf(column);
                position = p;
            }
            Object value = p < 0 ? row.get(column) : row.get(p);
            if (value == null) {
                if (!nullable) {
                    throw new InvalidRowException(
                            rowIndex, column.getName(), "value is null but the column is NOT NULL");
                }
                return;
            }
            if (maxLength > 0 && value instanceof String s && s.length() > maxLength) {
                throw new InvalidRowException(
                        rowIndex,
                        column.getName(),
                        "value of " + s.length() + " characters does not fit "
                                + column.getDataType().getTypeName() + "(" + maxLength + "): '" + abbreviate(s) + "'");
            }
            if (precision > 0 && value instanceof BigDecimal d) {
                int integerDigits = d.precision() - d.scale();
                // extra fractional digits are rounded by the database; extra integer digits are an overflow
                if (integerDigits > precision - scale) {
                    throw new InvalidRowException(
                            rowIndex,
                            column.getName(),
                            "value " + d.toPlainString() + " does not fit numeric(" + precision + ", " + scale + ")");
                }
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

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
