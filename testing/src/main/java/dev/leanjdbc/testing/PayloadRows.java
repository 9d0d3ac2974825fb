package dev.leanjdbc.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Rows of about 120 bytes ({@code id bigint}, {@code payload varchar(120)}, ids 1..n) read in a forked
 * small-heap JVM ({@link ForkedJvm}) to prove that a way of reading holds constant memory.
 *
 * <p>On PostgreSQL the parent makes an unlogged table before forking ({@link #createTable}). On H2 the
 * in-memory database lives in the child, so the child makes a view that generates the rows as they are read
 * ({@link #createH2View}): a stored table larger than the heap could not fit whatever the reading code did.
 * On MariaDB the parent makes a view over the Sequence engine's {@code seq_1_to_N} table, so the server
 * generates the rows as it sends them (nothing to load, same bytes per row).
 */
public final class PayloadRows {

    public static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    public static final Field<String> PAYLOAD = DSL.field(DSL.name("payload"), SQLDataType.VARCHAR);

    private PayloadRows() {}

    /** The rows' table or view, for jOOQ queries. */
    public static Table<?> table(String name) {
        return DSL.table(DSL.name(name));
    }

    /**
     * In the parent: on PostgreSQL (re)creates table {@code name} with {@code rows} rows; on MariaDB a view
     * generating them; on H2 nothing.
     */
    public static void createTable(TestDatabase db, String name, long rows) {
        if (db.db().isMariaDb()) {
            db.dsl().execute("drop view if exists " + name);
            db.dsl()
                    .execute("create view " + name + " as select seq as id,"
                            + " cast(concat(repeat('x', 104), lpad(seq, 8, '0')) as char(120)) as payload"
                            + " from seq_1_to_" + rows);
            return;
        }
        if (db.db() != Db.POSTGRES) {
            return;
        }
        db.dsl().execute("drop table if exists " + name);
        db.dsl()
                .execute("create unlogged table " + name + " as select g::bigint as id,"
                        + " (repeat('x', 104) || lpad(g::text, 8, '0'))::varchar(120) as payload"
                        + " from generate_series(1, " + rows + ") g");
    }

    /** In the child, on H2: creates view {@code name} generating {@code rows} rows as they are read. */
    public static void createH2View(Connection c, String name, long rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create view " + name + " as select \"X\" as id,"
                    + " cast(repeat('x', 104) || lpad(cast(\"X\" as varchar), 8, '0') as varchar(120))"
                    + " as payload from system_range(1, " + rows + ")");
        }
    }
}
