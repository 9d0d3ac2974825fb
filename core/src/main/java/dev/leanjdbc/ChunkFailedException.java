package dev.leanjdbc;

import org.jooq.exception.DataAccessException;

/**
 * A chunk failed and was rolled back; the chunks before it are committed. Resume with {@link
 * ChunkOptions#resumeAfter(Object)} and {@link #lastCommittedKey()}.
 */
public final class ChunkFailedException extends DataAccessException {

    private static final long serialVersionUID = 1L;

    private final long chunk;
    private final long rowsCommitted;
    private final transient Object lastCommittedKey;

    public ChunkFailedException(
            String message, long chunk, long rowsCommitted, Object lastCommittedKey, Throwable cause) {
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

    /** Key of the last committed row, to resume after; the starting key (maybe null) if none committed. */
    public Object lastCommittedKey() {
        return lastCommittedKey;
    }
}
