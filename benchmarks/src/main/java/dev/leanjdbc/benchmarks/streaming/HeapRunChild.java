package dev.leanjdbc.benchmarks.streaming;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.leanjdbc.Lean;
import dev.leanjdbc.testing.Heap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.stream.Stream;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The child JVM of {@link HeapRun}: reads every row of {@code heap_rows} one way, with the small heap its
 * parent gave it, and prints the heap after GC once a tenth of the rows is read and at the end, as
 * {@code sample <rows> <bytes>} lines, then {@code done <rows>}. Arguments: the way and the row count.
 *
 * <p>On H2 the in-memory database lives in this JVM, so {@code heap_rows} is a view generating its rows: a
 * stored table larger than the heap could not fit whatever the reading code did.
 */
public final class HeapRunChild {

    static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    static final Field<String> PAYLOAD = DSL.field(DSL.name("payload"), SQLDataType.VARCHAR);

    private HeapRunChild() {}

    public static void main(String[] args) throws Exception {
        String way = args[0];
        long rows = Long.parseLong(args[1]);
        String url = System.getProperty("leanjdbc.url");
        SQLDialect dialect = url.startsWith("jdbc:h2:") ? SQLDialect.H2 : SQLDialect.POSTGRES;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(System.getProperty("leanjdbc.user"));
        config.setPassword(System.getProperty("leanjdbc.password"));
        config.setMaximumPoolSize(2);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            if (dialect == SQLDialect.H2) {
                try (Connection c = pool.getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("create view heap_rows as select \"X\" as id,"
                            + " cast(repeat('x', 104) || lpad(cast(\"X\" as varchar), 8, '0') as varchar(120))"
                            + " as payload from system_range(1, " + rows + ")");
                }
            }
            long read = way.equals(HeapRun.RAW) ? readRaw(pool, dialect, rows) : readJooq(way, pool, dialect, rows);
            System.out.println("done " + read);
        }
    }

    private static long readJooq(String way, HikariDataSource pool, SQLDialect dialect, long rows)
            throws InterruptedException {
        var query = DSL.select(ID, PAYLOAD).from(DSL.table(DSL.name("heap_rows")));
        Stream<Record2<Long, String>> stream;
        switch (way) {
            case HeapRun.LEANJDBC:
                stream = Lean.of(pool, dialect).stream(query);
                break;
            case HeapRun.JOOQ_FETCH_STREAM:
                // jOOQ's own streaming with its defaults, on a query attached to a DataSource-backed context
                stream = DSL.using(pool, dialect)
                        .select(ID, PAYLOAD)
                        .from(DSL.table(DSL.name("heap_rows")))
                        .fetchStream();
                break;
            case HeapRun.JOOQ_FETCH:
                stream =
                        DSL
                                .using(pool, dialect)
                                .select(ID, PAYLOAD)
                                .from(DSL.table(DSL.name("heap_rows")))
                                .fetch()
                                .stream();
                break;
            default:
                throw new IllegalArgumentException("unknown way " + way);
        }
        long count = 0;
        try (stream) {
            Iterator<Record2<Long, String>> it = stream.iterator();
            while (it.hasNext()) {
                if (it.next().value2() == null) {
                    throw new IllegalStateException("row " + count + " has no payload");
                }
                count = sampled(count + 1, rows);
            }
        }
        return count;
    }

    /** What a careful hand-written loop does to stream on each database. */
    private static long readRaw(HikariDataSource pool, SQLDialect dialect, long rows)
            throws SQLException, InterruptedException {
        long count = 0;
        try (Connection c = pool.getConnection()) {
            if (dialect == SQLDialect.H2) {
                try (Statement s = c.createStatement()) {
                    s.execute("set lazy_query_execution true");
                }
            } else {
                c.setAutoCommit(false);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select id, payload from heap_rows", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(1_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(2) == null) {
                            throw new IllegalStateException("row " + count + " has no payload");
                        }
                        count = sampled(count + 1, rows);
                    }
                }
            } finally {
                if (dialect == SQLDialect.H2) {
                    try (Statement s = c.createStatement()) {
                        s.execute("set lazy_query_execution false");
                    }
                } else {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        }
        return count;
    }

    private static long sampled(long count, long rows) throws InterruptedException {
        if (count == Math.max(1, rows / 10) || count == rows) {
            System.out.println("sample " + count + " " + Heap.usedAfterGc());
        }
        return count;
    }
}
