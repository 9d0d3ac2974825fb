package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.ResultMode;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.NumberText;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.Group;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.GroupKey;
import java.util.List;
import java.util.Map;

/**
 * Findings about single large results, grouped by shape and call site:
 *
 * <ul>
 *   <li><b>Buffered large result</b>: at least {@code largeResultRows} rows read from a result the driver
 *       held whole in memory ({@link ResultMode#BUFFERED}; results of unknown mode are not judged).
 *   <li><b>Over-fetch</b>: at least {@code overFetchRows} rows iterated without reading a single column:
 *       counting or existence checks done in Java;
 *   <li><b>Over-fetch, unread rows</b>: a buffered result closed with at least {@code overFetchUnreadRows}
 *       rows never reached by the code: it wanted the first rows and should have said {@code LIMIT}.
 * </ul>
 */
final class ResultSizeDetector implements Detector {

    /** Every result judged here is a SELECT's that read or left at least the fewer row threshold (LARGE). */
    private static final int SELECT = EventIndex.bit(StatementKind.SELECT);

    @Override
    public void detect(ScopeEvents s, List<Finding> out) {
        if (s.enabled(FindingType.BUFFERED_LARGE_RESULT)) {
            long min = s.config.largeResultRows();
            Map<GroupKey, Group> groups = s.groupsOfEvents(
                    SELECT,
                    EventIndex.LARGE,
                    0,
                    e -> e.kind() == StatementKind.SELECT
                            && e.resultMode() == ResultMode.BUFFERED
                            && e.rowsRead() >= min);
            for (Map.Entry<GroupKey, Group> g : groups.entrySet()) {
                out.add(buffered(s, g.getKey(), g.getValue()));
            }
        }
        if (s.enabled(FindingType.OVER_FETCH)) {
            long min = s.config.overFetchRows();
            Map<GroupKey, Group> groups = s.groupsOfEvents(
                    SELECT,
                    EventIndex.LARGE,
                    0,
                    e -> e.kind() == StatementKind.SELECT
                            && e.rowsRead() >= min
                            && e.columnCount() > 0
                            && e.columnsRead().isEmpty());
            for (Map.Entry<GroupKey, Group> g : groups.entrySet()) {
                out.add(overFetch(s, g.getKey(), g.getValue()));
            }
            long minUnread = s.config.overFetchUnreadRows();
            Map<GroupKey, Group> unread = s.groupsOfEvents(
                    SELECT,
                    EventIndex.LARGE,
                    0,
                    e -> e.kind() == StatementKind.SELECT
                            && e.rowsLeftUnread() >= minUnread
                            && !(e.columnCount() > 0 && e.columnsRead().isEmpty() && e.rowsRead() >= min));
            for (Map.Entry<GroupKey, Group> g : unread.entrySet()) {
                out.add(unreadRows(s, g.getKey(), g.getValue()));
            }
        }
    }

    private static Finding unreadRows(ScopeEvents s, GroupKey key, Group g) {
        StatementEvent first = s.events.get(g.first());
        long read = 0;
        long unread = 0;
        for (int i = 0; i < g.size; i++) {
            StatementEvent e = s.events.get(g.indexes[i]);
            read = Math.max(read, e.rowsRead());
            unread = Math.max(unread, e.rowsLeftUnread());
        }
        CallSite site = s.siteOf(key);
        String why = "The code read " + NumberText.count(read) + (read == 1 ? " row" : " rows") + " and closed a result"
                + " that still held " + (unread >= RESULT_PROBE_CAP ? "at least " : "") + NumberText.count(unread)
                + " more" + ScopeEvents.at(site) + (g.size > 1 ? " (" + g.size + " such executions)" : "")
                + ". The driver had already fetched the whole result into memory: the database produced, sent"
                + " and the driver decoded every row the code never looked at.";
        return ApiAccess.finding(FindingType.OVER_FETCH, Severity.WARNING)
                .fingerprint(first.fingerprintId(), first.fingerprint())
                .executions(g.size)
                .totalNanos(s.nanos(g))
                .rows(read + unread)
                .firstStatement(g.first() + 1)
                .callSite(site)
                .explanation(why)
                .suggestedFix(Fixes.firstRowsOnly(s.client(first.fingerprintId())))
                .build();
    }

    /** The recorder counts unread rows up to this many (see {@code StatementEvent.rowsLeftUnread}). */
    private static final long RESULT_PROBE_CAP = 100_000;

    private static Finding buffered(ScopeEvents s, GroupKey key, Group g) {
        StatementEvent first = s.events.get(g.first());
        long maxRows = 0;
        for (int i = 0; i < g.size; i++) {
            maxRows = Math.max(maxRows, s.events.get(g.indexes[i]).rowsRead());
        }
        CallSite site = s.siteOf(key);
        String settings = "fetch size " + first.fetchSize() + (first.fetchSize() == 0 ? " (driver default)" : "")
                + ", auto-commit " + (first.autoCommit() ? "on" : "off") + ", result " + first.resultMode();
        String why = "A result of " + NumberText.count(maxRows) + " rows was read" + ScopeEvents.at(site)
                + (g.size > 1 ? " (" + g.size + " such executions)" : "")
                + " while the driver held the whole result in memory before the first row reached the code"
                + " (settings in effect: " + settings + "; on H2 this means lazy query execution was off, on"
                + " PostgreSQL that a zero fetch size, auto-commit or a scrollable result kept it from streaming)."
                + " Memory grows with the row count: the same code that works on test data runs out of heap on production"
                + " data, and the first row arrives only after the last one was transferred.";
        return ApiAccess.finding(FindingType.BUFFERED_LARGE_RESULT, Severity.CRITICAL)
                .fingerprint(first.fingerprintId(), first.fingerprint())
                .executions(g.size)
                .totalNanos(s.nanos(g))
                .rows(maxRows)
                .firstStatement(g.first() + 1)
                .callSite(site)
                .explanation(why)
                .suggestedFix(Fixes.buffered(s.client(first.fingerprintId())))
                .build();
    }

    private static Finding overFetch(ScopeEvents s, GroupKey key, Group g) {
        StatementEvent first = s.events.get(g.first());
        long rows = s.rows(g);
        CallSite site = s.siteOf(key);
        String why = NumberText.count(rows) + " rows of " + first.columnCount()
                + (first.columnCount() == 1 ? " column" : " columns") + " were fetched and iterated"
                + ScopeEvents.at(site) + (g.size > 1 ? " over " + g.size + " executions" : "")
                + " without reading a single column: the code counts rows or checks that one exists. Every row"
                + " is still read by the database, sent over the network and decoded by the driver, where a"
                + " `count(*)` or `exists` returns one value.";
        return ApiAccess.finding(FindingType.OVER_FETCH, Severity.WARNING)
                .fingerprint(first.fingerprintId(), first.fingerprint())
                .executions(g.size)
                .totalNanos(s.nanos(g))
                .rows(rows)
                .firstStatement(g.first() + 1)
                .callSite(site)
                .explanation(why)
                .suggestedFix(Fixes.overFetch(s.client(first.fingerprintId())))
                .build();
    }
}
