package dev.leanjdbc;

/**
 * The outcome of a keyset-chunked iteration.
 *
 * @param chunks chunks handled and committed
 * @param rows rows handled and committed
 * @param lastKey the key of the last committed row (the resume point), or the starting key when no rows
 */
public record ChunkSummary<K>(long chunks, long rows, K lastKey) {}
