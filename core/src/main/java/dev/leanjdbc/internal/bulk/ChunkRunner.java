package dev.leanjdbc.internal.bulk;

import dev.leanjdbc.BulkOptions.Atomicity;
import dev.leanjdbc.BulkProgress;
import dev.leanjdbc.internal.LeanOperation;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Runs the chunks of a bulk operation either in one transaction (all or nothing) or one transaction per
 * chunk, and turns a failure into a message that says which chunk failed and what stayed committed.
 */
public final class ChunkRunner {

    /** The work of one chunk, run inside its transaction. */
    @FunctionalInterface
    public interface Chunk {
        /** Runs chunk {@code index} (0-based) on {@code tx} and returns the rows it affected. */
        long run(DSLContext tx, int index) throws Exception;
    }

    private ChunkRunner() {}

    /**
     * @param what names the operation for messages, e.g. "insertMany into orders"
     * @param rowsPerChunk only for messages (row ranges)
     */
    public static long run(
            DSLContext dsl,
            String what,
            int chunks,
            int rowsPerChunk,
            Atomicity atomicity,
            BulkProgress progress,
            Chunk chunk) {
        // core's statements are marked as the operation's (see LeanOperation); progress callbacks are not
        LeanOperation operation = LeanOperation.of(operationName(what), rowsPerChunk);
        if (atomicity == Atomicity.ALL_OR_NOTHING) {
            long total;
            LeanOperation outside = operation.enter();
            try {
                total = dsl.transactionResult(cfg -> {
                    long sum = 0;
                    for (int i = 0; i < chunks; i++) {
                        sum += runOne(cfg.dsl(), what, i, rowsPerChunk, chunk, "nothing was committed");
                    }
                    return sum;
                });
            } finally {
                LeanOperation.restore(outside);
            }
            progress.chunkDone(1, total, total);
            return total;
        }
        long total = 0;
        for (int i = 0; i < chunks; i++) {
            int index = i;
            String committed = i == 0
                    ? "no earlier chunk was committed"
                    : "chunks 1.." + i + " (" + total + " rows) stay committed";
            long n;
            LeanOperation outside = operation.enter();
            try {
                n = dsl.transactionResult(cfg -> runOne(cfg.dsl(), what, index, rowsPerChunk, chunk, committed));
            } finally {
                LeanOperation.restore(outside);
            }
            total += n;
            progress.chunkDone(i + 1, n, total);
        }
        return total;
    }

    /** {@code "insertMany into orders"} → {@code "insertMany"}: the method of {@code Lean}. */
    private static String operationName(String what) {
        int space = what.indexOf(' ');
        return space < 0 ? what : what.substring(0, space);
    }

    private static long runOne(DSLContext tx, String what, int index, int rowsPerChunk, Chunk chunk, String committed)
            throws Exception {
        try {
            return chunk.run(tx, index);
        } catch (RuntimeException | java.sql.SQLException | java.io.IOException e) {
            long from = (long) index * rowsPerChunk;
            throw new DataAccessException(
                    what + " failed in chunk " + (index + 1) + " (rows " + from + ".." + (from + rowsPerChunk - 1)
                            + "); " + committed + ": " + e.getMessage(),
                    e);
        }
    }
}
