package dev.leanjdbc;

import dev.leanjdbc.internal.stream.Streaming;
import java.sql.Connection;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;

/**
 * Streaming reads with chosen {@link StreamOptions}, optionally on a connection the caller owns. Obtain one
 * from {@link Lean#streaming(StreamOptions)}; the shortcuts on {@link Lean} use the defaults.
 *
 * <p>Each operation borrows a connection from the data source, prepares it so the driver really streams
 * (see {@code docs/streaming.md}), and restores its auto-commit, read-only, holdability and session settings
 * before giving it back — also after failures and early closes.
 *
 * <p><em>Performance:</em> memory stays constant in the number of rows: at most one fetch of rows is held
 * at a time. Per row nothing is added to a hand-written JDBC loop with the same fetch size (same bytes
 * allocated per row in {@code StreamingBenchmark}). Per stream: the connection's preparation and restore
 * (PostgreSQL: the read-only transaction's {@code BEGIN} travels with the query, then one rollback; H2: two
 * {@code SET} statements) and the leak-detection call site (a few microseconds, see {@code
 * docs/streaming.md}).
 *
 * <p>Immutable and thread-safe, except when bound to a caller's connection with {@link #on(Connection)}:
 * then as thread-safe as that connection.
 */
public final class LeanStreaming {

    private final Streaming streaming;

    LeanStreaming(DSLContext dsl, DataSource dataSource, Connection connection, StreamOptions options) {
        this.streaming = new Streaming(dsl, dataSource, connection, options);
    }

    /**
     * The same operations on a connection the caller owns. It is never closed, committed or rolled back
     * here; session settings changed for streaming are restored. On PostgreSQL the connection must not be
     * in auto-commit mode, or the operations fail with {@link StreamingUnavailableException} (unless {@link
     * StreamOptions#withBufferingAllowed(boolean) buffering is allowed}, then they warn).
     */
    public LeanStreaming on(Connection connection) {
        Objects.requireNonNull(connection, "connection must not be null");
        return new LeanStreaming(streaming.dsl(), streaming.dataSource(), connection, streaming.options());
    }

    public StreamOptions options() {
        return streaming.options();
    }

    /**
     * The rows of {@code query} as a lazily read {@link Stream} holding a connection: close it, with
     * try-with-resources.
     *
     * <pre>{@code
     * try (Stream<OrdersRecord> s = db.stream(selectFrom(ORDERS).where(ORDERS.STATUS.eq("NEW")))) {
     *     s.forEach(this::export);
     * }
     * }</pre>
     */
    public <R extends Record> Stream<R> stream(ResultQuery<R> query) {
        return cursor(query).stream();
    }

    /** The rows of {@code query}, each mapped (e.g. to a DTO) as it is read; close the stream. */
    public <R extends Record, E> Stream<E> stream(ResultQuery<R> query, RecordMapper<? super R, E> mapper) {
        Objects.requireNonNull(mapper, "mapper must not be null");
        return stream(query).map(mapper::map);
    }

    /** Calls {@code action} for each row of {@code query}, then closes everything, also on exceptions. */
    public <R extends Record> void forEach(ResultQuery<R> query, Consumer<? super R> action) {
        Objects.requireNonNull(action, "action must not be null");
        try (LeanCursor<R> cursor = cursor(query)) {
            while (cursor.hasNext()) {
                action.accept(cursor.next());
            }
        }
    }

    /** The rows of {@code query} as a cursor (an iterator to close). */
    public <R extends Record> LeanCursor<R> cursor(ResultQuery<R> query) {
        return streaming.cursor(query);
    }

    /**
     * The rows of a plain SQL query with {@code ?} binds, mapped by {@code mapper}, as a {@link Stream} to
     * close.
     */
    public <T> Stream<T> stream(String sql, ResultSetMapper<T> mapper, Object... binds) {
        return cursor(sql, mapper, binds).stream();
    }

    /** Calls {@code action} for each mapped row of a plain SQL query, then closes everything. */
    public <T> void forEach(String sql, ResultSetMapper<T> mapper, Consumer<? super T> action, Object... binds) {
        Objects.requireNonNull(action, "action must not be null");
        try (LeanCursor<T> cursor = cursor(sql, mapper, binds)) {
            while (cursor.hasNext()) {
                action.accept(cursor.next());
            }
        }
    }

    /** The mapped rows of a plain SQL query as a cursor (an iterator to close). */
    public <T> LeanCursor<T> cursor(String sql, ResultSetMapper<T> mapper, Object... binds) {
        return streaming.cursor(sql, mapper, binds);
    }
}
