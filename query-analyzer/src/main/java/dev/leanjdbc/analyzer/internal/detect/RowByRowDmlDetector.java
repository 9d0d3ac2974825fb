package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.DataClient;
import dev.leanjdbc.analyzer.internal.NumberText;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.Group;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.GroupKey;
import java.util.List;
import java.util.Map;

/**
 * Row-by-row DML and unbatched INSERTs: one UPDATE, DELETE or MERGE shape (resp. one INSERT shape) run from
 * one call site at least {@code rowByRowThreshold} (resp. {@code unbatchedInsertThreshold}) times one row at
 * a time. An execution counts as one row at a time when it is not a batch of two or more and bound no list
 * (no multi-row {@code values (...), (...)}, no {@code in (?, ?, ...)}).
 */
final class RowByRowDmlDetector implements Detector {

    @Override
    public void detect(ScopeEvents s, List<Finding> out) {
        boolean dml = s.enabled(FindingType.ROW_BY_ROW_DML);
        boolean inserts = s.enabled(FindingType.UNBATCHED_INSERT);
        if (!dml && !inserts) {
            return;
        }
        int kinds = (inserts ? EventIndex.bit(StatementKind.INSERT) : 0)
                | (dml
                        ? EventIndex.bit(StatementKind.UPDATE)
                                | EventIndex.bit(StatementKind.DELETE)
                                | EventIndex.bit(StatementKind.MERGE)
                        : 0);
        Map<GroupKey, Group> groups =
                s.groups(kinds, 0, EventIndex.FAILED | EventIndex.MULTI_BATCH, i -> !s.boundList(i));
        for (Map.Entry<GroupKey, Group> entry : groups.entrySet()) {
            Group g = entry.getValue();
            if (s.foreignKeyUpdateGroups.contains(entry.getKey())) {
                continue; // the fix is not to send these at all (ForeignKeyUpdateDetector)
            }
            StatementEvent first = s.events.get(g.first());
            boolean insert = first.kind() == StatementKind.INSERT;
            int threshold = insert ? s.config.unbatchedInsertThreshold() : s.config.rowByRowThreshold();
            if (g.size < threshold || s.repetitions(g) < threshold) {
                continue; // a leanjdbc operation's chunk statements repeat by design
            }
            long changed = 0;
            for (int i = 0; i < g.size; i++) {
                changed += Math.max(0, s.events.get(g.indexes[i]).updateCount());
            }
            CallSite site = s.siteOf(entry.getKey());
            long nanos = s.nanos(g);
            String what = insert ? "INSERT" : first.kind().name();
            String why = "The same " + what + " ran " + g.size + " times one row at a time in scope '"
                    + s.report.name() + "'" + ScopeEvents.at(site) + " (" + changed + " rows changed, "
                    + NumberText.millis(nanos) + " in the database): one round-trip, one parse and one"
                    + (insert ? " index update pass" : " plan execution") + " per row, where "
                    + (insert ? "a batch or one multi-row statement" : "one set-based statement or a batch")
                    + " does the same work in one or a few round-trips; the gap grows with the row count."
                    + s.coverage();
            out.add(ApiAccess.finding(
                            insert ? FindingType.UNBATCHED_INSERT : FindingType.ROW_BY_ROW_DML,
                            g.size >= 100 ? Severity.CRITICAL : Severity.WARNING)
                    .fingerprint(first.fingerprintId(), first.fingerprint())
                    .executions(g.size)
                    .totalNanos(nanos)
                    .rows(changed)
                    .firstStatement(g.first() + 1)
                    .callSite(site)
                    .explanation(why)
                    .suggestedFix(fix(s, first, insert))
                    .build());
        }
    }

    private static String fix(ScopeEvents s, StatementEvent first, boolean insert) {
        DataClient client = s.client(first.fingerprintId());
        String table = DmlShape.of(first.fingerprint()).table();
        return insert
                ? Fixes.unbatchedInsert(client, first.generatedKeys(), table)
                : Fixes.rowByRow(first.kind(), client, table);
    }
}
