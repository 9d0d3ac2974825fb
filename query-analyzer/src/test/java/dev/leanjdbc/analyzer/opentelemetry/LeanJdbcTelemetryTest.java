package dev.leanjdbc.analyzer.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.internal.otel.SpanNames;
import dev.leanjdbc.testing.DbTest;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Findings and totals on spans, and the instruments, read back from the SDK's in-memory exporters. */
class LeanJdbcTelemetryTest {

    private static final int CUSTOMERS = 5;

    static void schema(DataSource raw) throws SQLException {
        try (Connection c = raw.getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table if not exists otel_customer (id int primary key, name varchar(20))");
            s.execute("create table if not exists otel_order (id int primary key, customer_id int)");
            s.execute("delete from otel_order");
            s.execute("delete from otel_customer");
            for (int i = 1; i <= CUSTOMERS; i++) {
                s.execute("insert into otel_customer values (" + i + ", 'c" + i + "')");
                s.execute("insert into otel_order values (" + i + ", " + i + ")");
            }
        }
    }

    /** The line of the lookup in {@link #ordersWithCustomers}: the finding's call site. */
    static int lookupLine;

    /** One request's work: the orders, then each order's customer (an N+1 of {@value #CUSTOMERS}). */
    static int ordersWithCustomers(DataSource ds) throws SQLException {
        int found = 0;
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet orders = s.executeQuery("select id, customer_id from otel_order order by id");
                PreparedStatement lookup = c.prepareStatement("select name from otel_customer where id = ?")) {
            while (orders.next()) {
                lookup.setInt(1, orders.getInt(2));
                lookupLine = new Throwable().getStackTrace()[0].getLineNumber() + 1;
                try (ResultSet rs = lookup.executeQuery()) {
                    found += rs.next() ? 1 : 0;
                }
            }
        }
        return found;
    }

    @DbTest
    void anNPlusOneIsOneSpanEventWithItsCallSiteAndTheScopeTotalsAreAttributes(DataSource raw) throws Exception {
        schema(raw);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        try (OtelFixture otel = new OtelFixture();
                LeanJdbcTelemetry telemetry = LeanJdbcTelemetry.bind(analyzer, otel.sdk)) {
            Tracer tracer = otel.sdk.getTracer("test");
            Span server = tracer.spanBuilder("GET /orders")
                    .setSpanKind(SpanKind.SERVER)
                    .startSpan();
            try (Scope ignored = server.makeCurrent();
                    AnalysisScope scope = analyzer.scope("GET /orders")) {
                assertThat(ordersWithCustomers(ds)).isEqualTo(CUSTOMERS);
            } finally {
                server.end();
            }

            SpanData span = single(otel.spans.getFinishedSpanItems());
            List<EventData> events = findingEvents(span);
            assertThat(events).hasSize(1);
            Attributes e = events.get(0).getAttributes();
            assertThat(e.get(SpanNames.FINDING_TYPE)).isEqualTo("N_PLUS_ONE");
            assertThat(e.get(SpanNames.FINDING_SEVERITY)).isNotBlank();
            assertThat(e.get(SpanNames.FINDING_EXECUTIONS)).isEqualTo(CUSTOMERS);
            assertThat(e.get(SpanNames.DB_QUERY_TEXT)).isEqualTo("select name from otel_customer where id = ?");
            assertThat(e.get(SpanNames.CODE_FUNCTION_NAME))
                    .isEqualTo(LeanJdbcTelemetryTest.class.getName() + ".ordersWithCustomers");
            assertThat(e.get(SpanNames.CODE_FILE_PATH)).isEqualTo("LeanJdbcTelemetryTest.java");
            assertThat(e.get(SpanNames.CODE_LINE_NUMBER)).isEqualTo(lookupLine);
            assertThat(e.get(SpanNames.FINDING_FIX)).isNotBlank().doesNotContain("\n");
            assertThat(e.get(SpanNames.FINDING_ID)).matches("[0-9a-f]{16}");
            assertThat(e.get(SpanNames.FINGERPRINT_ID)).matches("[0-9a-f]{16}");

            Attributes a = span.getAttributes();
            assertThat(a.get(SpanNames.SCOPE)).isEqualTo("GET /orders");
            assertThat(a.get(SpanNames.STATEMENTS)).isEqualTo(1 + CUSTOMERS);
            assertThat(a.get(AttributeKey.longKey("leanjdbc.statements.select")))
                    .isEqualTo(1 + CUSTOMERS);
            assertThat(a.get(AttributeKey.longKey("leanjdbc.statements.insert")))
                    .isNull();
            assertThat(a.get(SpanNames.ROWS_READ)).isEqualTo(2 * CUSTOMERS);
            assertThat(a.get(SpanNames.ROWS_CHANGED)).isNull();
            assertThat(a.get(SpanNames.FINDINGS)).isEqualTo(1);
            assertThat(a.get(SpanNames.FINDINGS_DROPPED)).isNull();

            Collection<MetricData> m = otel.metrics.collectAllMetrics();
            assertThat(OtelFixture.sum(m, "leanjdbc.findings", Map.of("type", "N_PLUS_ONE")))
                    .isEqualTo(1);
            assertThat(OtelFixture.sum(m, "leanjdbc.statements", Map.of("kind", "SELECT", "outcome", "success")))
                    .isEqualTo(1 + CUSTOMERS);
            assertThat(OtelFixture.sum(m, "leanjdbc.rows.read", Map.of())).isEqualTo(2 * CUSTOMERS);
            assertThat(OtelFixture.metric(m, "leanjdbc.statement.time").getUnit())
                    .isEqualTo("s");
            assertThat(analyzer.caughtFailures()).isZero();
        }
    }

    @DbTest
    void countsAreExactAtSixteenThreads(DataSource raw) throws Exception {
        schema(raw);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        int threads = 16;
        int requestsPerThread = 10;
        try (OtelFixture otel = new OtelFixture();
                LeanJdbcTelemetry telemetry = LeanJdbcTelemetry.bind(analyzer, otel.sdk)) {
            Tracer tracer = otel.sdk.getTracer("test");
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int r = 0; r < requestsPerThread; r++) {
                        Span server = tracer.spanBuilder("GET /orders")
                                .setSpanKind(SpanKind.SERVER)
                                .startSpan();
                        try (Scope ignored = server.makeCurrent();
                                AnalysisScope scope = analyzer.scope("GET /orders")) {
                            ordersWithCustomers(ds);
                        } finally {
                            server.end();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            int requests = threads * requestsPerThread;
            List<SpanData> spans = otel.spans.getFinishedSpanItems();
            assertThat(spans).hasSize(requests);
            for (SpanData s : spans) {
                assertThat(findingEvents(s)).as(s.toString()).hasSize(1);
                assertThat(s.getAttributes().get(SpanNames.STATEMENTS)).isEqualTo(1 + CUSTOMERS);
                assertThat(s.getAttributes().get(SpanNames.ROWS_READ)).isEqualTo(2 * CUSTOMERS);
            }
            Set<String> ids = spans.stream()
                    .map(s -> findingEvents(s).get(0).getAttributes().get(SpanNames.FINDING_ID))
                    .collect(Collectors.toSet());
            assertThat(ids).as("one finding identity for one line and shape").hasSize(1);

            Collection<MetricData> m = otel.metrics.collectAllMetrics();
            assertThat(OtelFixture.sum(m, "leanjdbc.statements", Map.of("kind", "SELECT", "outcome", "success")))
                    .isEqualTo((long) requests * (1 + CUSTOMERS));
            assertThat(OtelFixture.sum(m, "leanjdbc.rows.read", Map.of())).isEqualTo((long) requests * 2 * CUSTOMERS);
            assertThat(OtelFixture.sum(m, "leanjdbc.findings", Map.of("type", "N_PLUS_ONE")))
                    .isEqualTo(requests);
            HistogramPointData scopes = OtelFixture.metric(m, "leanjdbc.scope.duration")
                    .getHistogramData()
                    .getPoints()
                    .iterator()
                    .next();
            assertThat(scopes.getCount()).isEqualTo(requests);
            assertThat(scopes.getAttributes().get(AttributeKey.stringKey("scope")))
                    .isEqualTo("GET /orders");
            long lookups = OtelFixture.metric(m, "leanjdbc.statement.time").getHistogramData().getPoints().stream()
                    .filter(p -> "select name from otel_customer where id = ?"
                            .equals(p.getAttributes().get(AttributeKey.stringKey("fingerprint"))))
                    .mapToLong(HistogramPointData::getCount)
                    .sum();
            assertThat(lookups).isEqualTo((long) requests * CUSTOMERS);
            assertThat(analyzer.caughtFailures()).isZero();
        }
    }

    @DbTest
    void onlyTheFirstFingerprintsGetAnAttributeValueOfTheirOwn(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        try (OtelFixture otel = new OtelFixture();
                LeanJdbcTelemetry telemetry = LeanJdbcTelemetry.bind(
                        analyzer, otel.sdk, LeanJdbcTelemetry.Options.defaults().withTopFingerprints(3))) {
            try (Connection c = ds.getConnection();
                    Statement s = c.createStatement()) {
                for (int shape = 1; shape <= 40; shape++) {
                    try (ResultSet rs = s.executeQuery("select " + shape + " as v" + shape)) {
                        rs.next();
                    }
                }
            }
            List<HistogramPointData> points =
                    new ArrayList<>(OtelFixture.metric(otel.metrics.collectAllMetrics(), "leanjdbc.statement.time")
                            .getHistogramData()
                            .getPoints());
            Set<String> values = points.stream()
                    .map(p -> p.getAttributes().get(AttributeKey.stringKey("fingerprint")))
                    .collect(Collectors.toSet());
            assertThat(values).hasSize(4).contains("other");
            assertThat(telemetry.taggedFingerprints()).isEqualTo(3);
            assertThat(points.stream().mapToLong(HistogramPointData::getCount).sum())
                    .isEqualTo(40);
        }
    }

    @DbTest
    void rowsGoOnTheJdbcClientSpanThatWrapsTheAnalyzersCallAndNowhereElse(DataSource raw) throws Exception {
        schema(raw);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        try (OtelFixture otel = new OtelFixture();
                LeanJdbcTelemetry telemetry = LeanJdbcTelemetry.bind(analyzer, otel.sdk)) {
            Tracer tracer = otel.sdk.getTracer("test");
            try (Connection c = ds.getConnection();
                    PreparedStatement update = c.prepareStatement("update otel_customer set name = ? where id < ?");
                    Statement query = c.createStatement()) {
                // What OpenTelemetry's JDBC instrumentation does when it wraps the analyzer's DataSource (or
                // instruments its statements): a CLIENT span with db.system.name, current during the call.
                Span jdbc = clientSpan(tracer, "UPDATE otel_customer");
                try (Scope ignored = jdbc.makeCurrent()) {
                    update.setString(1, "x");
                    update.setInt(2, 4);
                    assertThat(update.executeUpdate()).isEqualTo(3);
                } finally {
                    jdbc.end();
                }
                // A query whose rows are read while its span is open (instrumentation that ends the span
                // when the result closes) gets the rows returned.
                Span read = clientSpan(tracer, "SELECT otel_customer");
                try (Scope ignored = read.makeCurrent();
                        ResultSet rs = query.executeQuery("select id from otel_customer")) {
                    while (rs.next()) {
                        // read them all
                    }
                } finally {
                    read.end();
                }
                // Not a JDBC client span (an application method's span): nothing goes on it.
                Span method = tracer.spanBuilder("OrderService.rename").startSpan();
                try (Scope ignored = method.makeCurrent()) {
                    update.setString(1, "y");
                    update.setInt(2, 2);
                    update.executeUpdate();
                } finally {
                    method.end();
                }
            }
            Map<String, SpanData> byName =
                    otel.spans.getFinishedSpanItems().stream().collect(Collectors.toMap(SpanData::getName, s -> s));
            assertThat(byName.get("UPDATE otel_customer").getAttributes().get(SpanNames.ROWS_CHANGED))
                    .isEqualTo(3);
            assertThat(byName.get("UPDATE otel_customer").getAttributes().get(SpanNames.DB_RESPONSE_RETURNED_ROWS))
                    .isNull();
            assertThat(byName.get("SELECT otel_customer").getAttributes().get(SpanNames.DB_RESPONSE_RETURNED_ROWS))
                    .isEqualTo(CUSTOMERS);
            assertThat(byName.get("OrderService.rename").getAttributes().asMap())
                    .isEmpty();
            assertThat(otel.spans.getFinishedSpanItems())
                    .as("no span of the analyzer's own")
                    .hasSize(3);
        }
    }

    private static Span clientSpan(Tracer tracer, String name) {
        return tracer.spanBuilder(name)
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("db.system.name", "other_sql")
                .startSpan();
    }

    @DbTest
    void aFailingSpanNeverBreaksTheJdbcCallOrTheScope(DataSource raw) throws Exception {
        schema(raw);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        try (OtelFixture otel = new OtelFixture();
                LeanJdbcTelemetry telemetry = LeanJdbcTelemetry.bind(analyzer, otel.sdk)) {
            Span broken = new ThrowingSpan(
                    otel.sdk.getTracer("test").spanBuilder("GET /broken").startSpan());
            AnalysisScope scope = analyzer.scope("GET /broken");
            try (Scope ignored = broken.makeCurrent()) {
                try (scope) {
                    assertThat(ordersWithCustomers(ds)).isEqualTo(CUSTOMERS);
                }
            }
            assertThat(scope.report().findings()).hasSize(1);
            assertThat(analyzer.caughtFailures()).isEqualTo(1);
        }
    }

    @Test
    void nothingGoesOnASpanThatIsNotRecordingAndNoSpanIsMade() throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        try (OtelFixture otel = new OtelFixture();
                LeanJdbcTelemetry telemetry = LeanJdbcTelemetry.bind(analyzer, otel.sdk)) {
            try (AnalysisScope scope = analyzer.scope("job")) {
                // no current span
            }
            assertThat(otel.spans.getFinishedSpanItems()).isEmpty();
            assertThat(analyzer.caughtFailures()).isZero();
        }
    }

    @Test
    void badOptionsAreRefusedWithTheValue() {
        assertThatThrownBy(() -> LeanJdbcTelemetry.Options.defaults().withMaxFindingEvents(129))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxFindingEvents must be between 0 and 128 (it bounds the events on one span), was 129");
        assertThatThrownBy(() -> LeanJdbcTelemetry.Options.defaults().withTopFingerprints(-1))
                .hasMessage("topFingerprints must be between 0 and 1000 (it bounds the attribute's values), was -1");
        assertThatThrownBy(() -> LeanJdbcTelemetry.Options.defaults().withTopScopes(1001))
                .hasMessage("topScopes must be between 0 and 1000 (it bounds the attribute's values), was 1001");
    }

    static List<EventData> findingEvents(SpanData span) {
        return span.getEvents().stream()
                .filter(e -> e.getName().equals(SpanNames.FINDING_EVENT))
                .toList();
    }

    static SpanData single(List<SpanData> spans) {
        assertThat(spans).hasSize(1);
        return spans.get(0);
    }
}
