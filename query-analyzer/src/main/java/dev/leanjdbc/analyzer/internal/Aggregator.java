package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.ColumnSet;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The running totals of one scope or of the global view, with bounded memory: at most {@code maxEvents}
 * events (the first ones for a scope, the last ones for the global view) and at most {@code
 * maxFingerprints} fingerprint rows; everything beyond is counted, never kept.
 *
 * <p>Synchronized: a scope may be attached to several threads, and the global view sees them all.
 */
final class Aggregator {

    private static final Comparator<FingerprintStats> MOST_TIME_FIRST = Comparator.comparingLong(
                    FingerprintStats::totalNanos)
            .reversed()
            .thenComparing(FingerprintStats::fingerprint);

    private final int maxEvents;
    private final boolean keepLast;
    private final int maxCallSites;
    private final LongMap<Row> rows;
    private final Function<Report, List<Finding>> detector;

    private final long[] counts = new long[StatementKind.values().length];
    private long totalNanos;
    private long rowsRead;
    private long updateCount;
    private long failed;
    private long droppedFingerprintExecutions;
    private long droppedEvents;
    private long internalStatements;

    /** Kept events: a list growing to maxEvents (scope), or a ring of the last maxEvents (global). */
    private StatementEvent[] events = new StatementEvent[0];

    private int eventCount;
    private long eventsSeen;
    /** Global view, once full: the slot of the oldest kept event, overwritten next (no division per event). */
    private int ringNext;

    Aggregator(
            int maxEvents,
            boolean keepLast,
            int maxFingerprints,
            int maxCallSites,
            Function<Report, List<Finding>> detector) {
        this.detector = detector;
        this.maxEvents = maxEvents;
        this.keepLast = keepLast;
        this.maxCallSites = maxCallSites;
        // A scope (a request) mostly runs a few shapes: start small there; the global view sees them all.
        this.rows = keepLast ? new LongMap<>(maxFingerprints) : new LongMap<>(maxFingerprints, 4);
    }

    synchronized void add(StatementEvent e) {
        if (e.origin().isInternal()) {
            internalStatements++; // leanjdbc's own session settings: apart from the user's statements
            return;
        }
        counts[e.kind().ordinal()]++;
        totalNanos += e.executeNanos();
        rowsRead += e.rowsRead();
        if (e.updateCount() > 0) {
            updateCount += e.updateCount();
        }
        if (e.failed()) {
            failed++;
        }
        Row row = rows.get(e.fingerprintId());
        if (row == null) {
            row = new Row(e.fingerprintId(), e.fingerprint(), e.kind());
            if (!rows.putNew(e.fingerprintId(), row)) {
                row = null;
                droppedFingerprintExecutions++;
            }
        }
        if (row != null) {
            row.add(e, maxCallSites);
        }
        keep(e);
    }

    private void keep(StatementEvent e) {
        eventsSeen++;
        if (maxEvents == 0) {
            droppedEvents++;
            return;
        }
        if (eventCount < maxEvents) {
            if (eventCount == events.length) {
                // Grow gradually: most scopes see a handful of statements, only some reach the cap.
                events = Arrays.copyOf(events, Math.min(maxEvents, Math.max(4, events.length * 2)));
            }
            events[eventCount++] = e;
            return;
        }
        droppedEvents++;
        if (keepLast) {
            events[ringNext] = e;
            ringNext = ringNext + 1 == maxEvents ? 0 : ringNext + 1;
        }
    }

    synchronized Report snapshot(String name, long durationNanos, boolean complete) {
        // Arrays and List.of: a request's scope has one or two of each, which List.of holds without a copy.
        FingerprintStats[] stats = new FingerprintStats[rows.size()];
        int n = 0;
        for (int slot = 0; slot < rows.slots(); slot++) {
            Row r = rows.valueAt(slot);
            if (r != null) {
                stats[n++] = r.toStats();
            }
        }
        Arrays.sort(stats, MOST_TIME_FIRST);
        StatementEvent[] kept;
        if (keepLast && eventsSeen > maxEvents && maxEvents > 0) {
            kept = new StatementEvent[maxEvents];
            for (int i = 0; i < maxEvents; i++) {
                kept[i] = events[(ringNext + i) % maxEvents];
            }
        } else {
            kept = Arrays.copyOf(events, eventCount);
        }
        return ApiAccess.report(
                name,
                durationNanos,
                complete,
                counts,
                totalNanos,
                rowsRead,
                updateCount,
                failed,
                List.of(stats),
                List.of(kept),
                droppedEvents,
                droppedFingerprintExecutions,
                detector,
                internalStatements);
    }

    synchronized void clear() {
        Arrays.fill(counts, 0L);
        totalNanos =
                rowsRead = updateCount = failed = droppedFingerprintExecutions = droppedEvents = internalStatements = 0;
        rows.clear();
        events = new StatementEvent[0];
        eventCount = 0;
        eventsSeen = 0;
        ringNext = 0;
    }

    /** One fingerprint's totals. */
    private static final class Row {
        final long id;
        final String fingerprint;
        final StatementKind kind;
        long count;
        long totalNanos;
        long maxNanos;
        long rowsRead;
        long updateCount;
        long batched;
        int columnCount;
        ColumnSet columnsRead = ColumnSet.EMPTY;
        CallSite[] sites;
        int siteCount;

        Row(long id, String fingerprint, StatementKind kind) {
            this.id = id;
            this.fingerprint = fingerprint;
            this.kind = kind;
        }

        void add(StatementEvent e, int maxSites) {
            count++;
            totalNanos += e.executeNanos();
            maxNanos = Math.max(maxNanos, e.executeNanos());
            rowsRead += e.rowsRead();
            if (e.updateCount() > 0) {
                updateCount += e.updateCount();
            }
            batched += e.batchSize();
            columnCount = Math.max(columnCount, e.columnCount());
            if (!columnsRead.containsAll(e.columnsRead())) {
                columnsRead = columnsRead.union(e.columnsRead());
            }
            CallSite site = e.callSite();
            if (site.isCaptured() && siteCount < maxSites) {
                for (int i = 0; i < siteCount; i++) {
                    if (sites[i].equals(site)) {
                        return;
                    }
                }
                if (sites == null) {
                    sites = new CallSite[maxSites];
                }
                sites[siteCount++] = site;
            }
        }

        FingerprintStats toStats() {
            // List.of: no further copy in FingerprintStats (List.copyOf keeps an immutable list as it is).
            List<CallSite> s = sites == null ? List.of() : List.of(Arrays.copyOf(sites, siteCount));
            return new FingerprintStats(
                    id,
                    fingerprint,
                    kind,
                    count,
                    totalNanos,
                    maxNanos,
                    rowsRead,
                    updateCount,
                    batched,
                    columnCount,
                    columnsRead,
                    s);
        }
    }
}
