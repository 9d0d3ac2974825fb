package dev.leanjdbc;

/**
 * Told after each committed chunk of a chunked operation ({@link Lean#deleteInChunks}, {@link
 * Lean#updateInChunks}, or a {@link BulkOptions.Atomicity#PER_CHUNK} insert or update).
 *
 * <p>It runs on the calling thread after the chunk's transaction has committed. If it throws, the operation
 * stops: the chunks already reported stay committed, nothing further runs.
 */
@FunctionalInterface
public interface BulkProgress {

    /** Reports nothing. */
    BulkProgress NONE = (chunk, rowsInChunk, rowsSoFar) -> {};

    /**
     * @param chunk 1-based number of the chunk just committed
     * @param rowsInChunk rows the chunk's statement(s) affected
     * @param rowsSoFar rows affected by all chunks so far, this one included
     */
    void chunkDone(int chunk, long rowsInChunk, long rowsSoFar);
}
