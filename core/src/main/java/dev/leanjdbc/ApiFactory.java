package dev.leanjdbc;

import dev.leanjdbc.internal.ApiAccess;
import java.util.List;

/** The constructors of this package's exceptions, handed to {@link ApiAccess} by {@link Lean}. */
final class ApiFactory implements ApiAccess.Factory {

    @Override
    public ChunkFailedException chunkFailed(
            String message, long chunk, long rowsCommitted, Object lastCommittedKey, Throwable cause) {
        return new ChunkFailedException(message, chunk, rowsCommitted, lastCommittedKey, cause);
    }

    @Override
    public InvalidRowException invalidRow(int rowIndex, String column, String problem) {
        return new InvalidRowException(rowIndex, column, problem);
    }

    @Override
    public UnloadedColumnException unloadedColumn(String table, String column, List<String> loaded, String fetchedAt) {
        return new UnloadedColumnException(table, column, loaded, fetchedAt);
    }

    @Override
    public StreamingUnavailableException streamingUnavailable(String message) {
        return new StreamingUnavailableException(message);
    }
}
