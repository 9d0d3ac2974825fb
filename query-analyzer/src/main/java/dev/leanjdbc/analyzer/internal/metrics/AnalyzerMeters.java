package dev.leanjdbc.analyzer.internal.metrics;

import dev.leanjdbc.analyzer.AnalyzerListener;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.List;

/** The meters of one analyzer in one registry, fed as an {@link AnalyzerListener}. Names: see the public binder. */
public final class AnalyzerMeters implements AnalyzerListener {

    /** Tag of a short stable id beside each fingerprint text: {@code ?tag=fingerprint.id:1a2b3c4d5e6f}. */
    public static final String FINGERPRINT_ID_TAG = "fingerprint.id";

    /** The {@value #FINGERPRINT_ID_TAG} value of a fingerprint as it appears in the {@code fingerprint} tag. */
    public static String fingerprintId(String fingerprint) {
        return TagIds.fingerprintId(fingerprint);
    }

    /** Longest fingerprint tag value; longer SQL is cut (two shapes may then share a timer). */
    public static final int MAX_FINGERPRINT_TAG = TagIds.MAX_FINGERPRINT_TAG;

    private final Counter[] statements;
    private final Counter[] failed;
    private final Counter rows;
    private final Counter[] findings;
    private final TopTimers fingerprintTimers;
    private final TopTimers scopeTimers;

    public AnalyzerMeters(
            QueryAnalyzer analyzer, MeterRegistry registry, Tags tags, int topFingerprints, int topScopes) {
        StatementKind[] kinds = StatementKind.values();
        statements = new Counter[kinds.length];
        failed = new Counter[kinds.length];
        for (StatementKind k : kinds) {
            statements[k.ordinal()] = statements(registry, tags, k, "success");
            failed[k.ordinal()] = statements(registry, tags, k, "failed");
        }
        rows = Counter.builder("leanjdbc.rows.read")
                .description("Rows the application moved to in results")
                .baseUnit("rows")
                .tags(tags)
                .register(registry);
        FindingType[] types = FindingType.values();
        findings = new Counter[types.length];
        for (FindingType t : types) {
            findings[t.ordinal()] = Counter.builder("leanjdbc.findings")
                    .description("Findings (not suppressed) of closed scopes")
                    .tags(tags)
                    .tag("type", t.name())
                    .register(registry);
        }
        FunctionCounter.builder("leanjdbc.analyzer.failures", analyzer, QueryAnalyzer::caughtFailures)
                .description("Exceptions inside the analyzer, caught so the application went on (fail-open)")
                .tags(tags)
                .register(registry);
        fingerprintTimers = new TopTimers(
                registry,
                "leanjdbc.statement.time",
                "Time from execute to result closed, by fingerprint (the most executed ones; the rest as other)",
                "fingerprint",
                FINGERPRINT_ID_TAG,
                tags,
                topFingerprints);
        scopeTimers = new TopTimers(
                registry,
                "leanjdbc.scope.duration",
                "Time from opening to closing a scope, by name (the most frequent ones; the rest as other)",
                "scope",
                tags,
                topScopes);
    }

    private static Counter statements(MeterRegistry registry, Tags tags, StatementKind kind, String outcome) {
        return Counter.builder("leanjdbc.statements")
                .description("Statements executed")
                .tags(tags)
                .tag("kind", kind.name())
                .tag("outcome", outcome)
                .register(registry);
    }

    @Override
    public void onStatement(StatementEvent e) {
        int kind = e.kind().ordinal();
        (e.failed() ? failed[kind] : statements[kind]).increment();
        long r = e.rowsRead();
        if (r > 0) {
            rows.increment(r);
        }
        fingerprintTimers.record(TopTimers.shorten(e.fingerprint(), MAX_FINGERPRINT_TAG), e.totalNanos());
    }

    @Override
    public void onScopeClosed(Report report) {
        scopeTimers.record(report.name(), report.durationNanos());
        List<Finding> found = report.findings();
        for (int i = 0; i < found.size(); i++) {
            Finding f = found.get(i);
            if (!f.suppressed()) {
                findings[f.type().ordinal()].increment();
            }
        }
    }

    /** Fingerprints timed under their own tag, for tests. */
    public int taggedFingerprints() {
        return fingerprintTimers.taggedCount();
    }
}
