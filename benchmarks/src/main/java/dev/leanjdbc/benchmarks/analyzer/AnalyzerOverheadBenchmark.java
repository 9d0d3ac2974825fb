package dev.leanjdbc.benchmarks.analyzer;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
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
 * What recording costs: the raw H2 driver against the same driver behind {@code QueryAnalyzer.wrap} in its
 * default configuration (sampled call sites, no scope open, global view on).
 *
 * <ul>
 *   <li>{@code pkLookup}: prepare, bind, execute, read one of four columns, close — the statement an
 *       application runs most. Target: at most 1.15x raw time, at most 256 extra bytes per operation.
 *   <li>{@code pkLookupReused}: the same on a statement prepared once per trial — the cost per execution
 *       without the per-statement wrappers.
 *   <li>{@code iterate10k}: one query over 10,000 rows reading all four columns. Target: at most 1.10x raw.
 * </ul>
 *
 * Run: {@code java -jar benchmarks/target/benchmarks.jar AnalyzerOverheadBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Threads(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class AnalyzerOverheadBenchmark {

    private static final int ROWS = 10_000;
    private static final String PK_LOOKUP = "select id, name, qty, price from item where id = ?";

    @Param({"raw", "leanjdbc"})
    public String impl;

    private Connection connection;
    private PreparedStatement lookup;
    private long nextId;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:analyzer_overhead_" + impl + ";DB_CLOSE_DELAY=-1");
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop table if exists item");
            s.execute("create table item (id bigint primary key, name varchar(40) not null,"
                    + " qty integer not null, price numeric(10, 2) not null)");
            s.execute(
                    "insert into item select x, 'item-' || x, mod(x, 100), x / 7.0 from system_range(1, " + ROWS + ")");
        }
        DataSource ds = impl.equals("raw") ? h2 : QueryAnalyzer.create().wrap(h2);
        connection = ds.getConnection();
        lookup = connection.prepareStatement(PK_LOOKUP);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        lookup.close();
        try (Statement s = connection.createStatement()) {
            s.execute("drop table item");
        }
        connection.close();
    }

    @Benchmark
    public String pkLookup() throws SQLException {
        long id = nextId++ % ROWS + 1;
        try (PreparedStatement ps = connection.prepareStatement(PK_LOOKUP)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(2) : null;
            }
        }
    }

    /** The same lookup on a statement prepared once: the cost per execution alone. */
    @Benchmark
    public String pkLookupReused() throws SQLException {
        lookup.setLong(1, nextId++ % ROWS + 1);
        try (ResultSet rs = lookup.executeQuery()) {
            return rs.next() ? rs.getString(2) : null;
        }
    }

    @Benchmark
    public void iterate10k(Blackhole bh) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select id, name, qty, price from item");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                bh.consume(rs.getLong(1));
                bh.consume(rs.getString(2));
                bh.consume(rs.getInt(3));
                bh.consume(rs.getBigDecimal(4));
            }
        }
    }
}
