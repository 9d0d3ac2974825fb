package dev.leanjdbc.internal.bulk;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.impl.IdentityConverter;

/**
 * Binds values straight to a {@link PreparedStatement}, for column types whose Java values both drivers
 * (pgJDBC, H2) take through {@code setObject} exactly as jOOQ would bind them. Statements with thousands of
 * bind values then cost one {@code setObject} per value instead of a jOOQ bind-value object and its
 * rendering per value. Anything else (custom converters, JSON, enums, {@code Instant}, ...) keeps jOOQ's
 * binding: callers check {@link #canBind} first.
 */
final class DirectBinds {

    /**
     * The bindable Java types and the JDBC type a null of each is bound as. Taken from the Java type, not
     * from jOOQ's dialect type: pgJDBC reads a null {@code BLOB} (jOOQ's type for bytea) as a large-object
     * oid, which cannot become bytea.
     */
    private static final Map<Class<?>, Integer> NULL_TYPES = Map.ofEntries(
            Map.entry(String.class, Types.VARCHAR),
            Map.entry(Boolean.class, Types.BOOLEAN),
            Map.entry(Short.class, Types.SMALLINT),
            Map.entry(Integer.class, Types.INTEGER),
            Map.entry(Long.class, Types.BIGINT),
            Map.entry(Float.class, Types.REAL),
            Map.entry(Double.class, Types.DOUBLE),
            Map.entry(BigDecimal.class, Types.NUMERIC),
            Map.entry(LocalDate.class, Types.DATE),
            Map.entry(LocalTime.class, Types.TIME),
            Map.entry(LocalDateTime.class, Types.TIMESTAMP),
            Map.entry(OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE),
            Map.entry(UUID.class, Types.OTHER),
            Map.entry(byte[].class, Types.BINARY));

    private DirectBinds() {}

    /** Whether every column's values can be bound with {@code setObject}/{@code setNull} alone. */
    static boolean canBind(List<Field<?>> columns) {
        for (Field<?> c : columns) {
            if (!NULL_TYPES.containsKey(c.getType())
                    // any converter, even one between equal types (it may change values), keeps jOOQ's binding
                    || !(c.getConverter() instanceof IdentityConverter)
                    || c.getBinding().getClass().getName().indexOf("DefaultBinding") < 0) {
                return false;
            }
        }
        return true;
    }

    /** The JDBC type to bind a null of {@code column} as; only for columns {@link #canBind} accepted. */
    static int nullType(Field<?> column) {
        return NULL_TYPES.get(column.getType());
    }

    /** Binds {@code value} at {@code index} (1-based); a null as {@code sqlType}, the column's JDBC type. */
    static void bind(PreparedStatement ps, int index, int sqlType, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
        } else {
            ps.setObject(index, value);
        }
    }
}
