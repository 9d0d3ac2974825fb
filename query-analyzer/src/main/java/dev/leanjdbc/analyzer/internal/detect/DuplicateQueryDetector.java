package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.NumberText;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.GroupKey;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Duplicate query: the same SQL text with the same parameters run {@code duplicateQueryThreshold} times or
 * more in one scope, with no data change in between (a SELECT repeated after an INSERT, UPDATE, DELETE,
 * MERGE, DDL or CALL may see new data and starts afresh). One finding per shape and call site, counting the
 * redundant executions; repeats inside an N+1 are left to the N+1 finding, whose fix removes them too.
 */
final class DuplicateQueryDetector implements Detector {

    @Override
    public void detect(ScopeEvents s, List<Finding> out) {
        if (!s.enabled(FindingType.DUPLICATE_QUERY)) {
            return;
        }
        int epoch = 0;
        // (fingerprint, sql, parameters, epoch) -> {count, first index, summed nanos, summed rows read}
        Map<Key, long[]> repeats = new HashMap<>();
        for (int i = 0; i < s.events.size(); i++) {
            StatementEvent e = s.events.get(i);
            if (changesData(e.kind())) {
                epoch++;
            } else if (e.kind() == StatementKind.SELECT && !e.failed() && !callsSequence(e.fingerprint())) {
                long[] r = repeats.computeIfAbsent(
                        new Key(e.fingerprintId(), e.sqlHash(), e.parameterHash(), epoch), k -> new long[4]);
                if (r[0]++ == 0) {
                    r[1] = i;
                }
                r[2] += e.executeNanos();
                r[3] += e.rowsRead();
            }
        }
        int threshold = s.config.duplicateQueryThreshold();
        Map<GroupKey, long[]> byGroup = new LinkedHashMap<>(); // {redundant, distinct sets, first, nanos, rows}
        for (long[] r : repeats.values()) {
            if (r[0] < threshold) {
                continue;
            }
            int first = (int) r[1];
            GroupKey key = new GroupKey(s.events.get(first).fingerprintId(), s.site(first));
            if (s.nPlusOneGroups.contains(key)) {
                continue;
            }
            long[] g = byGroup.computeIfAbsent(key, k -> new long[] {0, 0, Long.MAX_VALUE, 0, 0});
            g[0] += r[0] - 1;
            g[1]++;
            g[2] = Math.min(g[2], first);
            g[3] += r[2] / r[0] * (r[0] - 1);
            // The rows the repeats read again: what the code already had, like their time.
            g[4] += r[3] / r[0] * (r[0] - 1);
        }
        for (Map.Entry<GroupKey, long[]> entry : byGroup.entrySet()) {
            long[] g = entry.getValue();
            StatementEvent first = s.events.get((int) g[2]);
            CallSite site = s.siteOf(entry.getKey());
            String why = "The same SELECT with the same parameters ran again " + g[0]
                    + (g[0] == 1 ? " time" : " times") + " in scope '" + s.report.name() + "'" + ScopeEvents.at(site)
                    + " (" + g[1] + (g[1] == 1 ? " parameter set" : " distinct parameter sets")
                    + " repeated, no data change in between): each repeat is a round-trip and "
                    + NumberText.millis(g[3]) + " of database time for an answer the code already had." + s.coverage();
            out.add(Finding.builder(FindingType.DUPLICATE_QUERY, g[0] >= 10 ? Severity.WARNING : Severity.INFO)
                    .fingerprint(first.fingerprintId(), first.fingerprint())
                    .executions(g[0])
                    .totalNanos(g[3])
                    .rows(g[4])
                    .firstStatement((int) g[2] + 1)
                    .callSite(site)
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
