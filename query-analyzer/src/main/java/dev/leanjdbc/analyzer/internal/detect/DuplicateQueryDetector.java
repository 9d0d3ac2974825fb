package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.NumberText;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.Group;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.GroupKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Duplicate query: the same SQL text with the same parameters run {@code duplicateQueryThreshold} times or
 * more in one scope, with no data change in between (a SELECT repeated after an INSERT, UPDATE, DELETE,
 * MERGE, DDL or CALL may see new data and starts afresh). One finding per shape, counting the redundant executions
 * and listing the lines they ran at; repeats inside an N+1 are left to the N+1 finding, whose fix removes them too.
 */
final class DuplicateQueryDetector implements Detector {

    @Override
    public void detect(ScopeEvents s, List<Finding> out) {
        if (!s.enabled(FindingType.DUPLICATE_QUERY)) {
            return;
        }
        int epoch = 0;
        // (fingerprint, sql, parameters, epoch) -> the executions of that parameter set, in order
        Map<Key, Group> repeats = new LinkedHashMap<>();
        for (int i = 0; i < s.events.size(); i++) {
            StatementEvent e = s.events.get(i);
            if (changesData(e.kind())) {
                epoch++;
            } else if (e.kind() == StatementKind.SELECT && !e.failed() && !callsSequence(e.fingerprint())) {
                repeats.computeIfAbsent(
                                new Key(e.fingerprintId(), e.sqlHash(), e.parameterHash(), epoch), k -> new Group())
                        .add(i);
            }
        }
        int threshold = s.config.duplicateQueryThreshold();
        // One finding per shape: its redundant executions (every one after the first of its parameter set),
        // wherever they ran, so that the finding names the lines the repeats come from.
        Map<Long, Tally> byShape = new LinkedHashMap<>();
        for (Group r : repeats.values()) {
            if (r.size < threshold) {
                continue;
            }
            StatementEvent first = s.events.get(r.first());
            Tally t = null;
            for (int k = 1; k < r.size; k++) {
                int j = r.indexes[k];
                if (s.nPlusOneGroups.contains(new GroupKey(first.fingerprintId(), s.site(j)))) {
                    continue; // a repeat inside an N+1: its fix removes this one too
                }
                if (t == null) {
                    t = byShape.computeIfAbsent(first.fingerprintId(), id -> new Tally());
                    t.sets++;
                    t.first = Math.min(t.first, r.first());
                }
                t.redundant.add(j);
                t.nanos += s.events.get(j).executeNanos();
                t.rows += s.events.get(j).rowsRead();
            }
        }
        for (Tally t : byShape.values()) {
            StatementEvent first = s.events.get(t.first);
            long n = t.redundant.size;
            List<Finding.CallSiteCount> sites = s.callSites(t.redundant);
            CallSite site = sites.get(0).callSite();
            String why = "The same SELECT with the same parameters ran again " + n
                    + (n == 1 ? " time" : " times") + " in scope '" + s.report.name() + "'" + ScopeEvents.at(site)
                    + " (" + t.sets + (t.sets == 1 ? " parameter set" : " distinct parameter sets")
                    + " repeated, no data change in between): each repeat is a round-trip and "
                    + NumberText.millis(t.nanos) + " of database time for an answer the code already had."
                    + s.coverage();
            out.add(ApiAccess.finding(FindingType.DUPLICATE_QUERY, n >= 10 ? Severity.WARNING : Severity.INFO)
                    .fingerprint(first.fingerprintId(), first.fingerprint())
                    .executions(n)
                    .totalNanos(t.nanos)
                    .rows(t.rows)
                    .firstStatement(t.first + 1)
                    .callSites(sites)
                    .explanation(why)
                    .suggestedFix(Fixes.duplicate(s.client(first.fingerprintId()), s.merged(first.fingerprintId())))
                    .build());
        }
    }

    /**
     * {@code select nextval('s')}, {@code next value for s}: each call returns a new value (Hibernate's pooled
     * optimizer calls twice on first use), so a repeat is no duplicate.
     */
    static boolean callsSequence(String fingerprint) {
        return fingerprint.contains("nextval(") || fingerprint.contains("next value for ");
    }

    /** The redundant executions of one shape. */
    private static final class Tally {
        final Group redundant = new Group();
        int sets;
        int first = Integer.MAX_VALUE;
        long nanos;
        // The rows the repeats read again: what the code already had, like their time.
        long rows;
    }

    static boolean changesData(StatementKind kind) {
        return kind == StatementKind.INSERT
                || kind == StatementKind.UPDATE
                || kind == StatementKind.DELETE
                || kind == StatementKind.MERGE
                || kind == StatementKind.DDL
                || kind == StatementKind.CALL;
    }

    private record Key(long fingerprintId, int sqlHash, long parameterHash, int epoch) {}
}
