package dev.leanjdbc.internal.insert;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.IdentityConverter;

/**
 * The bind values of the multi-row INSERT paths (and of {@code updateFromValues} where jOOQ binds) for
 * {@code java.time} columns, set with {@code
 * setObject(java.time value)}, which pgJDBC and H2 both store exactly. jOOQ's own binding does not: on H2
 * it goes through {@code java.sql.Date}/{@code Time} (dates before 1582 shift by the Julian calendar's
 * days, time fractions are dropped), on PostgreSQL it drops the seconds of an offset such as {@code
 * +05:30:15} and the fractions of a {@code LocalTime}. Everything else — the SQL text and its casts, nulls,
 * reading — stays jOOQ's.
 */
public final class ExactBinding<T> implements Binding<T, T> {

    private static final long serialVersionUID = 1L;

    /** Types whose values are set here; an {@link Instant} as an {@link OffsetDateTime} in UTC. */
    private static final Set<Class<?>> TYPES = Set.of(
            LocalDate.class,
            LocalTime.class,
            LocalDateTime.class,
            OffsetDateTime.class,
            OffsetTime.class,
            Instant.class);

    private final Binding<T, T> delegate;

    private ExactBinding(Binding<T, T> delegate) {
        this.delegate = delegate;
    }

    /**
     * The data type to bind {@code column}'s values with: this binding for plain {@code java.time} columns
     * (no converter, jOOQ's default binding), else the column's own.
     */
    @SuppressWarnings("unchecked")
    public static <T> DataType<T> of(Field<T> column) {
        DataType<T> type = column.getDataType();
        if (!TYPES.contains(column.getType())
                || !(column.getConverter() instanceof IdentityConverter)
                || column.getBinding().getClass().getName().indexOf("DefaultBinding") < 0) {
            return type;
        }
        return type.asConvertedDataType(new ExactBinding<>((Binding<T, T>) column.getBinding()));
    }

    @Override
    public Converter<T, T> converter() {
        return delegate.converter();
    }

    @Override
    public void sql(BindingSQLContext<T> ctx) throws SQLException {
        delegate.sql(ctx);
    }

    @Override
    public void register(BindingRegisterContext<T> ctx) throws SQLException {
        delegate.register(ctx);
    }

    @Override
    public void set(BindingSetStatementContext<T> ctx) throws SQLException {
        T value = ctx.value();
        if (value == null) {
            delegate.set(ctx);
        } else if (value instanceof Instant i) {
            ctx.statement().setObject(ctx.index(), OffsetDateTime.ofInstant(i, ZoneOffset.UTC));
        } else {
            ctx.statement().setObject(ctx.index(), value);
        }
    }

    @Override
    public void set(BindingSetSQLOutputContext<T> ctx) throws SQLException {
        delegate.set(ctx);
    }

    @Override
    public void get(BindingGetResultSetContext<T> ctx) throws SQLException {
        delegate.get(ctx);
    }

    @Override
    public void get(BindingGetStatementContext<T> ctx) throws SQLException {
        delegate.get(ctx);
    }

    @Override
    public void get(BindingGetSQLInputContext<T> ctx) throws SQLException {
        delegate.get(ctx);
    }
}
