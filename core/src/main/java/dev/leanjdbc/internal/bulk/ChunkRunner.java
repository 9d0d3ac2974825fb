package dev.leanjdbc.internal.bulk;

import dev.leanjdbc.BulkOptions.Atomicity;
import dev.leanjdbc.BulkProgress;
import dev.leanjdbc.ChunkFailedException;
import dev.leanjdbc.internal.ApiAccess;
import dev.leanjdbc.internal.Failures;
import dev.leanjdbc.internal.LeanOperation;
import org.jooq.DSLContext;

/**
 * Runs the chunks of a bulk operation either in one transaction (all or nothing) or one transaction per
 * chunk, and turns a failure into a {@link ChunkFailedException} that says which chunk failed, its rows,
 * what stayed committed and the database's own reason — also when the failure comes at commit (a deferred
 * constraint). A data source that cannot give a connection is reported as it is, before any chunk ran.
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
     * @param rows the rows of the whole call
     * @param rowsPerChunk rows per chunk; the last chunk has the rest
     */
    public static long run(
            DSLContext dsl,
            String what,
            int rows,
            int rowsPerChunk,
            Atomicity atomicity,
            BulkProgress progress,
            Chunk chunk) {
        int chunks = (rows + rowsPerChunk - 1) / rowsPerChunk;
        // core's statements are marked as the operation's (see LeanOperation); progress callbacks are not
        LeanOperation operation = LeanOperation.of(operationName(what), rowsPerChunk);
        if (atomicity == Atomicity.ALL_OR_NOTHING) {
            int[] reached = {-1}; // the chunk being run; chunks when all ran and the commit is next
            long total;
            LeanOperation outside = operation.enter();
            try {
                total = dsl.transactionResult(cfg -> {
                    long sum = 0;
                    for (int i = 0; i < chunks; i++) {
                        reached[0] = i;
                        sum += chunk.run(cfg.dsl(), i);
                    }
                    reached[0] = chunks;
                    return sum;
                });
            } catch (RuntimeException e) {
                throw failure(what, reached[0], chunks, rows, rowsPerChunk, 0, "nothing was committed", e);
            } finally {
                LeanOperation.restore(outside);
            }
            progress.chunkDone(1, total, total);
            return total;
        }
        long total = 0;
        for (int i = 0; i < chunks; i++) {
            int index = i;
            boolean[] ran = {false, false}; // started, finished
            long n;
            LeanOperation outside = operation.enter();
            try {
                n = dsl.transactionResult(cfg -> {
                    ran[0] = true;
                    long affected = chunk.run(cfg.dsl(), index);
                    ran[1] = true;
                    return affected;
                });
            } catch (RuntimeException e) {
                String committed =
                        i == 0 ? "nothing was committed" : "chunks 1.." + i + " (" + total + " rows) stay committed";
                int reached = !ran[0] ? -1 : ran[1] ? chunks : i;
                if (reached == chunks) { // the body ran: it was this chunk's commit that failed
                    throw ApiAccess.chunkFailed(
                            what + " failed at commit of chunk " + (i + 1) + " " + range(i, rows, rowsPerChunk) + "; "
                                    + committed + ": " + Failures.reason(e),
                            i + 1,
                            total,
                            null,
                            e);
                }
                throw failure(what, reached, chunks, rows, rowsPerChunk, total, committed, e);
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

    /**
     * @param reached the chunk that was running (0-based), {@code chunks} if all had run (so the commit
     *     failed), -1 if none had started (no connection)
     */
    private static RuntimeException failure(
            String what,
            int reached,
            int chunks,
            int rows,
            int rowsPerChunk,
            long committedRows,
            String committed,
            RuntimeException e) {
        if (e instanceof ChunkFailedException) {
            return e;
        }
        if (reached < 0) {
            return e; // the transaction could not begin: the data source's failure, worded once for all operations
        }
        if (reached >= chunks) {
            return ApiAccess.chunkFailed(
                    what + " failed at commit (rows 0.." + (rows - 1) + "); " + committed + ": " + Failures.reason(e),
                    chunks,
                    committedRows,
                    null,
                    e);
        }
        return ApiAccess.chunkFailed(
                what + " failed in chunk " + (reached + 1) + " " + range(reached, rows, rowsPerChunk) + "; " + committed
                        + ": " + Failures.reason(e),
                reached + 1,
                committedRows,
                null,
                e);
    }

    /** "(rows 20..24)": the chunk's real rows, 0-based indexes into the call's collection. */
    private static String range(int index, int rows, int rowsPerChunk) {
        long from = (long) index * rowsPerChunk;
        long to = Math.min(rows, from + rowsPerChunk) - 1;
        return "(rows " + from + ".." + to + ")";
    }
}
