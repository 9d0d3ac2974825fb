package dev.leanjdbc.internal.insert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@code COPY t (cols) FROM STDIN (FORMAT csv)} through pgJDBC's {@code CopyManager}. Only loaded (and
 * only referenced) when the PostgreSQL driver is on the class path: core declares it optional.
 */
final class PgCopy {

    private static final int FLUSH_AT = 64 * 1024;

    /** Java types whose CSV text form PostgreSQL reads back exactly. */
    private static final Set<Class<?>> COPYABLE = Set.of(
            String.class,
            Boolean.class,
            Short.class,
            Integer.class,
            Long.class,
            Float.class,
            Double.class,
            BigDecimal.class,
            BigInteger.class,
            LocalDate.class,
            LocalTime.class,
            LocalDateTime.class,
            OffsetDateTime.class,
            OffsetTime.class,
            Instant.class,
            UUID.class,
            byte[].class,
            JSON.class,
            JSONB.class);

    private PgCopy() {}

    /** Whether every column's values can be written as COPY text without jOOQ's binding. */
    static boolean canCopy(List<Field<?>> columns) {
        for (Field<?> c : columns) {
            if (!COPYABLE.contains(c.getType())
                    || c.getConverter().fromType() != c.getConverter().toType()) {
                return false;
            }
        }
        return true;
    }

    /** The pgJDBC connection behind {@code connection} (pool or wrapper), or {@code null} if it has none. */
    static PGConnection unwrap(Connection connection) {
        try {
            return connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class) : null;
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    /** Copies {@code rows} if {@code connection} unwraps to pgJDBC, returning the row count, else -1. */
    static long copyIfPossible(
            DSLContext tx, Connection connection, Table<?> table, List<Field<?>> columns, List<? extends Record> rows)
            throws SQLException {
        PGConnection pg = unwrap(connection);
        return pg == null ? -1 : copy(tx, pg, table, columns, rows);
    }

    /** Copies {@code rows} in one COPY command and returns the row count the server reports. */
    static long copy(
            DSLContext tx, PGConnection pg, Table<?> table, List<Field<?>> columns, List<? extends Record> rows)
            throws SQLException {
        String sql = "copy " + tx.render(table) + " ("
                + columns.stream().map(c -> tx.render(DSL.name(c.getName()))).collect(Collectors.joining(", "))
                + ") from stdin (format csv)";
        CopyIn copy = pg.getCopyAPI().copyIn(sql);
        StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
        try {
            for (Record row : rows) {
                for (int c = 0; c < columns.size(); c++) {
                    if (c > 0) {
                        buffer.append(',');
                    }
                    append(buffer, row.get(columns.get(c)));
                }
                buffer.append('\n');
                if (buffer.length() >= FLUSH_AT) {
                    write(copy, buffer);
                }
            }
            write(copy, buffer);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    private static void append(StringBuilder buffer, Object value) {
        if (value == null) {
            return; // an unquoted empty field is NULL in CSV format; strings are always quoted
        }
        if (value instanceof String s) {
            quoted(buffer, s);
        } else if (value instanceof BigDecimal d) {
            buffer.append(d.toPlainString());
        } else if (value instanceof byte[] b) {
            buffer.append("\\x").append(HexFormat.of().formatHex(b));
        } else if (value instanceof JSON j) {
            quoted(buffer, j.data());
        } else if (value instanceof JSONB j) {
            quoted(buffer, j.data());
        } else {
            buffer.append(value); // numbers, booleans, UUIDs and java.time values in ISO-8601 form
        }
    }

    private static void quoted(StringBuilder buffer, String s) {
        buffer.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                buffer.append('"');
            }
            buffer.append(ch);
        }
        buffer.append('"');
    }
}
