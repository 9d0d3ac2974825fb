package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementOrigin;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.NumberText;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chunks too small: one call of a chunked leanjdbc operation that ran at least {@value #MIN_CHUNKS} chunks
 * of fewer than {@value #SMALL_CHUNK_ROWS} rows each (the chunk size it was given).
 *
 * <p>Why these numbers: a chunk costs at least one round trip, one statement parse and (per-chunk
 * atomicity, keyset chunks) one commit — 0.1 to 1 ms on a local network — whatever its size, while the
 * per-row work of a set-based statement is microseconds. Below 100 rows the fixed cost dominates; from 10
 * chunks on it adds up to milliseconds that a larger chunk size removes without making any transaction long.
 * The operations' own repetition is otherwise never a finding (see {@link ScopeEvents#repetitions}).
 */
final class SmallChunksDetector implements Detector {

    /** Chunks smaller than this are mostly round-trip cost. */
    static final int SMALL_CHUNK_ROWS = 100;

    /** One or a few small chunks are just a small job. */
    static final int MIN_CHUNKS = 10;

    @Override
    public void detect(ScopeEvents s, List<Finding> out) {
        if (!s.enabled(FindingType.SMALL_CHUNKS)) {
            return;
        }
        // per operation call: the events of its most executed fingerprint (one per chunk)
        Map<Long, Map<Long, int[]>> perRun = new LinkedHashMap<>();
        Map<Long, Integer> firstOfRun = new HashMap<>();
        for (int i = 0; i < s.events.size(); i++) {
            if (!s.index.is(i, ScopeEvents.ALL_KINDS, EventIndex.CHUNKED, 0)) {
                continue; // from the index's columns: application statements are not read at all
            }
            StatementOrigin o = s.events.get(i).origin();
            if (o.isApplication() || o.isInternal() || o.chunkSize() <= 0 || o.chunkSize() >= SMALL_CHUNK_ROWS) {
                continue;
            }
            firstOfRun.putIfAbsent(o.run(), i);
            perRun.computeIfAbsent(o.run(), k -> new HashMap<>())
                    .computeIfAbsent(s.events.get(i).fingerprintId(), k -> new int[1])[0]++;
        }
        for (Map.Entry<Long, Map<Long, int[]>> run : perRun.entrySet()) {
            int chunks = 0;
            for (int[] n : run.getValue().values()) {
                chunks = Math.max(chunks, n[0]);
            }
            if (chunks < MIN_CHUNKS) {
                continue;
            }
            out.add(finding(s, firstOfRun.get(run.getKey()), run.getKey(), chunks));
        }
    }

    private static Finding finding(ScopeEvents s, int first, long run, int chunks) {
        StatementEvent e = s.events.get(first);
        StatementOrigin o = e.origin();
        long nanos = 0;
        long rows = 0;
        int statements = 0;
        for (StatementEvent x : s.events) {
            if (x.origin().run() == run) {
                statements++;
                nanos += x.executeNanos();
                rows += x.rowsRead() + Math.max(0, x.updateCount());
            }
        }
        String why = "Lean." + o.operation() + " ran " + chunks + " chunks of at most " + o.chunkSize()
                + " rows in scope '" + s.report.name() + "'" + ScopeEvents.at(s.site(first)) + " (" + statements
                + " statements, " + rows + " rows, " + NumberText.millis(nanos) + " in the database): every chunk"
                + " pays a round trip, a parse and a commit whatever its size, so below " + SMALL_CHUNK_ROWS
                + " rows per chunk that fixed cost dominates; chunks of 1,000 rows would need "
                + Math.max(1, (long) Math.ceil(chunks * (double) o.chunkSize() / 1_000)) + "." + s.coverage();
        return ApiAccess.finding(FindingType.SMALL_CHUNKS, Severity.WARNING)
                .fingerprint(e.fingerprintId(), e.fingerprint())
                .executions(statements)
                .totalNanos(nanos)
                .rows(rows)
                .firstStatement(first + 1)
                .callSite(s.site(first))
                .explanation(why)
                .suggestedFix(Fixes.smallChunks(o.operation(), o.chunkSize()))
                .build();
    }
}
