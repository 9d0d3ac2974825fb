package dev.leanjdbc.benchmarks.production;

import dev.leanjdbc.analyzer.BudgetAction;
import dev.leanjdbc.analyzer.MemoryPressureMonitor;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.ScopeBudget;
import dev.leanjdbc.analyzer.micrometer.LeanJdbcMetrics;
import dev.leanjdbc.analyzer.servlet.AnalysisFilter;
import dev.leanjdbc.benchmarks.bulk.BenchDatabases;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * The analyzer left on in production: one request that does {@link #lookups} primary-key lookups on
 * in-memory H2, or PostgreSQL over loopback (HikariCP, one connection and one prepared statement per
 * request), run
 *
 * <ul>
 *   <li>{@code raw}: straight on the pool;
 *   <li>{@code analyzer}: through {@code analyzer.wrap(pool)}, no scope;
 *   <li>{@code filter}: through the wrapped pool inside {@link AnalysisFilter#doFilter} with its defaults (a
 *       scope per request, no budget), no meters, no monitor: the cost of the scope alone;
 *   <li>{@code production}: through the wrapped pool inside {@link AnalysisFilter#doFilter} (a scope per
 *       request with a rows and statements budget), with {@link LeanJdbcMetrics} bound to a {@link
 *       SimpleMeterRegistry} and a {@link MemoryPressureMonitor} started.
 * </ul>
 *
 * The filter's log line is not written: the request logger is below INFO in the benchmarks' logging
 * configuration, so the figure is the analyzer's cost, not the log appender's. The target is
 * {@code production} ≤ 1.20 × {@code raw} on H2. With five lookups of one shape from one line the detectors run at scope
 * end (and report them as an N+1, which the meters count).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Threads(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ProductionOverheadBenchmark {

    static final int ROWS = 10_000;
    static final String PK_LOOKUP_SQL = "select id, name, quantity from item where id = ?";

    @Param({"raw", "analyzer", "filter", "production"})
    public String implementation;

    /**
     * Lookups per request: 1 is the worst case for the per-request costs (scope, meters, filter); 5 is closer
     * to a page that loads a few rows.
     */
    @Param({"1", "5"})
    public int lookups;

    private TestDatabase database;
    private DataSource dataSource;
    private AnalysisFilter filter;
    private MemoryPressureMonitor monitor;
    private HttpServletRequest request;
    private HttpServletResponse response;
    private FilterChain chain;
    private long nextId;
    private String lastName;

    /**
     * H2 in memory is the bar's case: the lookup itself costs about a microsecond, the worst case for a fixed
     * cost. PostgreSQL over loopback shows the same cost against a lookup that leaves the process.
     */
    @Param({"H2", "POSTGRES"})
    public Db db;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        database = BenchDatabases.open(db, "production_overhead");
        try (Connection c = database.dataSource().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute(
                        "create table item (id bigint primary key, name varchar(40) not null, quantity int not null)");
            }
            try (PreparedStatement insert = c.prepareStatement("insert into item values (?, ?, ?)")) {
                for (int id = 1; id <= ROWS; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "item-" + id);
                    insert.setInt(3, id % 100);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        DataSource raw = database.dataSource();
        switch (implementation) {
            case "raw" -> dataSource = raw;
            case "analyzer" -> dataSource = QueryAnalyzer.create().wrap(raw);
            case "filter" -> {
                QueryAnalyzer analyzer = QueryAnalyzer.create();
                filter = new AnalysisFilter(analyzer);
                dataSource = analyzer.wrap(raw);
            }
            case "production" -> {
                QueryAnalyzer analyzer = QueryAnalyzer.create();
                LeanJdbcMetrics.bind(analyzer, new SimpleMeterRegistry());
                monitor = MemoryPressureMonitor.builder(analyzer).start();
                filter = AnalysisFilter.builder(analyzer)
                        .budget(ScopeBudget.unlimited()
                                .withMaxStatements(1_000)
                                .withMaxRowsRead(100_000)
                                .withAction(BudgetAction.THROW))
                        .build();
                dataSource = analyzer.wrap(raw);
            }
            default -> throw new IllegalArgumentException("unknown implementation '" + implementation + "'");
        }
        request = RequestFixture.request("GET", "/items/42");
        response = RequestFixture.response();
        chain = (req, resp) -> {
            try {
                runLookups();
            } catch (SQLException e) {
                throw new ServletException(e);
            }
        };
    }

    @TearDown(Level.Trial)
    public void close() {
        if (monitor != null) {
            monitor.close();
        }
        database.close();
    }

    @Benchmark
    public String request() throws IOException, ServletException, SQLException {
        if (filter == null) {
            runLookups();
        } else {
            filter.doFilter(request, response, chain);
        }
        return lastName;
    }

    private void runLookups() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(PK_LOOKUP_SQL)) {
            for (int i = 0; i < lookups; i++) {
                long id = nextId % ROWS + 1;
                nextId = id;
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no item with id " + id);
                    }
                    lastName = rs.getString(2);
                }
            }
        }
    }
}
