package dev.leanjdbc.benchmarks.bulk;

import static dev.leanjdbc.benchmarks.bulk.Counters.COUNTERS;

import dev.leanjdbc.BulkProgress;
import dev.leanjdbc.Lean;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
 * Changing or removing all {@value #ROWS} rows of the narrow {@link Counters} table four ways, for UPDATE
 * ({@code hits = hits + 1}) and DELETE, each on a freshly created table (one single-shot call per
 * measurement, the table rebuilt before each):
 *
 * <ul>
 *   <li>{@code ROW_BY_ROW}: one {@code executeUpdate} per row by primary key, all in one transaction — the
 *       best case for a loop (no commit per row);
 *   <li>{@code JDBC_BATCH}: the same statement batched, {@value #BATCH} rows per {@code executeBatch}, one
 *       transaction;
 *   <li>{@code ONE_STATEMENT}: {@code Lean.updateWhere} / {@code Lean.deleteWhere} — one set-based statement;
 *   <li>{@code CHUNKED}: {@code Lean.updateInChunks} / {@code Lean.deleteInChunks}, {@value #CHUNK} rows per
 *       statement by key range, each chunk its own transaction (for short locks, not for speed).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class BulkDmlBenchmark {

    static final int ROWS = 100_000;
    static final int BATCH = 1_000;
    static final int CHUNK = 10_000;

    @Param({"ROW_BY_ROW", "JDBC_BATCH", "ONE_STATEMENT", "CHUNKED"})
    public String how;

    @Param({"UPDATE", "DELETE"})
    public String op;

    @Param({"POSTGRES", "H2"})
    public Db db;

    private TestDatabase database;
    private Lean lean;

    @Setup(Level.Trial)
    public void open() {
        database = BenchDatabases.open(db, "bench_bulk_dml");
        lean = Lean.of(database.dataSource(), database.dialect());
    }

    /** A fresh table for every call: a delete leaves nothing to delete, an update leaves dead row versions. */
    @Setup(Level.Iteration)
    public void freshTable() {
        Counters.create(database, ROWS);
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    @Benchmark
    public long change() throws SQLException {
        boolean update = op.equals("UPDATE");
        long n;
        switch (how) {
            case "ONE_STATEMENT":
                n = update
                        ? lean.updateWhere(COUNTERS, Map.of(COUNTERS.HITS, COUNTERS.HITS.plus(1)), DSL.trueCondition())
                        : lean.deleteWhere(COUNTERS, DSL.trueCondition());
                break;
            case "CHUNKED":
                n = update
                        ? lean.updateInChunks(
                                COUNTERS,
                                Map.of(COUNTERS.HITS, COUNTERS.HITS.plus(1)),
                                DSL.trueCondition(),
                                CHUNK,
                                BulkProgress.NONE)
                        : lean.deleteInChunks(COUNTERS, DSL.trueCondition(), CHUNK, BulkProgress.NONE);
                break;
            case "ROW_BY_ROW":
            case "JDBC_BATCH":
                n = perRow(update, how.equals("JDBC_BATCH"));
                break;
            default:
                throw new IllegalArgumentException(
                        "how must be ROW_BY_ROW, JDBC_BATCH, ONE_STATEMENT or CHUNKED, was " + how);
        }
        if (n != ROWS) {
            throw new IllegalStateException(op + " " + how + " on " + db + " changed " + n + " rows, not " + ROWS);
        }
        return n;
    }

    private long perRow(boolean update, boolean batched) throws SQLException {
        String sql = update
                ? "update bench_counter set hits = hits + 1 where id = ?"
                : "delete from bench_counter where id = ?";
        long n = 0;
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (long id = 1; id <= ROWS; id++) {
                    ps.setLong(1, id);
                    if (!batched) {
                        n += ps.executeUpdate();
                        continue;
                    }
                    ps.addBatch();
                    if (id % BATCH == 0 || id == ROWS) {
                        for (int count : ps.executeBatch()) {
                            n += count;
                        }
                    }
                }
            }
            c.commit();
            c.setAutoCommit(true);
        }
        return n;
    }
}
