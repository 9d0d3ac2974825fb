package dev.leanjdbc.internal.insert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
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
import org.jooq.impl.IdentityConverter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@code COPY t (cols) FROM STDIN (FORMAT text)} through pgJDBC's {@code CopyManager}, rows encoded by
 * {@link CopyTextEncoder} straight into one reused byte buffer. Only loaded (and
 * only referenced) when the PostgreSQL driver is on the class path: core declares it optional.
 */
final class PgCopy {

    /** Bytes per CopyData message: large enough that per-message costs vanish, small enough to stay cheap. */
    private static final int BUFFER = 64 * 1024;

    /** Java types whose COPY text form PostgreSQL reads back exactly. */
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
                    // any converter, even one between equal types (it may change values), needs jOOQ's binding
                    || !(c.getConverter() instanceof IdentityConverter)) {
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
            String sql, Connection connection, Table<?> table, List<Field<?>> columns, List<? extends Record> rows)
            throws SQLException {
        PGConnection pg = unwrap(connection);
        return pg == null ? -1 : copy(sql, pg, table, columns, rows);
    }

    /** The COPY command for {@code columns} of {@code table}; rendered once per call, not per chunk. */
    static String sql(DSLContext dsl, Table<?> table, List<Field<?>> columns) {
        return "copy " + dsl.render(table) + " ("
                + columns.stream().map(c -> dsl.render(DSL.name(c.getName()))).collect(Collectors.joining(", "))
                + ") from stdin (format text)";
    }

    /** Copies {@code rows} in one COPY command and returns the row count the server reports. */
    static long copy(String sql, PGConnection pg, Table<?> table, List<Field<?>> columns, List<? extends Record> rows)
            throws SQLException {
        int width = columns.size();
        int[] positions = new int[width];
        for (int c = 0; c < width; c++) {
            positions[c] = table.indexOf(columns.get(c));
        }
        Object[] values = new Object[width];
        CopyIn copy = pg.getCopyAPI().copyIn(sql);
        try {
            CopyTextEncoder encoder = new CopyTextEncoder(BUFFER, copy::writeToCopy);
            for (Record row : rows) {
                for (int c = 0; c < width; c++) {
                    values[c] = row.get(positions[c]);
                }
                encoder.row(values, width);
            }
            encoder.flush();
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
