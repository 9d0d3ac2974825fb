package dev.leanjdbc.analyzer.opentelemetry;

import dev.leanjdbc.analyzer.AnalyzerListener;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.internal.otel.OtelMeters;
import dev.leanjdbc.analyzer.internal.otel.SpanFindings;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import java.util.Objects;

/**
 * What the analyzer finds, sent where a fleet already looks: on the request's span and as OpenTelemetry
 * metrics. Binding is one line; no span is created, the application's (or the agent's) spans are used:
 *
 * <pre>{@code
 * LeanJdbcTelemetry.bind(analyzer, openTelemetry);                 // spans and metrics
 * LeanJdbcTelemetry.bind(analyzer, GlobalOpenTelemetry.get(), LeanJdbcTelemetry.Options.defaults().withMetrics(false));
 * }</pre>
 *
 * <h2>On spans</h2>
 *
 * When a scope closes (with {@code AnalysisFilter}: at the end of the request), the span current on that
 * thread — the server span of the request — gets, if it is recording:
 *
 * <ul>
 *   <li>attributes {@code leanjdbc.scope} (the scope's name), {@code leanjdbc.statements}, {@code
 *       leanjdbc.statements.select} (and {@code .insert}, {@code .update}, … for each kind that ran), {@code
 *       leanjdbc.rows.read}, {@code leanjdbc.rows.changed} (when DML changed rows), {@code
 *       leanjdbc.statements.failed}, {@code leanjdbc.findings} and {@code leanjdbc.findings.dropped};
 *   <li>one event {@code leanjdbc.finding} per finding that is not suppressed (at most {@link
 *       Options#maxFindingEvents}, default 20), with {@code leanjdbc.finding.type}, {@code
 *       leanjdbc.finding.severity}, {@code leanjdbc.finding.id} ({@link Finding#id()}), {@code
 *       leanjdbc.fingerprint.id}, {@code db.query.text} (the fingerprint: literals replaced by {@code ?}),
 *       {@code leanjdbc.finding.executions}, {@code leanjdbc.finding.rows}, {@code leanjdbc.finding.fix} (the
 *       fix's first line), and the call site as {@code code.function.name}, {@code code.file.path} and {@code
 *       code.line.number}.
 * </ul>
 *
 * Per statement, when the current span at the statement's completion is a recording JDBC client span of
 * OpenTelemetry's own instrumentation (kind {@code CLIENT} with {@code db.system.name}; readable with the SDK
 * in the application's class loader), it gets {@code db.response.returned_rows} and, for DML, {@code
 * leanjdbc.rows.changed}. That span must wrap the analyzer's (the analyzer's DataSource inside OpenTelemetry's);
 * a query's span has usually ended by the time its rows are read, so mostly DML gets them — the scope's
 * totals carry the rows read.
 *
 * <h2>Metrics</h2>
 *
 * The meters of {@code LeanJdbcMetrics}, same names and attribute keys, as instruments of the meter {@code
 * dev.leanjdbc.analyzer}: counters {@code leanjdbc.statements} ({@code kind}, {@code outcome}), {@code
 * leanjdbc.rows.read}, {@code leanjdbc.findings} ({@code type}), {@code leanjdbc.analyzer.failures}; histograms
 * in seconds {@code leanjdbc.statement.time} ({@code fingerprint}, {@code fingerprint.id}) and {@code
 * leanjdbc.scope.duration} ({@code scope}). Bounded: the first {@link Options#topFingerprints} fingerprints
 * (default 20) and {@link Options#topScopes} scope names (default 50) get a value of their own, all later
 * ones {@code other}.
 *
 * <p><b>Fail-open.</b> Everything runs as an {@link AnalyzerListener}: an exception is caught, counted in
 * {@link QueryAnalyzer#caughtFailures()} and never reaches the application's JDBC call. Export itself happens
 * in the SDK's processors, outside the JDBC call.
 */
public final class LeanJdbcTelemetry implements AutoCloseable {

    /** The instrumentation scope name of the tracer and meter. */
    public static final String INSTRUMENTATION_NAME = "dev.leanjdbc.analyzer";

    private final AnalyzerListener.Registration spans;
    private final AnalyzerListener.Registration metrics;
    private final OtelMeters meters;

    private LeanJdbcTelemetry(
            AnalyzerListener.Registration spans, AnalyzerListener.Registration metrics, OtelMeters meters) {
        this.spans = spans;
        this.metrics = metrics;
        this.meters = meters;
    }

    /** Spans and metrics with the default options. */
    public static LeanJdbcTelemetry bind(QueryAnalyzer analyzer, OpenTelemetry openTelemetry) {
        return bind(analyzer, openTelemetry, Options.defaults());
    }

    /** Starts adding to spans and feeding the instruments; {@link #close()} stops both. */
    public static LeanJdbcTelemetry bind(QueryAnalyzer analyzer, OpenTelemetry openTelemetry, Options options) {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(openTelemetry, "openTelemetry");
        Objects.requireNonNull(options, "options");
        AnalyzerListener.Registration spans = options.traces
                ? analyzer.addListener(new SpanFindings(options.maxFindingEvents, options.statementRows))
                : null;
        OtelMeters meters = null;
        AnalyzerListener.Registration metrics = null;
        if (options.metrics) {
            meters = new OtelMeters(
                    analyzer,
                    openTelemetry.getMeter(INSTRUMENTATION_NAME),
                    options.attributes,
                    options.topFingerprints,
                    options.topScopes);
            metrics = analyzer.addListener(meters);
        }
        return new LeanJdbcTelemetry(spans, metrics, meters);
    }

