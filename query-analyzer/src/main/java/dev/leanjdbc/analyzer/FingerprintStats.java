package dev.leanjdbc.analyzer;

import java.util.List;

/**
 * Aggregated executions of one statement shape within a report. Kept for every execution of the shape,
 * also for those whose individual events were dropped beyond the event cap.
 *
 * @param fingerprintId stable id of the fingerprint
 * @param fingerprint the statement shape
 * @param kind what it does
 * @param count executions
 * @param totalNanos summed execution time ({@link StatementEvent#executeNanos()})
 * @param maxNanos longest execution time
 * @param rowsRead rows read from its results
 * @param updateCount summed update counts
 * @param batchedStatements statements executed inside batches
 * @param columnCount widest result seen (0 without results)
 * @param columnsRead union of the columns read over all executions
 * @param callSites distinct application call sites seen, in order of discovery (bounded)
 */
public record FingerprintStats(
        long fingerprintId,
        String fingerprint,
        StatementKind kind,
        long count,
        long totalNanos,
        long maxNanos,
        long rowsRead,
        long updateCount,
        long batchedStatements,
        int columnCount,
        ColumnSet columnsRead,
        List<CallSite> callSites) {

    public FingerprintStats {
        callSites = List.copyOf(callSites);
    }
}
