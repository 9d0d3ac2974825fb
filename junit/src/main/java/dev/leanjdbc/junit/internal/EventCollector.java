package dev.leanjdbc.junit.internal;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.ColumnSet;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Collects the events of every thread while one test runs (the {@code Threads.ALL} rule) and turns them
 * into a {@link Report}, as a scope would. Bounded: at most {@code maxEvents} events and {@code
 * maxFingerprints} fingerprint rows are kept; the rest is counted.
 */
final class EventCollector {

    private final String name;
    private final int maxEvents;
    private final int maxFingerprints;
    private final int maxCallSites;
    private final long openedAt = System.nanoTime();
    private final long[] counts = new long[StatementKind.values().length];
    private final List<StatementEvent> events = new ArrayList<>();
    private final Map<Long, Row> rows = new LinkedHashMap<>();
    private long totalNanos;
    private long rowsRead;
    private long updateCount;
    private long failed;
    private long droppedEvents;
    private long droppedFingerprintExecutions;

    EventCollector(String name, int maxEvents, int maxFingerprints, int maxCallSites) {
        this.name = name;
        this.maxEvents = maxEvents;
        this.maxFingerprints = maxFingerprints;
        this.maxCallSites = maxCallSites;
    }

    synchronized void add(StatementEvent e) {
        counts[e.kind().ordinal()]++;
        totalNanos += e.executeNanos();
        rowsRead += e.rowsRead();
        if (e.updateCount() > 0) {
            updateCount += e.updateCount();
        }
        if (e.failed()) {
            failed++;
        }
        if (events.size() < maxEvents) {
            events.add(e);
        } else {
            droppedEvents++;
        }
        Row row = rows.get(e.fingerprintId());
        if (row == null && rows.size() < maxFingerprints) {
            row = new Row(e);
            rows.put(e.fingerprintId(), row);
        }
        if (row == null) {
            droppedFingerprintExecutions++;
        } else {
            row.add(e, maxCallSites);
        }
    }

    /** The report so far; its findings come from {@code detector}. */
    synchronized Report report(boolean complete, Function<Report, List<Finding>> detector) {
        List<FingerprintStats> stats = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            stats.add(r.stats());
        }
        stats.sort(Comparator.comparingLong(FingerprintStats::totalNanos).reversed());
        return ApiAccess.report(
                name,
                System.nanoTime() - openedAt,
                complete,
                counts,
                totalNanos,
                rowsRead,
                updateCount,
                failed,
                stats,
                events,
                droppedEvents,
                droppedFingerprintExecutions,
                detector);
    }

    private static final class Row {
        final long id;
        final String fingerprint;
        final StatementKind kind;
        long count;
        long nanos;
        long maxNanos;
        long rows;
        long updates;
        long batched;
        int columns;
        ColumnSet read = ColumnSet.EMPTY;
        final List<CallSite> sites = new ArrayList<>(2);

        Row(StatementEvent e) {
            id = e.fingerprintId();
            fingerprint = e.fingerprint();
            kind = e.kind();
        }

        void add(StatementEvent e, int maxSites) {
            count++;
            nanos += e.executeNanos();
            maxNanos = Math.max(maxNanos, e.executeNanos());
            rows += e.rowsRead();
            if (e.updateCount() > 0) {
                updates += e.updateCount();
            }
            batched += e.batchSize();
            columns = Math.max(columns, e.columnCount());
            read = read.union(e.columnsRead());
            CallSite site = e.callSite();
            if (site.isCaptured() && sites.size() < maxSites && !sites.contains(site)) {
                sites.add(site);
            }
        }

        FingerprintStats stats() {
            return new FingerprintStats(
                    id, fingerprint, kind, count, nanos, maxNanos, rows, updates, batched, columns, read, sites);
        }
    }
}
