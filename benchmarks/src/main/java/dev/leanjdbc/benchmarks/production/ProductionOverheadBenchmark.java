package dev.leanjdbc.benchmarks.production;

import dev.leanjdbc.analyzer.BudgetAction;
import dev.leanjdbc.analyzer.MemoryPressureMonitor;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.ScopeBudget;
import dev.leanjdbc.analyzer.micrometer.LeanJdbcMetrics;
import dev.leanjdbc.analyzer.opentelemetry.LeanJdbcTelemetry;
import dev.leanjdbc.analyzer.servlet.AnalysisFilter;
import dev.leanjdbc.benchmarks.bulk.BenchDatabases;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
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
import java.time.Duration;
import java.util.Collection;
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
 *       SimpleMeterRegistry} and a {@link MemoryPressureMonitor} started;
 *   <li>{@code production-otel-span}: {@code production} inside a server span of an OpenTelemetry SDK per
 *       request (sampled, with the two request attributes HTTP instrumentation sets at start, a simple span processor with a no-op exporter; a meter provider with a periodic
 *       reader and a no-op exporter), the analyzer not bound to it: what OpenTelemetry itself costs;
 *   <li>{@code production-otel}: the same with {@link LeanJdbcTelemetry} bound (findings and totals on the
 *       span, the instruments fed). The difference to {@code production-otel-span} is the integration's cost.
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
    private static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> HTTP_ROUTE = AttributeKey.stringKey("http.route");

    static final String PK_LOOKUP_SQL = "select id, name, quantity from item where id = ?";

    @Param({"raw", "analyzer", "filter", "production", "production-otel-span", "production-otel"})
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
    private OpenTelemetrySdk openTelemetry;
    private Tracer tracer;
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
            case "production", "production-otel-span", "production-otel" -> {
                QueryAnalyzer analyzer = QueryAnalyzer.create();
                if (!implementation.equals("production")) {
                    openTelemetry = noOpExportingSdk();
                    tracer = openTelemetry.getTracer("benchmark");
                    if (implementation.equals("production-otel")) {
                        LeanJdbcTelemetry.bind(analyzer, openTelemetry);
                    }
                }
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
        if (openTelemetry != null) {
            openTelemetry.close();
        }
        database.close();
    }

    @Benchmark
    public String request() throws IOException, ServletException, SQLException {
        if (filter == null) {
            runLookups();
        } else if (tracer == null) {
            filter.doFilter(request, response, chain);
        } else {
            // As HTTP server instrumentation makes it: a sampled server span with its request attributes.
            Span server = tracer.spanBuilder("GET /items/{id}")
                    .setSpanKind(SpanKind.SERVER)
                    .setAttribute(HTTP_REQUEST_METHOD, "GET")
                    .setAttribute(HTTP_ROUTE, "/items/{id}")
                    .startSpan();
            try (io.opentelemetry.context.Scope ignored = server.makeCurrent()) {
                filter.doFilter(request, response, chain);
            } finally {
                server.end();
            }
        }
        return lastName;
    }

    /** An SDK that samples every span and records every measurement, and exports them nowhere. */
    static OpenTelemetrySdk noOpExportingSdk() {
        SpanExporter spans = new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> batch) {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
        MetricExporter metrics = new MetricExporter() {
            @Override
            public CompletableResultCode export(Collection<MetricData> batch) {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public AggregationTemporality getAggregationTemporality(InstrumentType type) {
                return AggregationTemporality.CUMULATIVE;
            }
        };
        return OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder()
                        .addSpanProcessor(SimpleSpanProcessor.create(spans))
                        .build())
                .setMeterProvider(SdkMeterProvider.builder()
                        .registerMetricReader(PeriodicMetricReader.builder(metrics)
                                .setInterval(Duration.ofSeconds(60))
                                .build())
                        .build())
                .build();
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
