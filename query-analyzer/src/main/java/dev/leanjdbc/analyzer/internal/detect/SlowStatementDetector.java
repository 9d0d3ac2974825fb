package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.NumberText;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.Group;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.GroupKey;
import java.util.List;
import java.util.Map;

/** Slow statement: executions of one shape and call site slower than {@code slowFindingMillis}. */
final class SlowStatementDetector implements Detector {

    @Override
    public void detect(ScopeEvents s, List<Finding> out) {
        if (!s.enabled(FindingType.SLOW_STATEMENT)) {
            return;
        }
        long min = s.config.slowFindingMillis() * 1_000_000L;
        Map<GroupKey, Group> groups = s.groups(ScopeEvents.ALL_KINDS, EventIndex.SLOW, 0, null);
        for (Map.Entry<GroupKey, Group> entry : groups.entrySet()) {
            Group g = entry.getValue();
            StatementEvent first = s.events.get(g.first());
            long max = 0;
            for (int i = 0; i < g.size; i++) {
                max = Math.max(max, s.events.get(g.indexes[i]).executeNanos());
            }
            CallSite site = s.siteOf(entry.getKey());
            String why = (g.size == 1 ? "One execution" : g.size + " executions") + " of this " + first.kind()
                    + " took longer than " + s.config.slowFindingMillis() + " ms" + ScopeEvents.at(site)
                    + " (slowest " + NumberText.millis(max) + ", together " + NumberText.millis(s.nanos(g))
                    + "): the caller waits that long, and the connection and any locks are held meanwhile.";
            out.add(ApiAccess.finding(
                            FindingType.SLOW_STATEMENT, max >= 10 * min ? Severity.CRITICAL : Severity.WARNING)
                    .fingerprint(first.fingerprintId(), first.fingerprint())
                    .executions(g.size)
                    .totalNanos(s.nanos(g))
                    .rows(s.rows(g))
                    .firstStatement(g.first() + 1)
                    .callSite(site)
                    .explanation(why)
                    .suggestedFix(Fixes.slow())
                    .build());
        }
    }
}
