package dev.leanjdbc.internal.insert;

import dev.leanjdbc.internal.ApiAccess;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;

/**
 * Checks every row before any SQL is sent, so that a bad row is reported by its index and column instead
 * of a driver message about a multi-row statement, and so that nothing is written. Checks, each as the
 * database would make it: key columns not null and not repeated, {@code NOT NULL} columns not null, every
 * value of its column's Java type (jOOQ's binding would otherwise turn {@code "abc"} for a {@code bigint}
 * into NULL), strings within their declared length (in code points on PostgreSQL, in UTF-16 units on H2,
 * as each counts), decimals within their precision after rounding to the column's scale, and, on
 * PostgreSQL, no text the database cannot store (NUL, unpaired surrogates). On H2, a negative zero in a
 * float column is rejected: H2 stores it as {@code 0.0}.
 */
public final class RowValidator {

    private RowValidator() {}

    /**
     * @param keys key columns: must be non-null and unique across rows (empty: no key check)
     */
    public static void validate(
            List<? extends Record> rows, List<Field<?>> columns, List<Field<?>> keys, SQLDialect dialect) {
        Map<Object, Integer> seen = keys.isEmpty() ? null : new HashMap<>(rows.size() * 2);
        Rule[] rules = new Rule[columns.size()];
        for (int c = 0; c < rules.length; c++) {
            rules[c] = Rule.of(columns.get(c), dialect.family());
        }
        for (int i = 0; i < rows.size(); i++) {
            Record row = rows.get(i);
            if (row == null) {
                throw ApiAccess.invalidRow(i, "(all)", "the row is null");
            }
            for (Field<?> key : keys) {
                if (row.get(key) == null) {
                    throw ApiAccess.invalidRow(i, key.getName(), "key column is null");
                }
            }
            if (seen != null) {
                Object key = keys.size() == 1 ? row.get(keys.get(0)) : keyOf(row, keys);
                Integer first = seen.putIfAbsent(key, i);
                if (first != null) {
                    throw ApiAccess.invalidRow(
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
        private final Class<?> javaType;
        private final boolean postgres;
        private final boolean h2;
        private final boolean nullable;
        private final int maxLength;
        private final int precision;
        private final int scale;
        /** The column's index in the last row seen; rows of one table share it. */
        private int position = -1;

        private Rule(Field<?> column, SQLDialect family) {
            DataType<?> type = column.getDataType();
            this.column = column;
            this.javaType = column.getType();
            this.postgres = family == SQLDialect.POSTGRES;
            this.h2 = family == SQLDialect.H2;
            this.nullable = type.nullable();
            this.maxLength = type.hasLength() && type.length() > 0 ? type.length() : -1;
            this.precision = type.hasPrecision() && type.precision() > 0 ? type.precision() : -1;
            this.scale = type.hasScale() ? type.scale() : 0;
        }

        static Rule of(Field<?> column, SQLDialect family) {
            return new Rule(column, family);
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
                    throw ApiAccess.invalidRow(rowIndex, column.getName(), "value is null but the column is NOT NULL");
                }
                return;
            }
            if (!javaType.isInstance(value)) {
                throw ApiAccess.invalidRow(
                        rowIndex,
                        column.getName(),
                        "a " + value.getClass().getName() + " ('" + abbreviate(String.valueOf(value))
                                + "') cannot be written to " + typeName() + " (" + javaType.getName() + "); set a "
                                + javaType.getSimpleName() + ", converting the value first if need be");
            }
            if (value instanceof String s) {
                text(rowIndex, s);
            } else if (precision > 0 && value instanceof BigDecimal d) {
                decimal(rowIndex, d);
            } else if (h2 && (value instanceof Double || value instanceof Float)) {
                double v = ((Number) value).doubleValue();
                if (v == 0 && Double.doubleToRawLongBits(v) != 0) {
                    throw ApiAccess.invalidRow(
                            rowIndex,
                            column.getName(),
                            "-0.0 cannot be stored by H2, which stores it as 0.0; write 0.0");
                }
            }
        }

        private void text(int rowIndex, String s) {
            if (maxLength > 0 && s.length() > maxLength) {
                // PostgreSQL counts characters (code points), H2 UTF-16 units: check as the database will
                int length = postgres ? s.codePointCount(0, s.length()) : s.length();
                if (length > maxLength) {
                    throw ApiAccess.invalidRow(
                            rowIndex,
                            column.getName(),
                            "value of " + length + " characters does not fit "
                                    + column.getDataType().getTypeName() + "(" + maxLength + "): '" + abbreviate(s)
                                    + "'");
                }
            }
            if (postgres) {
                int nul = s.indexOf('\0');
                if (nul >= 0) {
                    throw ApiAccess.invalidRow(
                            rowIndex,
                            column.getName(),
                            "text contains NUL (U+0000) at index " + nul + ", which PostgreSQL cannot store;"
                                    + " remove it, or store the value as bytea");
                }
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c)
                                && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1))) {
                            i++;
                        } else {
                            throw ApiAccess.invalidRow(
                                    rowIndex,
                                    column.getName(),
                                    "text contains an unpaired surrogate (U+"
                                            + Integer.toHexString(c).toUpperCase()
                                            + ") at index " + i + ", which UTF-8 cannot encode; PostgreSQL would"
                                            + " store '?' instead");
                        }
                    }
                }
            }
        }

        private void decimal(int rowIndex, BigDecimal d) {
            // the database rounds extra fractional digits (half away from zero) and then checks the precision
            BigDecimal stored = d.scale() > scale ? d.setScale(scale, RoundingMode.HALF_UP) : d;
            int integerDigits = stored.precision() - stored.scale();
            if (integerDigits > precision - scale) {
                String rounded = stored == d ? "" : " rounds to " + stored.toPlainString() + ", which";
                throw ApiAccess.invalidRow(
                        rowIndex,
                        column.getName(),
                        "value " + d.toPlainString() + rounded + " does not fit numeric(" + precision + ", " + scale
                                + ")");
            }
        }

        private String typeName() {
            return column.getDataType().getTypeName().toUpperCase(Locale.ROOT);
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
