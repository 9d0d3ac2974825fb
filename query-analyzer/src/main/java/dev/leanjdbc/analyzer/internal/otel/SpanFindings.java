package dev.leanjdbc.analyzer.internal.otel;

import dev.leanjdbc.analyzer.AnalyzerListener;
import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import java.util.List;

/**
 * Puts what a scope found on the span that is current when it closes: its totals as attributes, each
 * finding (not suppressed) as one {@value SpanNames#FINDING_EVENT} event, at most {@code maxEvents} of them.
 * Per statement, rows go on a still-recording JDBC client span of OpenTelemetry's own instrumentation (see
 * {@link JdbcSpans}); no span is ever created here.
 *
 * <p>Runs on the application's thread as an {@link AnalyzerListener}: whatever it throws is caught by the
 * analyzer (fail-open) and never reaches the JDBC call.
 */
public final class SpanFindings implements AnalyzerListener {

    /** Longest fingerprint on an event; longer SQL is cut (the fingerprint id still names all of it). */
    static final int MAX_TEXT = 1_000;

    /** Longest fix line on an event. */
    static final int MAX_FIX = 300;

    private static final StatementKind[] KINDS = StatementKind.values();

    private final int maxEvents;
    private final boolean statementRows;

    public SpanFindings(int maxEvents, boolean statementRows) {
        this.maxEvents = maxEvents;
        this.statementRows = statementRows;
    }

    @Override
    public void onStatement(StatementEvent e) {
        if (!statementRows) {
            return;
        }
        Span span = Span.current();
        if (!span.isRecording() || !JdbcSpans.isJdbcClientSpan(span)) {
            return;
        }
        if (e.kind() == StatementKind.SELECT || e.rowsRead() > 0) {
            span.setAttribute(SpanNames.DB_RESPONSE_RETURNED_ROWS, e.rowsRead());
        }
        if (e.updateCount() >= 0) {
            span.setAttribute(SpanNames.ROWS_CHANGED, e.updateCount());
        }
    }

    @Override
    public void onScopeClosed(Report report) {
        Span span = Span.current();
        if (!span.isRecording()) {
            return;
        }
        span.setAttribute(SpanNames.SCOPE, report.name());
        span.setAttribute(SpanNames.STATEMENTS, report.statementCount());
        for (StatementKind k : KINDS) {
            long n = report.count(k);
            if (n > 0) {
                span.setAttribute(SpanNames.statements(k), n);
            }
        }
        span.setAttribute(SpanNames.ROWS_READ, report.rowsRead());
        if (report.updateCount() > 0) {
            span.setAttribute(SpanNames.ROWS_CHANGED, report.updateCount());
        }
        if (report.failedCount() > 0) {
            span.setAttribute(SpanNames.FAILED, report.failedCount());
        }
        List<Finding> findings = report.findings();
        if (findings.isEmpty()) {
            return;
        }
        int shown = 0;
        int total = 0;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.suppressed()) {
                continue;
            }
            total++;
            if (shown < maxEvents) {
                span.addEvent(SpanNames.FINDING_EVENT, cachedAttributes(f));
                shown++;
            }
        }
        if (total > 0) {
            span.setAttribute(SpanNames.FINDINGS, total);
        }
        if (total > shown) {
            span.setAttribute(SpanNames.FINDINGS_DROPPED, total - shown);
        }
    }

    /** Slots of the event-attribute cache (a power of two). */
    static final int CACHE_SLOTS = 256;

    /**
     * The events' attributes, direct-mapped by finding id: a request that repeats yesterday's N+1 (same
     * finding, same N, same line) adds it without building a string. Racy by design: a slot is one immutable
     * entry, replaced whole; a miss only costs the build.
     */
    private final Cached[] cache = new Cached[CACHE_SLOTS];

    private record Cached(
            long id,
            String fingerprint,
            dev.leanjdbc.analyzer.Severity severity,
            long executions,
            long rows,
            CallSite site,
            String fix,
            Attributes attributes) {

        boolean matches(long id, Finding f) {
            return this.id == id
                    && executions == f.executions()
                    && rows == f.rows()
                    && severity == f.severity()
                    && fingerprint.equals(f.fingerprint())
                    && site.equals(f.callSite())
                    && fix.equals(f.suggestedFix());
        }
    }

    Attributes cachedAttributes(Finding f) {
        long id = ApiAccess.findingIdHash(f);
        int slot = (int) (id ^ (id >>> 32) ^ f.executions() * 0x9E3779B9L) & (CACHE_SLOTS - 1);
        Cached c = cache[slot];
        if (c != null && c.matches(id, f)) {
            return c.attributes;
        }
        Attributes a = attributes(f);
        cache[slot] = new Cached(
                id, f.fingerprint(), f.severity(), f.executions(), f.rows(), f.callSite(), f.suggestedFix(), a);
        return a;
    }

    /** The attributes of one finding's event. */
    static Attributes attributes(Finding f) {
        AttributesBuilder b = Attributes.builder()
                .put(SpanNames.FINDING_TYPE, f.type().name())
                .put(SpanNames.FINDING_SEVERITY, f.severity().name())
                .put(SpanNames.FINDING_ID, f.id())
                .put(SpanNames.FINGERPRINT_ID, SpanNames.hex16(f.fingerprintId()))
                .put(SpanNames.DB_QUERY_TEXT, cut(f.fingerprint(), MAX_TEXT))
                .put(SpanNames.FINDING_EXECUTIONS, f.executions())
                .put(SpanNames.FINDING_FIX, cut(firstLine(f.suggestedFix()), MAX_FIX));
        if (f.rows() > 0) {
            b.put(SpanNames.FINDING_ROWS, f.rows());
        }
        CallSite site = f.callSite();
        if (site.isCaptured()) {
            b.put(SpanNames.CODE_FUNCTION_NAME, site.className() + "." + site.methodName());
            if (site.fileName() != null) {
                b.put(SpanNames.CODE_FILE_PATH, site.fileName());
            }
            if (site.lineNumber() > 0) {
                b.put(SpanNames.CODE_LINE_NUMBER, (long) site.lineNumber());
            }
        }
        return b.build();
    }

    static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
