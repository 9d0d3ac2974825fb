package dev.leanjdbc.benchmarks.streaming;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.leanjdbc.Lean;
import dev.leanjdbc.testing.ForkedJvm;
import dev.leanjdbc.testing.Heap;
import dev.leanjdbc.testing.PayloadRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.stream.Stream;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The child JVM of {@link HeapRun}: reads every row of {@code heap_rows} one way, with the small heap its
 * parent gave it, and prints the heap after GC once a tenth of the rows is read and at the end, as
 * {@code sample <rows> <bytes>} lines, then {@code read-nanos <n>} (the time from running the query to the last
 * row, the two GC samples left out) and {@code done <rows>}. Arguments: the way and the row count.
 * The rows: {@link PayloadRows}.
 */
public final class HeapRunChild {

    private HeapRunChild() {}

    public static void main(String[] args) throws Exception {
        String way = args[0];
        long rows = Long.parseLong(args[1]);
        HikariConfig config = ForkedJvm.childDatabase();
        SQLDialect dialect = config.getJdbcUrl().startsWith("jdbc:h2:") ? SQLDialect.H2 : SQLDialect.POSTGRES;
        try (HikariDataSource pool = new HikariDataSource(config)) {
            if (dialect == SQLDialect.H2) {
                try (Connection c = pool.getConnection()) {
                    PayloadRows.createH2View(c, "heap_rows", rows);
                }
            }
            long start = System.nanoTime();
            long read = switch (way) {
                case HeapRun.RAW -> readRaw(pool, dialect, rows);
                case HeapRun.JOOQ_STREAMING -> readJooqStreaming(pool, dialect, rows);
                default -> readJooq(way, pool, dialect, rows);
            };
            long nanos = System.nanoTime() - start - sampling;
            System.out.println("read-nanos " + nanos);
            System.out.println("done " + read);
        }
    }

    private static long readJooq(String way, HikariDataSource pool, SQLDialect dialect, long rows)
            throws InterruptedException {
        var query = DSL.select(PayloadRows.ID, PayloadRows.PAYLOAD).from(PayloadRows.table("heap_rows"));
        Stream<Record2<Long, String>> stream;
        switch (way) {
            case HeapRun.LEANJDBC:
                stream = Lean.of(pool, dialect).stream(query);
                break;
            case HeapRun.JOOQ_FETCH_STREAM:
                // jOOQ's own streaming with its defaults, on a query attached to a DataSource-backed context
                stream = DSL.using(pool, dialect)
                        .select(PayloadRows.ID, PayloadRows.PAYLOAD)
                        .from(PayloadRows.table("heap_rows"))
                        .fetchStream();
                break;
            case HeapRun.JOOQ_FETCH:
                stream = DSL
                        .using(pool, dialect)
                        .select(PayloadRows.ID, PayloadRows.PAYLOAD)
                        .from(PayloadRows.table("heap_rows"))
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

    /**
     * What a careful jOOQ user writes to stream on each database: {@link #readRaw}'s preparation of the
     * connection, then jOOQ's {@code fetchSize(1000).fetchStream()} on it.
     */
    private static long readJooqStreaming(HikariDataSource pool, SQLDialect dialect, long rows)
            throws SQLException, InterruptedException {
        long count = 0;
        try (Connection c = pool.getConnection()) {
            prepare(c, dialect);
            try (Stream<Record2<Long, String>> stream = DSL.using(c, dialect)
                    .select(PayloadRows.ID, PayloadRows.PAYLOAD)
                    .from(PayloadRows.table("heap_rows"))
                    .fetchSize(1_000)
                    .fetchStream()) {
                Iterator<Record2<Long, String>> it = stream.iterator();
                while (it.hasNext()) {
                    if (it.next().value2() == null) {
                        throw new IllegalStateException("row " + count + " has no payload");
                    }
                    count = sampled(count + 1, rows);
                }
            } finally {
                restore(c, dialect);
            }
        }
        return count;
    }

    /** H2: lazy execution on; PostgreSQL: a transaction, so that the fetch size opens a cursor. */
    private static void prepare(Connection c, SQLDialect dialect) throws SQLException {
        if (dialect == SQLDialect.H2) {
            try (Statement s = c.createStatement()) {
                s.execute("set lazy_query_execution true");
            }
        } else {
            c.setAutoCommit(false);
        }
    }

    private static void restore(Connection c, SQLDialect dialect) throws SQLException {
        if (dialect == SQLDialect.H2) {
            try (Statement s = c.createStatement()) {
                s.execute("set lazy_query_execution false");
            }
        } else {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /** What a careful hand-written loop does to stream on each database. */
    private static long readRaw(HikariDataSource pool, SQLDialect dialect, long rows)
            throws SQLException, InterruptedException {
        long count = 0;
        try (Connection c = pool.getConnection()) {
            prepare(c, dialect);
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
                restore(c, dialect);
            }
        }
        return count;
    }

    /** Time spent in the heap samples (full GCs), left out of the reading time. */
    private static long sampling;

    private static long sampled(long count, long rows) throws InterruptedException {
        if (count == Math.max(1, rows / 10) || count == rows) {
            long start = System.nanoTime();
            System.out.println("sample " + count + " " + Heap.usedAfterGc());
            sampling += System.nanoTime() - start;
        }
        return count;
    }
}
