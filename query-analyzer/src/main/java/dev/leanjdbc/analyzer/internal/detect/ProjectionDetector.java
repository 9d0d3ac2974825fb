package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.analyzer.StatementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Projection candidate: a SELECT returning at least {@code projectionMinColumns} columns of which the code
 * read at least one and at most half, over all its executions in the scope (the per-fingerprint statistics,
 * which cover every execution, also those beyond the event cap). {@code select *} is judged the same way.
 * Results the code did not read at all are over-fetch, not projections.
 */
final class ProjectionDetector implements Detector {

    @Override
    public void detect(ScopeEvents s, List<Finding> out) {
        if (!s.enabled(FindingType.PROJECTION_CANDIDATE)) {
            return;
        }
        Map<Long, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < s.events.size(); i++) {
            firstIndex.putIfAbsent(s.events.get(i).fingerprintId(), i);
        }
        for (FingerprintStats f : s.report.fingerprints()) {
            int columns = f.columnCount();
            int read = f.columnsRead().size();
            if (f.kind() != StatementKind.SELECT
                    || columns < s.config.projectionMinColumns()
                    || f.rowsRead() == 0
                    || read == 0
                    || read * 2 > columns) {
                continue;
            }
            SelectColumns names = SelectColumns.of(f.fingerprint());
            List<String> readNames = new ArrayList<>();
            for (int c : f.columnsRead().toArray()) {
                readNames.add(s.columnName(f.fingerprintId(), f.fingerprint(), c));
            }
            Integer first = firstIndex.get(f.fingerprintId());
            CallSite site = first != null && s.site(first) != null
                    ? s.site(first)
                    : f.callSites().isEmpty() ? null : f.callSites().get(0);
            String why = "The SELECT returns " + columns + " columns but the code read only " + read + " of them ("
                    + String.join(", ", readNames) + ") over " + f.count()
                    + (f.count() == 1 ? " execution" : " executions") + " and " + Text.count(f.rowsRead())
                    + " rows" + ScopeEvents.at(site) + ". The other " + (columns - read)
                    + " columns are still read by the database, sent over the network, decoded by the driver and"
                    + " held in memory for every row, and they keep covering indexes from being used.";
            out.add(Finding.builder(FindingType.PROJECTION_CANDIDATE, Severity.INFO)
                    .fingerprint(f.fingerprintId(), f.fingerprint())
                    .executions(f.count())
                    .totalNanos(f.totalNanos())
                    .rows(f.rowsRead())
                    .firstStatement(first == null ? 0 : first + 1)
                    .callSite(site)
                    .columnsRead(readNames)
                    .explanation(why)
                    .suggestedFix(Fixes.projection(names.table(), readNames))
                    .build());
        }
    }
}
