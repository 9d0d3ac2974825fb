package dev.leanjdbc;

import dev.leanjdbc.internal.chunk.KeysetChunker;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The entry point of leanjdbc core: database access on jOOQ that is cheap in memory and round-trips.
 *
 * <pre>{@code
 * Lean db = Lean.of(dataSource, SQLDialect.POSTGRES);
 * }</pre>
 *
 * A {@code Lean} is immutable and thread-safe; create one per {@link DataSource} and share it. It borrows a
 * connection per operation and gives it back in the state it found it.
 */
public final class Lean {

    private final DSLContext dsl;
    private final DataSource dataSource;

    private Lean(DSLContext dsl, DataSource dataSource) {
        this.dsl = dsl;
        this.dataSource = dataSource;
    }

    /** A facade on {@code dataSource} (usually a pool) speaking {@code dialect}. */
    public static Lean of(DataSource dataSource, SQLDialect dialect) {
        Objects.requireNonNull(dataSource, "dataSource must not be null");
        Objects.requireNonNull(dialect, "dialect must not be null");
        return new Lean(DSL.using(dataSource, dialect), dataSource);
    }

    /**
     * A facade on an existing jOOQ context, keeping its settings and listeners. The context must be backed
     * by a {@link DataSource} (e.g. {@code DSL.using(dataSource, dialect)}), not by a single connection: the
     * facade borrows and returns connections per operation.
     */
    public static Lean of(DSLContext dsl, DataSource dataSource) {
        Objects.requireNonNull(dsl, "dsl must not be null");
        Objects.requireNonNull(dataSource, "dataSource must not be null");
        return new Lean(dsl, dataSource);
    }

    /** The jOOQ context this facade runs its queries with. */
    public DSLContext dsl() {
        return dsl;
    }

    /** The data source connections are borrowed from. */
    public DataSource dataSource() {
        return dataSource;
    }

    public SQLDialect dialect() {
        return dsl.dialect();
    }

    // --- Streaming and chunked iteration ---

    /** Streaming operations with the default {@link StreamOptions} (fetch size 1000). */
    public LeanStreaming streaming() {
        return streaming(StreamOptions.defaults());
    }

    /** Streaming operations with the given options, e.g. another fetch size. */
    public LeanStreaming streaming(StreamOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        return new LeanStreaming(dsl, dataSource, null, options);
    }

    /**
     * The rows of {@code query}, read lazily on a borrowed connection in constant memory. The stream holds
     * the connection until closed: use try-with-resources. See {@link LeanStreaming#stream(ResultQuery)}.
     */
    public <R extends Record> Stream<R> stream(ResultQuery<R> query) {
        return streaming().stream(query);
    }

    /** The rows of {@code query} mapped as they are read; close the stream. */
    public <R extends Record, E> Stream<E> stream(ResultQuery<R> query, RecordMapper<? super R, E> mapper) {
        return streaming().stream(query, mapper);
    }

    /** Calls {@code action} for each row of {@code query} in constant memory; closes everything itself. */
    public <R extends Record> void forEach(ResultQuery<R> query, Consumer<? super R> action) {
        streaming().forEach(query, action);
    }

    /** The rows of {@code query} as a cursor (an iterator holding a connection until closed). */
    public <R extends Record> LeanCursor<R> cursor(ResultQuery<R> query) {
        return streaming().cursor(query);
    }

    /** The rows of plain SQL with {@code ?} binds, mapped from the JDBC row; close the stream. */
    public <T> Stream<T> stream(String sql, RowMapper<T> mapper, Object... binds) {
        return streaming().stream(sql, mapper, binds);
    }

    /** Calls {@code action} for each mapped row of plain SQL with {@code ?} binds; closes everything itself. */
    public <T> void forEach(String sql, RowMapper<T> mapper, Consumer<? super T> action, Object... binds) {
        streaming().forEach(sql, mapper, action, binds);
    }

    /** The mapped rows of plain SQL with {@code ?} binds as a cursor (an iterator holding a connection). */
    public <T> LeanCursor<T> cursor(String sql, RowMapper<T> mapper, Object... binds) {
        return streaming().cursor(sql, mapper, binds);
    }

    /**
     * Calls {@code handler} for chunks of at most {@code chunkSize} rows of {@code table} matching {@code
     * where} (null: all), in {@code key} order, each chunk in its own short transaction: {@code where ... and
     * key > :last order by key limit :chunkSize}. {@code key} must be the table's single-column primary or
     * unique key.
     *
     * <p><em>Performance:</em> every chunk costs one indexed range scan of {@code chunkSize} rows, however
     * far the iteration has got (OFFSET would rescan all previous rows); no transaction stays open longer
     * than one chunk.
     *
     * @throws ChunkFailedException when a chunk fails; it is rolled back, earlier chunks stay committed
     */
    public <R extends Record, K> ChunkSummary<K> forEachChunk(
            Table<R> table, TableField<R, K> key, int chunkSize, Condition where, ChunkHandler<R> handler) {
        return forEachChunk(table, key, chunkSize, where, ChunkOptions.defaults(), handler);
    }

    /** {@link #forEachChunk(Table, TableField, int, Condition, ChunkHandler)} with resume and progress options. */
    public <R extends Record, K> ChunkSummary<K> forEachChunk(
            Table<R> table,
            TableField<R, K> key,
            int chunkSize,
            Condition where,
            ChunkOptions<K> options,
            ChunkHandler<R> handler) {
        return KeysetChunker.run(dsl, table, key, chunkSize, where, options, handler);
    }
}
