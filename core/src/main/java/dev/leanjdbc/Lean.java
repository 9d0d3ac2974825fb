package dev.leanjdbc;

import dev.leanjdbc.internal.ApiAccess;
import dev.leanjdbc.internal.BorrowingConnectionProvider;
import dev.leanjdbc.internal.Rows;
import dev.leanjdbc.internal.bulk.BulkDml;
import dev.leanjdbc.internal.bulk.ValuesUpdate;
import dev.leanjdbc.internal.chunk.KeysetChunker;
import dev.leanjdbc.internal.insert.BulkInsert;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
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

    private static final String NO_DATA_SOURCE =
            "dataSource must not be null; pass the DataSource (usually a connection pool) to borrow connections from";

    private final DSLContext dsl;
    /** {@code dsl} with its connection provider wrapped, so a failing data source is worded as streaming words it. */
    private final DSLContext ops;

    private final DataSource dataSource;

    static {
        // The internals make this package's exceptions through ApiAccess, which initialises this class.
        ApiAccess.register(new ApiFactory());
    }

    private Lean(DSLContext dsl, DataSource dataSource) {
        this.dsl = dsl;
        this.ops = dsl.configuration()
                .derive(new BorrowingConnectionProvider(dsl.configuration().connectionProvider()))
                .dsl();
        this.dataSource = dataSource;
    }

    /** A facade on {@code dataSource} (usually a pool) speaking {@code dialect}. */
    public static Lean of(DataSource dataSource, SQLDialect dialect) {
        Objects.requireNonNull(dataSource, NO_DATA_SOURCE);
        Objects.requireNonNull(dialect, "dialect must not be null; pass the database's, e.g. SQLDialect.POSTGRES");
        return new Lean(DSL.using(dataSource, dialect), dataSource);
    }

    /**
     * A facade on an existing jOOQ context, keeping its settings and listeners. The context must be backed
     * by a {@link DataSource} (e.g. {@code DSL.using(dataSource, dialect)}), not by a single connection: the
     * facade borrows and returns connections per operation. The data source comes first, as in {@link
     * #of(DataSource, SQLDialect)}.
     */
    public static Lean of(DataSource dataSource, DSLContext dsl) {
        Objects.requireNonNull(dataSource, NO_DATA_SOURCE);
        Objects.requireNonNull(
                dsl,
                "dsl must not be null; pass a context on the data source, e.g."
                        + " DSL.using(dataSource, SQLDialect.POSTGRES)");
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
        return new LeanStreaming(ops, dataSource, null, options);
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
    public <T> Stream<T> stream(String sql, ResultSetMapper<T> mapper, Object... binds) {
        return streaming().stream(sql, mapper, binds);
    }

    /** Calls {@code action} for each mapped row of plain SQL with {@code ?} binds; closes everything itself. */
    public <T> void forEach(String sql, ResultSetMapper<T> mapper, Consumer<? super T> action, Object... binds) {
        streaming().forEach(sql, mapper, action, binds);
    }

    /** The mapped rows of plain SQL with {@code ?} binds as a cursor (an iterator holding a connection). */
    public <T> LeanCursor<T> cursor(String sql, ResultSetMapper<T> mapper, Object... binds) {
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
            Table<R> table, TableField<R, K> key, Condition where, int chunkSize, ChunkHandler<R> handler) {
        return forEachChunk(table, key, where, chunkSize, ChunkOptions.defaults(), handler);
    }

    /** {@link #forEachChunk(Table, TableField, Condition, int, ChunkHandler)} with resume and progress options. */
    public <R extends Record, K> ChunkSummary<K> forEachChunk(
            Table<R> table,
            TableField<R, K> key,
            Condition where,
            int chunkSize,
            ChunkOptions<K> options,
            ChunkHandler<R> handler) {
        return KeysetChunker.run(ops, table, key, chunkSize, where, options, handler);
    }

    // --- Bulk DML, projections, column subsets, inserts ---

    /**
     * Deletes every row of {@code table} matching {@code where} in one statement ({@code delete from t where
     * ...}), in one transaction (auto-commit). Use {@link #deleteInChunks} when that would hold locks on
     * millions of rows for too long.
     *
     * @return rows deleted
     */
    public int deleteWhere(Table<?> table, Condition where) {
        return BulkDml.deleteWhere(ops, table, where);
    }

    /**
     * Updates every row of {@code table} matching {@code where} in one statement ({@code update t set ...
     * where ...}), in one transaction (auto-commit).
     *
     * <p><b>Performance.</b> One round trip and one set-based plan instead of a statement per row. How much
     * that saves depends on the per-row write cost: on a narrow table it is the round trips that dominate a
     * loop, on a wide, heavily indexed one the row writes themselves (figures in docs/bulk.md).
     *
     * @param set column → new value (a value or a {@code Field} expression such as {@code ORDERS.TOTAL.mul(2)})
     * @return rows updated
     */
    public int updateWhere(Table<?> table, Map<? extends Field<?>, ?> set, Condition where) {
        return BulkDml.updateWhere(ops, table, set, where);
    }

    /**
     * Deletes the rows matching {@code where} in chunks of at most {@code chunkSize} rows, walking the
     * single-column primary key in order (keyset, no OFFSET), each chunk in its own transaction, until none
     * is left. Locks are held for one chunk at a time; a failure leaves earlier chunks committed.
     *
     * @param progress told after each committed chunk; throwing from it stops the operation
     * @return rows deleted
     * @throws IllegalArgumentException if the table has no single-column primary key or {@code chunkSize <= 0}
     * @throws ChunkFailedException when a chunk fails (also at commit): it names the chunk, its keys, the
     *     rows that stay committed and the database's reason and SQLState
     */
    public long deleteInChunks(Table<?> table, Condition where, int chunkSize, BulkProgress progress) {
        return BulkDml.inChunks(ops, table, null, where, chunkSize, progress);
    }

    /**
     * Like {@link #deleteInChunks} but updates: {@code set} is applied to the matching rows in key-ordered
     * chunks of at most {@code chunkSize} rows, each chunk its own transaction. Rows still matching {@code
     * where} after the update are not visited again.
     *
     * @return rows updated
     */
    public long updateInChunks(
            Table<?> table, Map<? extends Field<?>, ?> set, Condition where, int chunkSize, BulkProgress progress) {
        return BulkDml.inChunks(ops, table, set, where, chunkSize, progress);
    }

    /** {@link #updateFromValues(Table, Collection, Collection, BulkOptions)} with default options. */
    public <R extends Record> long updateFromValues(
            Table<R> table, Collection<? extends R> rows, Collection<? extends Field<?>> columns) {
        return updateFromValues(table, rows, columns, BulkOptions.defaults());
    }

    /**
     * Gives many rows different values in one statement per chunk, matched on the primary key: on
     * PostgreSQL {@code update t set c = v.c from (values ...) as v (k, c) where t.k = v.k}, elsewhere
     * {@code merge into t using (values ...) v on ... when matched then update}. Never a {@code CASE WHEN}
     * per row. Rows are validated first (non-null, unique keys; values fitting their columns): a bad row
     * fails the call before any SQL is sent. With default options all chunks run in one transaction.
     *
     * @param rows records carrying the key and the new values of {@code columns}
     * @param columns the columns to update (not key columns)
     * @return rows updated (keys not found in the table are not counted)
     * @throws InvalidRowException for a null or repeated key, a value of another type than its column's or
     *     one that does not fit, with the row index; nothing is sent then
     * @throws ChunkFailedException when the database fails a chunk or the commit, with the chunk, its rows,
     *     what stays committed and the database's reason and SQLState
     */
    public <R extends Record> long updateFromValues(
            Table<R> table, Collection<? extends R> rows, Collection<? extends Field<?>> columns, BulkOptions options) {
        return ValuesUpdate.run(ops, table, Rows.list(rows), List.copyOf(columns), Rows.options(options));
    }

    /**
     * Starts a projection into {@code type}, a Java record or a class with one public constructor whose
     * components name their columns (camelCase → snake_case, or {@link FromColumn}); continue with {@code
     * from(table)}, which validates the mapping.
     */
    public <T> Projection<T> project(Class<T> type) {
        return new Projection<>(ops, type);
    }

    /**
     * Starts a fetch of only {@code columns} (plus the primary key) of a table; continue with {@code
     * from(table)}. The records it returns throw {@link UnloadedColumnException} for other columns.
     */
    @SafeVarargs
    public final <R extends Record> Subset<R> only(TableField<R, ?>... columns) {
        return new Subset<>(ops, List.of(columns));
    }

    /** {@link #insertMany(Table, Collection, BulkOptions)} with default options. */
    public <R extends Record> long insertMany(Table<R> table, Collection<? extends R> rows) {
        return insertMany(table, rows, BulkOptions.defaults());
    }

    /**
     * Inserts many rows by the fastest path the database offers: on PostgreSQL {@code COPY ... FROM STDIN}
     * through pgJDBC's {@code CopyManager} (the connection is unwrapped, so pools and wrappers that
     * implement {@code unwrap} work), else, or if unwrapping fails, multi-row {@code INSERT ... VALUES}. The
     * columns written are those set in at least one row (a row that did not set one of them writes NULL).
     * An empty collection sends nothing. All chunks run in one transaction unless {@link
     * BulkOptions.Atomicity#PER_CHUNK} is chosen.
     *
     * <p><b>Performance.</b> On PostgreSQL, COPY measured about 2x a plain JDBC batch for 100k rows (less
     * on tables with foreign keys and many indexes, whose per-row cost every path pays; docs/inserts.md).
     * The multi-row INSERT fallback renders values through jOOQ and is slower than a batch. COPY returns no
     * generated keys: use {@link #insertManyReturning} for those.
     *
     * @return rows inserted
     * @throws InvalidRowException for a null in a NOT NULL column, a value of another type than its
     *     column's, or one that does not fit or that the database cannot store (e.g. NUL in PostgreSQL text),
     *     with the row index and column name; nothing is sent then
     * @throws ChunkFailedException when the database fails a chunk or the commit, with the chunk, its rows,
     *     what stays committed and the database's reason and SQLState
     */
    public <R extends Record> long insertMany(Table<R> table, Collection<? extends R> rows, BulkOptions options) {
        return BulkInsert.insert(ops, table, Rows.list(rows), Rows.options(options));
    }

    /** {@link #insertManyReturning(Table, Collection, Field, BulkOptions)} with default options. */
    public <R extends Record, K> List<K> insertManyReturning(
            Table<R> table, Collection<? extends R> rows, Field<K> key) {
        return insertManyReturning(table, rows, key, BulkOptions.defaults());
    }

    /**
     * Inserts many rows with multi-row {@code INSERT ... RETURNING key} (emulated where needed) and returns
     * the value of {@code key} of each row, in input order. Never uses COPY, which cannot return keys.
     */
    public <R extends Record, K> List<K> insertManyReturning(
            Table<R> table, Collection<? extends R> rows, Field<K> key, BulkOptions options) {
        return BulkInsert.insertReturning(ops, table, key, Rows.list(rows), Rows.options(options));
    }

    /** {@link #upsertMany(Table, Collection, BulkOptions)} with default options. */
    public <R extends Record> long upsertMany(Table<R> table, Collection<? extends R> rows) {
        return upsertMany(table, rows, BulkOptions.defaults());
    }

    /** {@link #upsertMany(Table, Collection, Collection, BulkOptions)} with default options. */
    public <R extends Record> long upsertMany(
            Table<R> table, Collection<? extends R> rows, Collection<? extends Field<?>> conflictKey) {
        return upsertMany(table, rows, conflictKey, BulkOptions.defaults());
    }

    /**
     * Inserts rows, updating those whose primary key exists: PostgreSQL {@code insert ... on conflict (pk) do
     * update set c = excluded.c}, H2 {@code merge into ... using ... when matched ... when not matched}.
     * Every row must set the key.
     *
     * @return rows inserted or updated, as the database counts them
     */
    public <R extends Record> long upsertMany(Table<R> table, Collection<? extends R> rows, BulkOptions options) {
        return BulkInsert.upsert(ops, table, Rows.list(rows), List.of(), Rows.options(options));
    }

    /** Like {@link #upsertMany(Table, Collection, BulkOptions)}, matching on {@code conflictKey}, a unique key. */
    public <R extends Record> long upsertMany(
            Table<R> table,
            Collection<? extends R> rows,
            Collection<? extends Field<?>> conflictKey,
            BulkOptions options) {
        return BulkInsert.upsert(ops, table, Rows.list(rows), List.copyOf(conflictKey), Rows.options(options));
    }
}
