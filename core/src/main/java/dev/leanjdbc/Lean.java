package dev.leanjdbc;

import java.util.Objects;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The entry point of leanjdbc core: database access on jOOQ that is cheap in memory and round-trips.
 *
 * <pre>{@code
 * Lean db = Lean.of(dataSource, SQLDialect.POSTGRES);
 * }</pre>
 *
 * A {@code Lean} is immutable and thread-safe; create one per {@link DataSource} and share it. It borrows a
 * connection per operation and gives it back in the state it found it.
 */
public final class Lean {

    private final DSLContext dsl;
    private final DataSource dataSource;

    private Lean(DSLContext dsl, DataSource dataSource) {
        this.dsl = dsl;
        this.dataSource = dataSource;
    }

    /** A facade on {@code dataSource} (usually a pool) speaking {@code dialect}. */
    public static Lean of(DataSource dataSource, SQLDialect dialect) {
        Objects.requireNonNull(dataSource, "dataSource must not be null");
        Objects.requireNonNull(dialect, "dialect must not be null");
        return new Lean(DSL.using(dataSource, dialect), dataSource);
    }

    /**
     * A facade on an existing jOOQ context, keeping its settings and listeners. The context must be backed
     * by a {@link DataSource} (e.g. {@code DSL.using(dataSource, dialect)}), not by a single connection: the
     * facade borrows and returns connections per operation.
     */
    public static Lean of(DSLContext dsl, DataSource dataSource) {
        Objects.requireNonNull(dsl, "dsl must not be null");
        Objects.requireNonNull(dataSource, "dataSource must not be null");
        return new Lean(dsl, dataSource);
    }

    /** The jOOQ context this facade runs its queries with. */
    public DSLContext dsl() {
        return dsl;
    }

    /** The data source connections are borrowed from. */
    public DataSource dataSource() {
        return dataSource;
    }

    public SQLDialect dialect() {
        return dsl.dialect();
    }
}
