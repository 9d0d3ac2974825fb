package dev.leanjdbc.analyzer.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.trace.v1.Span.Event;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * End to end: the SDK's OTLP/HTTP exporters send to a receiver on loopback (the JDK's HTTP server, decoding
 * the protobuf requests with OpenTelemetry's proto classes), as they would to a Collector.
 */
class OtlpExportTest {

    @Test
    void theFindingAndTheMetricsArriveOverOtlp() throws Exception {
        List<ExportTraceServiceRequest> traces = new CopyOnWriteArrayList<>();
        List<ExportMetricsServiceRequest> metrics = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/v1/traces", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                traces.add(ExportTraceServiceRequest.parseFrom(in.readAllBytes()));
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.createContext("/v1/metrics", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                metrics.add(ExportMetricsServiceRequest.parseFrom(in.readAllBytes()));
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
        OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder()
                        .setResource(Resource.getDefault().toBuilder()
                                .put("service.name", "shop")
                                .build())
                        .addSpanProcessor(BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder()
                                        .setEndpoint(base + "/v1/traces")
                                        .setTimeout(Duration.ofSeconds(10))
                                        .build())
                                .build())
                        .build())
                .setMeterProvider(SdkMeterProvider.builder()
                        .registerMetricReader(PeriodicMetricReader.builder(OtlpHttpMetricExporter.builder()
                                        .setEndpoint(base + "/v1/metrics")
                                        .build())
                                .setInterval(Duration.ofHours(1))
                                .build())
                        .build())
                .build();
        try {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:otlp;DB_CLOSE_DELAY=-1");
            DataSource raw = h2;
            LeanJdbcTelemetryTest.schema(raw);
            QueryAnalyzer analyzer = QueryAnalyzer.create();
            LeanJdbcTelemetry.bind(analyzer, sdk);
            Span server = sdk.getTracer("test")
                    .spanBuilder("GET /orders")
                    .setSpanKind(SpanKind.SERVER)
                    .startSpan();
            try (Scope ignored = server.makeCurrent();
                    AnalysisScope scope = analyzer.scope("GET /orders")) {
                LeanJdbcTelemetryTest.ordersWithCustomers(analyzer.wrap(raw));
            } finally {
                server.end();
            }
            CompletableResultCode flushed = CompletableResultCode.ofAll(List.of(
                    sdk.getSdkTracerProvider().forceFlush(),
                    sdk.getSdkMeterProvider().forceFlush()));
            assertThat(flushed.join(30, TimeUnit.SECONDS).isSuccess()).isTrue();
        } finally {
            sdk.close();
            receiver.stop(0);
        }

        List<io.opentelemetry.proto.trace.v1.Span> spans = traces.stream()
                .flatMap(r -> r.getResourceSpansList().stream())
                .flatMap(rs -> rs.getScopeSpansList().stream())
                .flatMap(ss -> ss.getSpansList().stream())
                .toList();
        assertThat(spans).hasSize(1);
        io.opentelemetry.proto.trace.v1.Span span = spans.get(0);
        assertThat(span.getName()).isEqualTo("GET /orders");
        assertThat(attributes(span.getAttributesList()))
                .containsEntry("leanjdbc.statements", "6")
                .containsEntry("leanjdbc.rows.read", "10")
                .containsEntry("leanjdbc.findings", "1");
        List<Event> events = span.getEventsList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getName()).isEqualTo("leanjdbc.finding");
        assertThat(attributes(events.get(0).getAttributesList()))
                .containsEntry("leanjdbc.finding.type", "N_PLUS_ONE")
                .containsEntry("code.function.name", LeanJdbcTelemetryTest.class.getName() + ".ordersWithCustomers")
                .containsEntry("code.line.number", String.valueOf(LeanJdbcTelemetryTest.lookupLine))
                .containsEntry("db.query.text", "select name from otel_customer where id = ?")
                .containsKey("leanjdbc.finding.id")
                .containsKey("leanjdbc.finding.fix");

        Map<String, Metric> byName = metrics.stream()
                .flatMap(r -> r.getResourceMetricsList().stream())
                .flatMap(rm -> rm.getScopeMetricsList().stream())
                .filter(sm -> sm.getScope().getName().equals(LeanJdbcTelemetry.INSTRUMENTATION_NAME))
                .flatMap(sm -> sm.getMetricsList().stream())
                .collect(Collectors.toMap(Metric::getName, m -> m, (a, b) -> a));
        assertThat(byName)
                .containsKeys(
                        "leanjdbc.statements",
                        "leanjdbc.rows.read",
                        "leanjdbc.findings",
                        "leanjdbc.statement.time",
                        "leanjdbc.scope.duration",
                        "leanjdbc.analyzer.failures");
        assertThat(byName.get("leanjdbc.findings").getSum().getDataPoints(0).getAsInt())
                .isEqualTo(1);
        assertThat(byName.get("leanjdbc.scope.duration").getUnit()).isEqualTo("s");
    }

    private static Map<String, String> attributes(List<KeyValue> list) {
        return list.stream().collect(Collectors.toMap(KeyValue::getKey, kv -> {
            var v = kv.getValue();
            return v.hasIntValue() ? String.valueOf(v.getIntValue()) : v.getStringValue();
        }));
    }
}
