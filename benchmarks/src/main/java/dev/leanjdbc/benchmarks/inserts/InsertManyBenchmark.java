package dev.leanjdbc.benchmarks.inserts;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.BulkOptions;
import dev.leanjdbc.Lean;
import dev.leanjdbc.benchmarks.bulk.BenchDatabases;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
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

/**
 * 100,000 orders into PostgreSQL, one transaction per call, by each path:
 *
 * <ul>
 *   <li>{@code COPY}: {@code Lean.insertMany} (COPY ... FROM STDIN through the pooled connection);
 *   <li>{@code MULTI_ROW_VALUES}: {@code Lean.insertMany} with COPY disallowed (multi-row INSERT);
 *   <li>{@code JDBC_BATCH}: a plain PreparedStatement batch, 1,000 rows per executeBatch, no rewrite;
 *   <li>{@code JDBC_BATCH_REWRITE}: the same with {@code reWriteBatchedInserts=true}.
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

    @Param({"COPY", "MULTI_ROW_VALUES", "JDBC_BATCH", "JDBC_BATCH_REWRITE"})
    public String path;

    @Param({"100000"})
    public int rows;

    /**
     * {@code FK_AND_INDEXES}: orders as the application has it (primary key, foreign key to customer,
     * three secondary indexes), where per-row server work weighs on every path; {@code PRIMARY_KEY_ONLY}:
     * the foreign key and secondary indexes dropped, as for a bulk load that adds them afterwards.
     */
    @Param({"FK_AND_INDEXES", "PRIMARY_KEY_ONLY"})
    public String schema;

    private TestDatabase db;
    private Lean lean;
    private List<OrdersRecord> orders;
    private Connection jdbc;
    private String insertSql;
    private List<Field<?>> columns;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        db = BenchDatabases.open(Db.POSTGRES, "bench_insert");
        db.seedShop(new ShopScale(10, 5, 0));
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop index orders_number_uk");
            if (schema.equals("PRIMARY_KEY_ONLY")) {
                s.execute("alter table orders drop constraint orders_customer_fk");
                s.execute("drop index orders_customer_ix");
                s.execute("drop index orders_status_ix");
                s.execute("drop index orders_placed_at_ix");
            }
        }
        lean = Lean.of(db.dataSource(), db.dialect());
        orders = BenchDatabases.newOrders(0, rows);
        columns = BenchDatabases.newOrderColumns();
        insertSql =
                "insert into orders (" + columns.stream().map(Field::getName).collect(Collectors.joining(", "))
                        + ") values (" + columns.stream().map(f -> "?").collect(Collectors.joining(", ")) + ")";
        if (path.startsWith("JDBC")) {
            Properties props = new Properties();
            props.setProperty("user", db.user());
            props.setProperty("password", db.password());
            props.setProperty("reWriteBatchedInserts", String.valueOf(path.equals("JDBC_BATCH_REWRITE")));
            jdbc = DriverManager.getConnection(db.jdbcUrl(), props);
            jdbc.setAutoCommit(false);
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
        db.close();
    }

    @Benchmark
    public long insert() throws SQLException {
        switch (path) {
            case "COPY":
                return lean.insertMany(ORDERS, orders, BulkOptions.defaults().chunkSize(10_000));
            case "MULTI_ROW_VALUES":
                return lean.insertMany(
                        ORDERS, orders, BulkOptions.defaults().chunkSize(10_000).copyAllowed(false));
            default:
                return jdbcBatch();
        }
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
