package dev.leanjdbc.benchmarks.analyzer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What a JDBC wrapper costs an application: the same two units of work through the raw data source and
 * through each wrapper of {@link DataSourceWrappers}, over the stub driver (the wrapper's cost alone), over
 * in-memory H2 (that cost beside a fast in-process database) and over PostgreSQL (beside a network round
 * trip), the real databases behind HikariCP.
 *
 * <p>Each invocation is one whole unit of work as an application writes it: borrow a connection, prepare,
 * bind, execute, read, close everything. So the figures include what a wrapper adds on every layer
 * (connection, statement, result set), not only on execute.
 *
 * <ul>
 *   <li>{@link #primaryKeyLookup}: a four-column select by primary key, one column read — the shape of most
 *       OLTP statements, where per-statement overhead shows most;
 *   <li>{@link #iterateRows}: {@value OverheadBackend#ROWS} rows, four columns read from each — per-row
 *       overhead ({@code next()} and getters).
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Threads(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@State(Scope.Benchmark)
public class WrapperOverheadBenchmark {

    /** The wrapper; {@code raw} is the baseline the report compares against. See {@link DataSourceWrappers}. */
    @Param({"raw", "datasource-proxy", "p6spy", "leanjdbc", "leanjdbc-test", "forwarding"})
    public String wrapper;

    @Param({"stub", "h2", "postgres"})
    public String backend;

    private OverheadBackend database;
    private DataSource dataSource;
    private long nextId;

    @Setup(Level.Trial)
    public void open() {
        database = OverheadBackend.open(backend);
        dataSource = DataSourceWrappers.wrap(wrapper, database.dataSource());
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    @Benchmark
    public String primaryKeyLookup() throws SQLException {
        // Walks the keys in order so the databases read different rows; cheap and without allocation.
        long id = nextId % OverheadBackend.ROWS + 1;
        nextId = id;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(OverheadBackend.PK_LOOKUP_SQL)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no item with id " + id + " on " + backend);
                }
                return rs.getString(2);
            }
        }
    }

    @Benchmark
    public int iterateRows(Blackhole blackhole) throws SQLException {
        int rows = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(OverheadBackend.ALL_ROWS_SQL);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                blackhole.consume(rs.getLong(1));
                blackhole.consume(rs.getString(2));
                blackhole.consume(rs.getInt(3));
                blackhole.consume(rs.getBigDecimal(4));
                rows++;
            }
        }
        if (rows != OverheadBackend.ROWS) {
            throw new IllegalStateException(
                    "read " + rows + " rows on " + backend + ", expected " + OverheadBackend.ROWS);
        }
        return rows;
    }
}
