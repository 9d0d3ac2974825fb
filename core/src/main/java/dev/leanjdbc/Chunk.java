package dev.leanjdbc;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

/**
 * One chunk of a keyset-chunked iteration.
 *
 * @param number 1 for the first chunk of this run
 * @param records the chunk's rows, ordered by the key
 * @param dsl a context on the chunk's transaction: writes through it commit with the chunk
 */
public record Chunk<R extends Record>(long number, Result<R> records, DSLContext dsl) {}
