package dev.leanjdbc.analyzer.internal.otel;

import dev.leanjdbc.analyzer.AnalyzerListener;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableLongCounter;
import java.util.List;

/**
 * The analyzer's meters as OpenTelemetry instruments: the names, units and attribute keys of the Micrometer
 * meters ({@code dev.leanjdbc.analyzer.micrometer.LeanJdbcMetrics}), so a dashboard reads either. Durations
 * are histograms in seconds. Attribute sets are made once (per kind, outcome, type; per tagged fingerprint
 * and scope name), so recording allocates nothing.
 */
public final class OtelMeters implements AnalyzerListener, AutoCloseable {

    static final AttributeKey<String> KIND = AttributeKey.stringKey("kind");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("outcome");
    static final AttributeKey<String> TYPE = AttributeKey.stringKey("type");
    static final AttributeKey<String> FINGERPRINT = AttributeKey.stringKey("fingerprint");
    static final AttributeKey<String> FINGERPRINT_ID = AttributeKey.stringKey("fingerprint.id");
    static final AttributeKey<String> SCOPE = AttributeKey.stringKey("scope");

    private static final double NANOS_PER_SECOND = 1e9;

    private final LongCounter statements;
    private final Attributes[] succeeded;
    private final Attributes[] failed;
    private final LongCounter rows;
    private final LongCounter findings;
    private final Attributes[] types;
    private final DoubleHistogram statementTime;
    private final DoubleHistogram scopeDuration;
    private final TopAttributes fingerprints;
    private final TopAttributes scopes;
    private final ObservableLongCounter failures;

    public OtelMeters(QueryAnalyzer analyzer, Meter meter, Attributes common, int topFingerprints, int topScopes) {
        statements = meter.counterBuilder("leanjdbc.statements")
                .setDescription("Statements executed")
                .setUnit("{statement}")
                .build();
        StatementKind[] kinds = StatementKind.values();
        succeeded = new Attributes[kinds.length];
        failed = new Attributes[kinds.length];
        for (StatementKind k : kinds) {
            succeeded[k.ordinal()] = common.toBuilder()
                    .put(KIND, k.name())
                    .put(OUTCOME, "success")
                    .build();
            failed[k.ordinal()] = common.toBuilder()
                    .put(KIND, k.name())
                    .put(OUTCOME, "failed")
                    .build();
        }
        rows = meter.counterBuilder("leanjdbc.rows.read")
                .setDescription("Rows the application moved to in results")
                .setUnit("{row}")
                .build();
        findings = meter.counterBuilder("leanjdbc.findings")
                .setDescription("Findings (not suppressed) of closed scopes")
                .setUnit("{finding}")
                .build();
        FindingType[] all = FindingType.values();
        types = new Attributes[all.length];
        for (FindingType t : all) {
            types[t.ordinal()] = common.toBuilder().put(TYPE, t.name()).build();
        }
        statementTime = meter.histogramBuilder("leanjdbc.statement.time")
                .setDescription("Time from execute to result closed, by fingerprint (the first ones seen; the rest"
                        + " as other)")
                .setUnit("s")
                .build();
        scopeDuration = meter.histogramBuilder("leanjdbc.scope.duration")
                .setDescription(
                        "Time from opening to closing a scope, by name (the first ones seen; the rest as" + " other)")
                .setUnit("s")
                .build();
        fingerprints = new TopAttributes(common, FINGERPRINT, FINGERPRINT_ID, topFingerprints);
        scopes = new TopAttributes(common, SCOPE, null, topScopes);
        Attributes failureAttributes = common;
        failures = meter.counterBuilder("leanjdbc.analyzer.failures")
                .setDescription("Exceptions inside the analyzer, caught so the application went on (fail-open)")
                .setUnit("{failure}")
                .buildWithCallback(m -> m.record(analyzer.caughtFailures(), failureAttributes));
        this.commonRows = common;
    }

    private final Attributes commonRows;

    @Override
    public void onStatement(StatementEvent e) {
        int kind = e.kind().ordinal();
        statements.add(1, e.failed() ? failed[kind] : succeeded[kind]);
        long r = e.rowsRead();
        if (r > 0) {
            rows.add(r, commonRows);
        }
        statementTime.record(e.totalNanos() / NANOS_PER_SECOND, fingerprints.of(e.fingerprint()));
    }

    @Override
    public void onScopeClosed(Report report) {
        scopeDuration.record(report.durationNanos() / NANOS_PER_SECOND, scopes.of(report.name()));
        List<Finding> found = report.findings();
        for (int i = 0; i < found.size(); i++) {
            Finding f = found.get(i);
            if (!f.suppressed()) {
                findings.add(1, types[f.type().ordinal()]);
            }
        }
    }

    /** Fingerprints with attribute values of their own, for tests. */
    public int taggedFingerprints() {
        return fingerprints.size();
    }

    /** Stops the failure counter's callback; the other instruments are fed only while listening. */
    @Override
    public void close() {
        failures.close();
    }
}
