package dev.leanjdbc.spring.boot.internal;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actuator endpoint's body: the rolling global view reduced to what an operator reads — totals, the
 * statement shapes that cost most time and read most rows, what the caps dropped — and the findings of
 * recently closed scopes with their call sites. Plain maps and lists in a fixed key order, so any JSON mapper writes the same document.
 */
public final class EndpointReport {

    /** Schema name of the endpoint's document; fields are only ever added within version 1. */
    public static final String SCHEMA = "leanjdbc-endpoint/1";

    private EndpointReport() {}

    /**
     * @param r the rolling global view (since the application was ready)
     * @param startup the startup work's report, or {@code null} (not ready yet, or not known)
     * @param scopeFindings findings of recently closed scopes
     * @param top statement shapes listed by time and by rows
     * @param maxFindings global-view findings listed
     * @param caughtFailures the analyzer's own caught failures
     */
    public static Map<String, Object> of(
            Report r, Report startup, RecentFindings scopeFindings, int top, int maxFindings, long caughtFailures) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("statements", r.statementCount());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StatementKind k : StatementKind.values()) {
            counts.put(k.name(), r.count(k));
        }
        m.put("countsByKind", counts);
        m.put("totalNanos", r.totalNanos());
        m.put("rowsRead", r.rowsRead());
        m.put("failed", r.failedCount());
        m.put("eventsKept", r.events().size());
        m.put("droppedEvents", r.droppedEvents());
        m.put("droppedFingerprintExecutions", r.droppedFingerprintExecutions());
        m.put("caughtFailures", caughtFailures);
        List<FingerprintStats> shapes = r.fingerprints();
        m.put("topByTime", shapes(shapes, Comparator.comparingLong(FingerprintStats::totalNanos), top));
        m.put("topByRows", shapes(shapes, Comparator.comparingLong(FingerprintStats::rowsRead), top));
        List<Map<String, Object>> recent = new ArrayList<>();
        for (RecentFindings.Entry e : scopeFindings.snapshot()) {
            Map<String, Object> f = finding(e.worst());
            f.put("callSite", e.callSite());
            f.put("scope", e.scope());
            f.put("occurrences", e.occurrences());
            f.put("lastScope", e.lastScope());
            f.put("lastSeen", Instant.ofEpochMilli(e.lastSeenMillis()).toString());
            recent.add(f);
        }
        m.put("findings", recent);
        m.put("findingsEvicted", scopeFindings.evicted());
        // Patterns that need one unit of work (an N+1, a repeated query) mean nothing across unrelated
        // requests mixed in the rolling view: those come from the scopes' findings above.
        List<Finding> global = r.allFindings().stream()
                .filter(f -> f.type() != FindingType.N_PLUS_ONE && f.type() != FindingType.DUPLICATE_QUERY)
                .toList();
        List<Map<String, Object>> gs = new ArrayList<>();
        for (Finding f : global.subList(0, Math.min(maxFindings, global.size()))) {
            gs.add(finding(f));
        }
        m.put("globalFindings", gs);
        m.put("globalFindingsOmitted", Math.max(0, global.size() - maxFindings));
        m.put("startup", startup == null ? null : startup(startup, maxFindings));
        return m;
    }

    /** Startup work (scripts, bootstrap): its totals and findings, apart from the requests'. */
    private static Map<String, Object> startup(Report s, int maxFindings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statements", s.statementCount());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StatementKind k : StatementKind.values()) {
            counts.put(k.name(), s.count(k));
        }
        m.put("countsByKind", counts);
        m.put("totalNanos", s.totalNanos());
        m.put("rowsRead", s.rowsRead());
        List<Map<String, Object>> fs = new ArrayList<>();
        for (Finding f :
                s.findings().subList(0, Math.min(maxFindings, s.findings().size()))) {
            fs.add(finding(f));
        }
        m.put("findings", fs);
        return m;
    }

    private static List<Map<String, Object>> shapes(
            List<FingerprintStats> all, Comparator<FingerprintStats> by, int top) {
        List<Map<String, Object>> out = new ArrayList<>();
        all.stream().sorted(by.reversed()).limit(top).forEach(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", Long.toHexString(s.fingerprintId()));
            m.put("fingerprint", s.fingerprint());
            m.put("kind", s.kind().name());
            m.put("count", s.count());
            m.put("totalNanos", s.totalNanos());
            m.put("maxNanos", s.maxNanos());
            m.put("rowsRead", s.rowsRead());
            m.put("updateCount", s.updateCount());
            m.put("callSites", s.callSites().stream().map(CallSite::toString).toList());
            out.add(m);
        });
        return out;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", f.type().name());
        m.put("severity", f.severity().name());
        m.put("fingerprint", f.fingerprint());
        m.put("executions", f.executions());
        m.put("totalNanos", f.totalNanos());
        m.put("rows", f.rows());
        m.put("callSite", f.callSite().isCaptured() ? f.callSite().toString() : null);
        m.put("explanation", f.explanation());
        m.put("fix", f.suggestedFix());
        if (f.parent() != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("fingerprint", f.parent().fingerprint());
            p.put("column", f.parent().column());
            p.put("matchedExecutions", f.parent().matchedExecutions());
            m.put("parent", p);
        }
        m.put("suppressed", f.suppressed() ? f.suppressionReason() : null);
        m.put("headline", f.headline());
        return m;
    }
}
