package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import java.util.ArrayList;
import java.util.List;

/**
 * Literals instead of bind parameters: one shape that has literals ({@code ?} in its fingerprint) sent as
 * at least {@code literalsThreshold} distinct SQL strings without bind parameters. Distinct strings are
 * counted by their hash in a set that stops growing at {@value #MAX_COUNTED}: enough to tell "many".
 */
final class LiteralsDetector implements Detector {

    static final int MAX_COUNTED = 1_024;

    @Override
    public void detect(ScopeEvents s, List<Finding> out) {
        if (!s.enabled(FindingType.LITERALS_INSTEAD_OF_BINDS)) {
            return;
        }
        // per fingerprint number, in order of first execution: no boxed key per event
        Tally[] byNumber = new Tally[s.index.fingerprints()];
        List<Tally> tallies = new ArrayList<>();
        for (int i = 0; i < s.events.size(); i++) {
            if (!s.index.is(i, JUDGED, 0, EventIndex.PARAMETERS | EventIndex.BATCH)) {
                continue; // from the index's columns: most events are not read at all
            }
            StatementEvent e = s.events.get(i);
            if (s.placeholders(e) == 0) {
                continue;
            }
            Tally t = byNumber[s.index.fingerprintOf(i)];
            if (t == null) {
                byNumber[s.index.fingerprintOf(i)] = t = new Tally(i);
                tallies.add(t);
            }
            t.executions++;
            t.nanos += e.executeNanos();
            t.rows += e.rowsRead() + Math.max(0, e.updateCount());
            if (t.sqlHashes.size() < MAX_COUNTED) {
                t.sqlHashes.add(e.sqlHash());
            }
        }
        for (Tally t : tallies) {
            int distinct = t.sqlHashes.size();
            if (distinct < s.config.literalsThreshold()) {
                continue;
            }
            StatementEvent first = s.events.get(t.first);
            List<Finding.CallSiteCount> sites = s.callSitesOf(first.fingerprintId());
            CallSite site = sites.get(0).callSite();
            String count = distinct >= MAX_COUNTED ? "at least " + MAX_COUNTED : Integer.toString(distinct);
            String why = "One statement shape was sent as " + count + " different SQL strings in "
                    + t.executions + " executions" + ScopeEvents.at(site) + ": the values are written into the"
                    + " SQL text instead of bound as parameters. Each distinct text is parsed and planned again"
                    + " and fills the statement caches of the server and the driver, and values pasted into SQL"
                    + " are how SQL injection happens.";
            out.add(ApiAccess.finding(FindingType.LITERALS_INSTEAD_OF_BINDS, Severity.WARNING)
                    .fingerprint(first.fingerprintId(), first.fingerprint())
                    .executions(t.executions)
                    .totalNanos(t.nanos)
                    .rows(t.rows)
                    .firstStatement(t.first + 1)
                    .callSites(sites)
                    .explanation(why)
                    .suggestedFix(Fixes.literals())
                    .build());
        }
    }

    private static final int JUDGED = EventIndex.bit(StatementKind.SELECT)
            | EventIndex.bit(StatementKind.INSERT)
            | EventIndex.bit(StatementKind.UPDATE)
            | EventIndex.bit(StatementKind.DELETE)
            | EventIndex.bit(StatementKind.MERGE);

    private static final class Tally {
        final int first;
        final LongIndex sqlHashes = new LongIndex(16);
        long executions;
        long nanos;
        long rows;

        Tally(int first) {
            this.first = first;
        }
    }
}
