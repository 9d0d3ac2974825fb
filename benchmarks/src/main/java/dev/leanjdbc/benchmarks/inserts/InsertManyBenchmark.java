package dev.leanjdbc.benchmarks.inserts;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.BulkOptions;
import dev.leanjdbc.Lean;
import dev.leanjdbc.benchmarks.bulk.BenchDatabases;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;

/**
 * 100,000 orders into PostgreSQL, one transaction per call, by each path:
 *
 * <ul>
 *   <li>{@code COPY}: {@code Lean.insertMany} (COPY ... FROM STDIN through the pooled connection);
 *   <li>{@code MULTI_ROW_VALUES}: {@code Lean.insertMany} with COPY disallowed (multi-row INSERT);
 *   <li>{@code JDBC_BATCH}: a plain PreparedStatement batch, 1,000 rows per executeBatch, no rewrite;
 *   <li>{@code JDBC_BATCH_REWRITE}: the same with {@code reWriteBatchedInserts=true};
 *   <li>{@code ROW_BY_ROW_AUTOCOMMIT}: one {@code executeUpdate} per row with auto-commit, each row its own
 *       transaction (what a save loop does under most frameworks' defaults);
 *   <li>{@code COPY_PREENCODED}: the server's floor for COPY — the same rows as COPY text bytes prepared in
 *       setup (read back with {@code COPY ... TO STDOUT}), sent with {@code CopyManager.copyIn}, so no
 *       client-side encoding at all. {@code COPY} minus this is what the client costs;
 *   <li>{@code COPY_PREENCODED_BINARY}: the same in COPY's binary format, to see whether the server reads
 *       binary rows faster than text (what a binary encoder could gain at best).
 * </ul>
 *
 * The unique index on order_number is dropped so repeated invocations within an iteration can insert the
 * same rows; the table is truncated after every iteration, never between invocations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Threads(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class InsertManyBenchmark {

    @Param({
        "COPY",
        "COPY_PREENCODED",
        "COPY_PREENCODED_BINARY",
        "MULTI_ROW_VALUES",
        "JDBC_BATCH",
        "JDBC_BATCH_REWRITE",
        "ROW_BY_ROW_AUTOCOMMIT"
    })
    public String path;

    /**
     * Milliseconds added to every round trip between driver and PostgreSQL by a {@link
     * dev.leanjdbc.testing.LatencyProxy} on loopback ({@code 0}: direct, no proxy), to compare at what an
     * application pays over a network. Only 0 by default so the smoke and full runs stay short; {@code
     * benchmarks/run rtt} passes {@code 0,0.25,1} in single-shot mode.
     */
    @Param({"0"})
    public String addedRttMs;

    /** {@code FAST}: the test server (no fsync); {@code DURABLE}: fsync, synchronous_commit, full_page_writes on. */
    @Param({"FAST"})
    public String durability;

    @Param({"100000"})
    public int rows;

    /**
     * {@code FK_AND_INDEXES}: orders as the application has it (primary key, foreign key to customer,
     * three secondary indexes), where per-row server work weighs on every path; {@code PRIMARY_KEY_ONLY}:
     * the foreign key and secondary indexes dropped, as for a bulk load that adds them afterwards; {@code
     * NO_INDEXES}: the primary key dropped too, a heap with no index to maintain.
     */
    @Param({"FK_AND_INDEXES", "PRIMARY_KEY_ONLY"})
    public String schema;

    private TestDatabase db;
    private Lean lean;
    private List<OrdersRecord> orders;
    private Connection jdbc;
    private String insertSql;
    private List<Field<?>> columns;
    private String copySql;
    private byte[] preencoded;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        db = BenchDatabases.open(Db.POSTGRES, "bench_insert", durability, addedRttMs);
        db.seedShop(new ShopScale(10, 5, 0));
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop index orders_number_uk");
            if (!schema.equals("FK_AND_INDEXES")) {
                s.execute("alter table orders drop constraint orders_customer_fk");
                s.execute("drop index orders_customer_ix");
                s.execute("drop index orders_status_ix");
                s.execute("drop index orders_placed_at_ix");
            }
            if (schema.equals("NO_INDEXES")) {
                s.execute("alter table order_line drop constraint order_line_order_fk");
                s.execute("alter table orders drop constraint orders_pkey");
            }
        }
        lean = Lean.of(db.dataSource(), db.dialect());
        orders = BenchDatabases.newOrders(0, rows);
        columns = BenchDatabases.newOrderColumns();
        insertSql =
                "insert into orders (" + columns.stream().map(Field::getName).collect(Collectors.joining(", "))
                        + ") values (" + columns.stream().map(f -> "?").collect(Collectors.joining(", ")) + ")";
        copySql = "copy orders (" + columns.stream().map(Field::getName).collect(Collectors.joining(", "))
                + ") from stdin (format text)";
        if (path.equals("COPY_PREENCODED_BINARY")) {
            copySql = copySql.replace("(format text)", "(format binary)");
        }
        if (path.startsWith("COPY_PREENCODED")) {
            lean.insertMany(ORDERS, orders);
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            try (Connection c = db.dataSource().getConnection();
                    Statement s = c.createStatement()) {
                c.unwrap(PGConnection.class).getCopyAPI().copyOut(copySql.replace("from stdin", "to stdout"), text);
                s.execute("truncate table order_line, orders");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            preencoded = text.toByteArray();
        }
        if (path.startsWith("JDBC") || path.equals("ROW_BY_ROW_AUTOCOMMIT")) {
            Properties props = new Properties();
            props.setProperty("user", db.user());
            props.setProperty("password", db.password());
            props.setProperty("reWriteBatchedInserts", String.valueOf(path.equals("JDBC_BATCH_REWRITE")));
            jdbc = DriverManager.getConnection(db.jdbcUrl(), props);
            jdbc.setAutoCommit(path.equals("ROW_BY_ROW_AUTOCOMMIT"));
        }
    }

    @TearDown(Level.Iteration)
    public void truncate() throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("truncate table order_line, orders");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        if (jdbc != null) {
            jdbc.close();
        }
        BenchDatabases.close(db);
    }

    @Benchmark
    public long insert() throws SQLException {
        switch (path) {
            case "COPY":
                return lean.insertMany(ORDERS, orders, BulkOptions.defaults().withChunkSize(10_000));
            case "COPY_PREENCODED":
            case "COPY_PREENCODED_BINARY":
                return copyPreencoded();
            case "ROW_BY_ROW_AUTOCOMMIT":
                return rowByRow();
            case "MULTI_ROW_VALUES":
                return lean.insertMany(
                        ORDERS,
                        orders,
                        BulkOptions.defaults().withChunkSize(10_000).withCopyAllowed(false));
            default:
                return jdbcBatch();
        }
    }

    private long copyPreencoded() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            long n = c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(copySql, new ByteArrayInputStream(preencoded), 64 * 1024);
            c.commit();
            c.setAutoCommit(true);
            return n;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long rowByRow() throws SQLException {
        long n = 0;
        try (PreparedStatement ps = jdbc.prepareStatement(insertSql)) {
            for (OrdersRecord r : orders) {
                for (int c = 0; c < columns.size(); c++) {
                    ps.setObject(c + 1, r.get(columns.get(c)));
                }
                n += ps.executeUpdate();
            }
        }
        return n;
    }

    private long jdbcBatch() throws SQLException {
        long n = 0;
        try (PreparedStatement ps = jdbc.prepareStatement(insertSql)) {
            int pending = 0;
            for (OrdersRecord r : orders) {
                for (int c = 0; c < columns.size(); c++) {
                    ps.setObject(c + 1, r.get(columns.get(c)));
                }
                ps.addBatch();
                if (++pending == 1_000) {
                    n += count(ps.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                n += count(ps.executeBatch());
            }
        }
        jdbc.commit();
        return n;
    }

    private static long count(int[] counts) {
        long n = 0;
        for (int c : counts) {
            n += c == Statement.SUCCESS_NO_INFO ? 1 : c;
        }
        return n;
    }
}
