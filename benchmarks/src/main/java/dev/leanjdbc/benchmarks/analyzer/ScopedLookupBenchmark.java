package dev.leanjdbc.benchmarks.analyzer;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.QueryAnalyzer;
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

/**
 * What the sampled call-site mode costs a shape that repeats inside a scope (an N+1 loop, a duplicate): the
 * same primary-key lookup as {@link WrapperOverheadBenchmark#primaryKeyLookup} on in-memory H2 through the
 * analyzer in its default configuration, outside any scope ({@code outside}: sampled walks, almost none) and
 * inside one open scope where every execution repeats the shape ({@code repeating}: a stack walk each, so
 * that two call sites of the shape are never merged). The difference is the per-execution cost of the walk.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class ScopedLookupBenchmark {

    @Param({"outside", "repeating"})
    public String placement;

    private OverheadBackend database;
    private QueryAnalyzer analyzer;
    private DataSource dataSource;
    private AnalysisScope scope;
    private long nextId;

    @Setup(Level.Trial)
    public void open() {
        database = OverheadBackend.open("h2");
        analyzer = QueryAnalyzer.builder()
                .callSiteMode(CallSiteMode.SAMPLED)
                .maxEventsPerScope(0) // a scope of millions of executions keeps aggregates only
                .build();
        dataSource = analyzer.wrap(database.dataSource());
    }

    @Setup(Level.Iteration)
    public void openScope() {
        if (placement.equals("repeating")) {
            scope = analyzer.scope("repeating");
        }
    }

    @TearDown(Level.Iteration)
    public void closeScope() {
        if (scope != null) {
            scope.close();
            scope = null;
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    @Benchmark
    public String primaryKeyLookup() throws SQLException {
        long id = nextId % OverheadBackend.ROWS + 1;
        nextId = id;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(OverheadBackend.PK_LOOKUP_SQL)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no item with id " + id);
                }
                return rs.getString(2);
            }
        }
    }
}
