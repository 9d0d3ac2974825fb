package dev.leanjdbc.benchmarks.bulk;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.Lean;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.impl.DSL;
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
 * The same change to all 100,000 orders ({@code total_amount = total_amount + 0.01}): one set-based
 * {@code Lean.updateWhere} versus a statement per row ({@code update orders set total_amount = ? where id
 * = ?}, one executeUpdate per row in one transaction: what a load-modify-save loop sends). After each
 * iteration the table is vacuumed so dead row versions do not pile up across iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Threads(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SetBasedUpdateBenchmark {

    /**
     * {@code ROW_BY_ROW}: one statement per row, all in one transaction (the best case for a loop);
     * {@code ROW_BY_ROW_AUTOCOMMIT}: the same with auto-commit, each row its own transaction (what a save
     * loop does under the default of most frameworks). On a {@code DURABLE} server every one of those commits
     * waits for the disk, so measure it with fewer {@code rows} and say so.
     */
    @Param({"SET_BASED", "ROW_BY_ROW", "ROW_BY_ROW_AUTOCOMMIT"})
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

    @Param({"100000"})
    public int rows;

    /** {@code ORDERS}: 16 columns, five secondary indexes; {@code NARROW}: {@link Counters}. */
    @Param({"ORDERS", "NARROW"})
    public String table;

    private TestDatabase database;
    private Lean lean;
    private long[] ids;
    private java.math.BigDecimal[] amounts;

    @Setup(Level.Trial)
    public void setUp() {
        database = BenchDatabases.open(db, "bench_update", durability, addedRttMs);
        lean = Lean.of(database.dataSource(), database.dialect());
        if (table.equals("NARROW")) {
            Counters.create(database, rows);
            settle("bench_counter", "update bench_counter set hits = hits + 1");
            ids = java.util.stream.LongStream.rangeClosed(1, rows).toArray();
            return;
        }
        database.seedShop(new ShopScale(1_000, 100, rows));
        settle("orders", "update orders set total_amount = total_amount + 0.01");
        var r = database.dsl()
                .select(ORDERS.ID, ORDERS.TOTAL_AMOUNT)
                .from(ORDERS)
                .orderBy(ORDERS.ID)
                .fetch();
        ids = r.stream().mapToLong(x -> x.value1()).toArray();
        amounts = r.stream().map(x -> x.value2()).toArray(java.math.BigDecimal[]::new);
    }

    /**
     * Brings a freshly loaded table to the state later iterations see (one untimed update of every row,
     * then vacuum): the first update after a bulk load also sets every tuple's hint bits and finds no free
     * space for heap-only updates, which cost several times a steady-state update. Single-shot runs with no
     * warm-up iteration ({@code benchmarks/run rtt}) would otherwise time that one-off on both sides.
     */
    private void settle(String table, String updateAll) {
        try (Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("vacuum analyze " + table);
            s.executeUpdate(updateAll);
            s.execute("vacuum analyze " + table);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot settle " + table + " before the benchmark", e);
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
        boolean narrow = table.equals("NARROW");
        if (how.equals("SET_BASED") && narrow) {
            return lean.updateWhere(
                    Counters.COUNTERS,
                    Map.of(Counters.COUNTERS.HITS, Counters.COUNTERS.HITS.plus(1)),
                    DSL.trueCondition());
        }
        if (how.equals("SET_BASED")) {
            return lean.updateWhere(
                    ORDERS, Map.of(ORDERS.TOTAL_AMOUNT, ORDERS.TOTAL_AMOUNT.plus(0.01)), DSL.trueCondition());
        }
        boolean oneTransaction = how.equals("ROW_BY_ROW");
        long n = 0;
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(!oneTransaction);
            if (narrow) {
                try (PreparedStatement ps =
                        c.prepareStatement("update bench_counter set hits = hits + 1 where id = ?")) {
                    for (long id : ids) {
                        ps.setLong(1, id);
                        n += ps.executeUpdate();
                    }
                }
            } else
                try (PreparedStatement ps = c.prepareStatement("update orders set total_amount = ? where id = ?")) {
                    for (int i = 0; i < ids.length; i++) {
                        amounts[i] = amounts[i].add(java.math.BigDecimal.ONE.movePointLeft(2));
                        ps.setBigDecimal(1, amounts[i]);
                        ps.setLong(2, ids[i]);
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
