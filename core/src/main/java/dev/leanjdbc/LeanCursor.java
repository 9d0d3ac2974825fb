package dev.leanjdbc;

import java.util.Iterator;
import java.util.stream.Stream;

/**
 * A forward-only cursor over a streamed result: an {@link Iterator} holding a borrowed connection until it
 * is closed. Close it with try-with-resources; it also closes itself when the last row has been read.
 *
 * <pre>{@code
 * try (LeanCursor<OrdersRecord> c = db.cursor(selectFrom(ORDERS))) {
 *     while (c.hasNext()) { handle(c.next()); }
 * }
 * }</pre>
 *
 * Not thread-safe. A cursor that is dropped without being closed is found by the garbage collector, logged
 * with the place it was opened, and its connection released (see {@code docs/streaming.md}) — but that may
 * take arbitrarily long, so always close.
 *
 * @param <T> the row type
 */
public interface LeanCursor<T> extends Iterator<T>, AutoCloseable {

    /** Rows handed out so far. */
    long rowsRead();

    /** Whether the cursor is closed (explicitly, after the last row, or after a failure). */
    boolean isClosed();

    /**
     * The remaining rows as a sequential {@link Stream}; closing the stream closes this cursor. Use either
     * the stream or the iterator methods, not both.
     */
    Stream<T> stream();

    /**
     * Releases the result set, restores the connection's state and gives it back. Idempotent; never throws
     * for a connection that broke meanwhile (the pool discards it).
     */
    @Override
    void close();
}
