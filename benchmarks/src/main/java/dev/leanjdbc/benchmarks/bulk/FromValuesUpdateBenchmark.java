package dev.leanjdbc.benchmarks.bulk;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.BulkOptions;
import dev.leanjdbc.Lean;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * A different status and amount for each of 10,000 orders: {@code Lean.updateFromValues} (PostgreSQL
 * {@code UPDATE ... FROM (VALUES ...)}, H2 {@code MERGE ... USING (VALUES ...)}, default chunks in one
 * transaction; also with 1,000-row chunks) versus one {@code update ... where id = ?} per row in one transaction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Threads(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class FromValuesUpdateBenchmark {

    /**
     * {@code FROM_VALUES} with default options (10,000 rows per statement), or 1,000 rows per statement;
     * {@code ROW_BY_ROW}: one {@code update ... where id = ?} per row in one transaction; {@code
     * ROW_BY_ROW_AUTOCOMMIT}: the same with each row its own transaction.
     */
    @Param({"FROM_VALUES", "FROM_VALUES_CHUNK_1000", "ROW_BY_ROW", "ROW_BY_ROW_AUTOCOMMIT"})
    public String how;

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

    @Param({"POSTGRES"})
    public Db db;

    @Param({"10000"})
    public int rows;

    /** {@code ORDERS}: 100,000 orders, 16 columns, five secondary indexes; {@code NARROW}: {@link Counters}. */
    @Param({"ORDERS", "NARROW"})
    public String table;

    private List<org.jooq.Record> counterChanges;

    private TestDatabase database;
    private Lean lean;
    private List<OrdersRecord> changes;
    private int round;

    @Setup(Level.Trial)
    public void setUp() {
        database = BenchDatabases.open(db, "bench_values", durability, addedRttMs);
        lean = Lean.of(database.dataSource(), database.dialect());
        if (table.equals("NARROW")) {
            Counters.create(database, 100_000);
            counterChanges = new ArrayList<>(rows);
            for (long id = 10; counterChanges.size() < rows; id += 10) {
                org.jooq.Record r = database.dsl().newRecord(Counters.COUNTERS);
                r.set(Counters.COUNTERS.ID, id);
                counterChanges.add(r);
            }
        } else {
            database.seedShop(new ShopScale(1_000, 100, 100_000));
        }
        changes = new ArrayList<>(rows);
        // every 10th order: the rows to change are spread over the table, as in real bulk edits
        for (long id = 10; changes.size() < rows; id += 10) {
            changes.add(new OrdersRecord().setId(id).setStatus("NEW").setTotalAmount(BigDecimal.ZERO));
        }
    }

    @TearDown(Level.Iteration)
    public void vacuum() throws SQLException {
        if (db == Db.POSTGRES) {
            try (Connection c = database.dataSource().getConnection();
                    Statement s = c.createStatement()) {
                s.execute(table.equals("NARROW") ? "vacuum bench_counter" : "vacuum orders");
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchDatabases.close(database);
    }

    @Benchmark
    public long update() throws SQLException {
        round++;
        if (table.equals("NARROW")) {
            return updateCounters();
        }
        for (OrdersRecord r : changes) { // new values each call, so every row really changes
            r.setStatus("S" + (r.getId() + round) % 7);
            r.setTotalAmount(BigDecimal.valueOf(r.getId() + round, 2));
        }
        if (how.equals("FROM_VALUES")) {
            return lean.updateFromValues(ORDERS, changes, List.of(ORDERS.STATUS, ORDERS.TOTAL_AMOUNT));
        }
        if (how.equals("FROM_VALUES_CHUNK_1000")) {
            return lean.updateFromValues(
                    ORDERS,
                    changes,
                    List.of(ORDERS.STATUS, ORDERS.TOTAL_AMOUNT),
                    BulkOptions.defaults().withChunkSize(1_000));
        }
        long n = 0;
        boolean oneTransaction = how.equals("ROW_BY_ROW");
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(!oneTransaction);
            try (PreparedStatement ps =
                    c.prepareStatement("update orders set status = ?, total_amount = ? where id = ?")) {
                for (OrdersRecord r : changes) {
                    ps.setString(1, r.getStatus());
                    ps.setBigDecimal(2, r.getTotalAmount());
                    ps.setLong(3, r.getId());
                    n += ps.executeUpdate();
                }
            }
            if (oneTransaction) {
                c.commit();
                c.setAutoCommit(true);
            }
        }
        return n;
    }

    private long updateCounters() throws SQLException {
        Counters t = Counters.COUNTERS;
        for (org.jooq.Record r : counterChanges) {
            r.set(t.HITS, (int) ((r.get(t.ID) + round) % 1_000));
            r.set(t.LABEL, "r" + round);
        }
        if (how.equals("FROM_VALUES")) {
            return lean.updateFromValues(t, counterChanges, List.of(t.HITS, t.LABEL));
        }
        if (how.equals("FROM_VALUES_CHUNK_1000")) {
            return lean.updateFromValues(
                    t,
                    counterChanges,
                    List.of(t.HITS, t.LABEL),
                    BulkOptions.defaults().withChunkSize(1_000));
        }
        long n = 0;
        boolean oneTransaction = how.equals("ROW_BY_ROW");
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(!oneTransaction);
            try (PreparedStatement ps =
                    c.prepareStatement("update bench_counter set hits = ?, label = ? where id = ?")) {
                for (org.jooq.Record r : counterChanges) {
                    ps.setInt(1, r.get(t.HITS));
                    ps.setString(2, r.get(t.LABEL));
                    ps.setLong(3, r.get(t.ID));
                    n += ps.executeUpdate();
                }
            }
            if (oneTransaction) {
                c.commit();
                c.setAutoCommit(true);
            }
        }
        return n;
    }
}
