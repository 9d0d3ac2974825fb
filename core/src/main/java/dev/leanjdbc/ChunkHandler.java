package dev.leanjdbc;

import org.jooq.Record;

/**
 * Handles one chunk inside its transaction. Throwing rolls back that chunk and stops the iteration with a
 * {@link ChunkFailedException} naming the last committed key to resume from.
 */
@FunctionalInterface
public interface ChunkHandler<R extends Record> {

    void handle(Chunk<R> chunk) throws Exception;
}