    /** Fingerprints currently recorded under an attribute value of their own (at most {@code topFingerprints}). */
    public int taggedFingerprints() {
        return meters == null ? 0 : meters.taggedFingerprints();
    }

    /** Stops adding to spans and feeding the instruments. */
    @Override
    public void close() {
        if (spans != null) {
            spans.close();
        }
        if (metrics != null) {
            metrics.close();
            meters.close();
        }
    }

    /**
     * Options of {@link #bind}: {@code Options.defaults().withTopFingerprints(50)}. Immutable; each {@code withX}
     * step returns a copy.
     */
    public static final class Options {

        private static final Options DEFAULTS = new Options(true, true, true, 20, 20, 50, Attributes.empty());

        private final boolean traces;
        private final boolean metrics;
        private final boolean statementRows;
        private final int maxFindingEvents;
        private final int topFingerprints;
        private final int topScopes;
        private final Attributes attributes;

        private Options(
                boolean traces,
                boolean metrics,
                boolean statementRows,
                int maxFindingEvents,
                int topFingerprints,
                int topScopes,
                Attributes attributes) {
            this.traces = traces;
            this.metrics = metrics;
            this.statementRows = statementRows;
            this.maxFindingEvents = maxFindingEvents;
            this.topFingerprints = topFingerprints;
            this.topScopes = topScopes;
            this.attributes = attributes;
        }

        /** Spans and metrics, rows on JDBC client spans, 20 finding events, 20 fingerprints, 50 scope names. */
        public static Options defaults() {
            return DEFAULTS;
        }

        /** Whether scopes' findings and totals go on the current span (default true). */
        public Options withTraces(boolean on) {
            return new Options(on, metrics, statementRows, maxFindingEvents, topFingerprints, topScopes, attributes);
        }

        /** Whether the instruments are fed (default true). */
        public Options withMetrics(boolean on) {
            return new Options(traces, on, statementRows, maxFindingEvents, topFingerprints, topScopes, attributes);
        }

        /** Whether rows go on JDBC client spans of OpenTelemetry's instrumentation (default true). */
        public Options withStatementRows(boolean on) {
            return new Options(traces, metrics, on, maxFindingEvents, topFingerprints, topScopes, attributes);
        }

        /** Finding events per span at most (0 to 128, the SDK's default event limit; default 20). */
        public Options withMaxFindingEvents(int n) {
            return new Options(
                    traces,
                    metrics,
                    statementRows,
                    range("maxFindingEvents", n, 128, "it bounds the events on one span"),
                    topFingerprints,
                    topScopes,
                    attributes);
        }

        /** Fingerprints with a {@code leanjdbc.statement.time} value of their own (0 to 1,000, default 20). */
        public Options withTopFingerprints(int n) {
            return new Options(
                    traces,
                    metrics,
                    statementRows,
                    maxFindingEvents,
                    range("topFingerprints", n, 1_000, "it bounds the attribute's values"),
                    topScopes,
                    attributes);
        }

        /** Scope names with a {@code leanjdbc.scope.duration} value of their own (0 to 1,000, default 50). */
        public Options withTopScopes(int n) {
            return new Options(
                    traces,
                    metrics,
                    statementRows,
                    maxFindingEvents,
                    topFingerprints,
                    range("topScopes", n, 1_000, "it bounds the attribute's values"),
                    attributes);
        }

        /** Attributes added to every measurement, e.g. {@code Attributes.of(stringKey("datasource"), "orders")}. */
        public Options withAttributes(Attributes attributes) {
            return new Options(
                    traces,
                    metrics,
                    statementRows,
                    maxFindingEvents,
                    topFingerprints,
                    topScopes,
                    Objects.requireNonNull(attributes, "attributes"));
        }

        public boolean traces() {
            return traces;
        }

        public boolean metrics() {
            return metrics;
        }

        public boolean statementRows() {
            return statementRows;
        }

        public int maxFindingEvents() {
            return maxFindingEvents;
        }

        public int topFingerprints() {
            return topFingerprints;
        }

        public int topScopes() {
            return topScopes;
        }

        public Attributes attributes() {
            return attributes;
        }

        private static int range(String name, int n, int max, String why) {
            if (n < 0 || n > max) {
                throw new IllegalArgumentException(name + " must be between 0 and " + max + " (" + why + "), was " + n);
            }
            return n;
        }

        @Override
        public String toString() {
            return "LeanJdbcTelemetry.Options[traces=" + traces + ", metrics=" + metrics + ", statementRows="
                    + statementRows + ", maxFindingEvents=" + maxFindingEvents + ", topFingerprints="
                    + topFingerprints + ", topScopes=" + topScopes + ", attributes=" + attributes + "]";
        }
    }
}
