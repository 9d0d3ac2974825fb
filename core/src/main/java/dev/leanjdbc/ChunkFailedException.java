package dev.leanjdbc;

import org.jooq.exception.DataAccessException;

/**
 * A chunk of a chunked operation failed and was rolled back. The message names the operation, the chunk,
 * its rows or keys, what stays committed and the database's own reason with its SQLState ({@link
 * #sqlState()}); the driver's exception is the cause. Thrown by {@code forEachChunk}, {@code
 * updateInChunks}/{@code deleteInChunks} (earlier chunks stay committed: resume with {@link
 * ChunkOptions#withResumeAfter(Object)} and {@link #lastCommittedKey()}) and by {@code insertMany}, {@code
 * upsertMany}, {@code updateFromValues} (with the default {@code ALL_OR_NOTHING} atomicity nothing was
 * committed; with {@code PER_CHUNK}, {@link #rowsCommitted()} rows were). A failure at commit, such as a
 * deferred constraint, says "failed at commit".
 */
public final class ChunkFailedException extends DataAccessException {

    private static final long serialVersionUID = 1L;

    private final long chunk;
    private final long rowsCommitted;
    private final transient Object lastCommittedKey;

    /** Made by leanjdbc (see {@code ApiAccess}); not public, so fields can be added. */
    ChunkFailedException(String message, long chunk, long rowsCommitted, Object lastCommittedKey, Throwable cause) {
        super(message, cause);
        this.chunk = chunk;
        this.rowsCommitted = rowsCommitted;
        this.lastCommittedKey = lastCommittedKey;
    }

    /** Number of the chunk that failed (1-based, in this run). */
    public long chunk() {
        return chunk;
    }

    /** Rows committed by this run before the failure. */
    public long rowsCommitted() {
        return rowsCommitted;
    }

    /**
     * Key of the last committed row, to resume after; the starting key (maybe null) if none committed;
     * null for inserts and updates from values, which do not walk a key.
     */
    public Object lastCommittedKey() {
        return lastCommittedKey;
    }
}
