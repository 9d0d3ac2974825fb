package dev.leanjdbc.benchmarks.bulk;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/**
 * A narrow table, {@code bench_counter (id bigint primary key, hits integer, label varchar(16))}: where the
 * per-row write is cheap, so the cost of a statement per row shows undiluted (the 16-column orders table
 * with five secondary indexes is the other end).
 */
public final class Counters extends TableImpl<Record> {

    private static final long serialVersionUID = 1L;

    public static final Counters COUNTERS = new Counters();

    public final TableField<Record, Long> ID = createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false), this);
    public final TableField<Record, Integer> HITS =
            createField(DSL.name("hits"), SQLDataType.INTEGER.nullable(false), this);
    public final TableField<Record, String> LABEL =
            createField(DSL.name("label"), SQLDataType.VARCHAR(16).nullable(false), this);

    private Counters() {
        super(DSL.name("bench_counter"));
    }

    @Override
    public UniqueKey<Record> getPrimaryKey() {
        return Internal.createUniqueKey(this, DSL.name("bench_counter_pk"), ID);
    }

    /** Creates the table with {@code rows} rows, ids 1..rows. */
    public static void create(TestDatabase db, int rows) {
        String series = db.db() == Db.POSTGRES
                ? "select x, 0, 'c' || x from generate_series(1, " + rows + ") x"
                : "select \"X\", 0, 'c' || \"X\" from system_range(1, " + rows + ")";
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_counter");
            s.execute("create table bench_counter (id bigint primary key, hits integer not null,"
                    + " label varchar(16) not null)");
            s.execute("insert into bench_counter (id, hits, label) " + series);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create bench_counter", e);
        }
    }
}
