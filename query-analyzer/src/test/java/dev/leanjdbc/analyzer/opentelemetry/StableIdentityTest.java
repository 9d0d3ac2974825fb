package dev.leanjdbc.analyzer.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.internal.otel.SpanNames;
import dev.leanjdbc.analyzer.internal.sql.SqlShape;
import dev.leanjdbc.testing.ForkedJvm;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A finding's and a fingerprint's identity, as they arrive in a backend, are the same in two processes
 * (a backend merges a fleet by them); the bind-value hashes are keyed per analyzer and differ.
 */
class StableIdentityTest {

    @Test
    void findingAndFingerprintIdsAreTheSameInAnotherJvmAndBindHashesAreNot() throws Exception {
        Map<String, String> here = identities();
        ForkedJvm.Result r = ForkedJvm.main(Child.class).maxHeap("128m").run();
        assertThat(r.exitCode()).as(r.output()).isZero();
        Map<String, String> there = parse(r.output());

        assertThat(there).containsKeys("finding.id", "fingerprint.id", "metric.fingerprint.id", "parameterHash");
        assertThat(there.get("finding.id")).isEqualTo(here.get("finding.id")).matches("[0-9a-f]{16}");
        assertThat(there.get("fingerprint.id")).isEqualTo(here.get("fingerprint.id"));
        assertThat(there.get("metric.fingerprint.id")).isEqualTo(here.get("metric.fingerprint.id"));
        assertThat(there.get("parameterHash"))
                .as("bind-value hashes are keyed with a secret per analyzer: never comparable across processes")
                .isNotEqualTo(here.get("parameterHash"));
    }

    /** Runs an N+1 on in-memory H2 with the SDK's in-memory exporters and reads the ids off what they got. */
    static Map<String, String> identities() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:identity" + ProcessHandle.current().pid() + ";DB_CLOSE_DELAY=-1");
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        Map<String, String> ids = new LinkedHashMap<>();
        try (OtelFixture otel = new OtelFixture();
                LeanJdbcTelemetry telemetry = LeanJdbcTelemetry.bind(analyzer, otel.sdk)) {
            javax.sql.DataSource raw = h2;
            LeanJdbcTelemetryTest.schema(raw);
            Span server = otel.sdk.getTracer("test").spanBuilder("GET /orders").startSpan();
            AnalysisScope scope = analyzer.scope("GET /orders");
            try (Scope ignored = server.makeCurrent()) {
                try (scope) {
                    LeanJdbcTelemetryTest.ordersWithCustomers(analyzer.wrap(raw));
                }
            } finally {
                server.end();
            }
            SpanData span = LeanJdbcTelemetryTest.single(otel.spans.getFinishedSpanItems());
            Attributes event = LeanJdbcTelemetryTest.findingEvents(span).get(0).getAttributes();
            ids.put("finding.id", event.get(SpanNames.FINDING_ID));
            ids.put("fingerprint.id", event.get(SpanNames.FINGERPRINT_ID));
            Finding finding = scope.report().findings().get(0);
            ids.put("finding.id.api", finding.id());
            // The documented formula, reproducible outside Java: FNV-1a 64 over "type NUL class NUL method NUL
            // fingerprint" in UTF-8, 16 hex digits.
            String text = finding.type() + "\u0000" + finding.callSite().className() + "\u0000"
                    + finding.callSite().methodName() + "\u0000" + finding.fingerprint();
            if (!finding.id().equals(String.format("%016x", SqlShape.fnv1a64Utf8(text)))) {
                throw new AssertionError("Finding.id() " + finding.id() + " is not the hash of " + text);
            }
            ids.put(
                    "metric.fingerprint.id",
                    OtelFixture.metric(otel.metrics.collectAllMetrics(), "leanjdbc.statement.time")
                            .getHistogramData()
                            .getPoints()
                            .stream()
                            .filter(p -> finding.fingerprint()
                                    .equals(p.getAttributes().get(AttributeKey.stringKey("fingerprint"))))
                            .findFirst()
                            .orElseThrow()
                            .getAttributes()
                            .get(AttributeKey.stringKey("fingerprint.id")));
            StatementEvent lookup = scope.report().events().stream()
                    .filter(e -> e.fingerprintId() == finding.fingerprintId())
                    .findFirst()
                    .orElseThrow();
            ids.put("parameterHash", Long.toHexString(lookup.parameterHash()));
        }
        return ids;
    }

    private static final Pattern LINE = Pattern.compile("^id (\\S+)=(\\S+)$", Pattern.MULTILINE);

    static Map<String, String> parse(String output) {
        Map<String, String> ids = new LinkedHashMap<>();
        Matcher m = LINE.matcher(output);
        while (m.find()) {
            ids.put(m.group(1), m.group(2));
        }
        return ids;
    }

    /** The other process. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            identities().forEach((k, v) -> System.out.println("id " + k + "=" + v));
        }
    }
}
