package dev.leanjdbc.analyzer;

import java.util.List;

/**
 * One execution of one statement, recorded by the analyzer: an immutable fact for reports and detectors.
 *
 * <p>An {@code execute*} call, an {@code executeLargeUpdate} and a whole {@code executeBatch} each make
 * exactly one event. The event of a query is completed when its result set is closed (or its statement is
 * closed or executed again), so that {@link #rowsRead()} and {@link #columnsRead()} are known; that of an
 * update right after the call, unless generated keys were asked for, in which case it completes when the
 * generated keys are closed.
 *
 * <p>Bind values are not kept unless {@code captureBindValues(true)} is set: only their hashes, enough to
 * tell duplicates (same fingerprint, same {@link #parameterHash()}) and to match bind values against values
 * read from an earlier result ({@link #readValues()}).
 */
public final class StatementEvent {

    private final long sequence;
    private final long fingerprintId;
    private final String fingerprint;
    private final StatementKind kind;
    private final int sqlHash;
    private final long executeNanos;
    private final long totalNanos;
    private final long updateCount;
    private final int batchSize;
    private final long rowsRead;
    private final long rowsLeftUnread;
    private final int columnCount;
    private final ColumnSet columnsRead;
    private final int fetchSize;
    private final boolean autoCommit;
    private final ResultMode resultMode;
    private final long parameterHash;
    private final long[] parameterHashes;
    private final List<Object> bindValues;
    private final ReadValueSample readValues;
    private final boolean generatedKeys;
    private final boolean failed;
    private final CallSite callSite;
    private final String threadName;
    private final int connectionId;
    private final int databaseId;
    private final StatementOrigin origin;
    private final boolean recordedAgain;

    /** Made by the analyzer (see {@code ApiAccess}); not public, so fields can be added. */
    StatementEvent(
            long sequence,
            long fingerprintId,
            String fingerprint,
            StatementKind kind,
            int sqlHash,
            long executeNanos,
            long totalNanos,
            long updateCount,
            int batchSize,
            long rowsRead,
            long rowsLeftUnread,
            int columnCount,
            ColumnSet columnsRead,
            int fetchSize,
            boolean autoCommit,
            ResultMode resultMode,
            long parameterHash,
            long[] parameterHashes,
            List<Object> bindValues,
            ReadValueSample readValues,
            boolean generatedKeys,
            boolean failed,
            CallSite callSite,
            String threadName,
            int connectionId,
            int databaseId,
            StatementOrigin origin) {
        this(
                sequence,
                fingerprintId,
                fingerprint,
                kind,
                sqlHash,
                executeNanos,
                totalNanos,
                updateCount,
                batchSize,
                rowsRead,
                rowsLeftUnread,
                columnCount,
                columnsRead,
                fetchSize,
                autoCommit,
                resultMode,
                parameterHash,
                parameterHashes,
                bindValues,
                readValues,
                generatedKeys,
                failed,
                callSite,
                threadName,
                connectionId,
                databaseId,
                origin,
                false);
    }

    /** A copy of {@code e} marked {@link #recordedAgain()}. */
    StatementEvent(StatementEvent e) {
        this(
                e.sequence,
                e.fingerprintId,
                e.fingerprint,
                e.kind,
                e.sqlHash,
                e.executeNanos,
                e.totalNanos,
                e.updateCount,
                e.batchSize,
                e.rowsRead,
                e.rowsLeftUnread,
                e.columnCount,
                e.columnsRead,
                e.fetchSize,
                e.autoCommit,
                e.resultMode,
                e.parameterHash,
                e.parameterHashes,
                e.bindValues,
                e.readValues,
                e.generatedKeys,
                e.failed,
                e.callSite,
                e.threadName,
                e.connectionId,
                e.databaseId,
                e.origin,
                true);
    }

    StatementEvent(
            long sequence,
            long fingerprintId,
            String fingerprint,
            StatementKind kind,
            int sqlHash,
            long executeNanos,
            long totalNanos,
            long updateCount,
            int batchSize,
            long rowsRead,
            long rowsLeftUnread,
            int columnCount,
            ColumnSet columnsRead,
            int fetchSize,
            boolean autoCommit,
            ResultMode resultMode,
            long parameterHash,
            long[] parameterHashes,
            List<Object> bindValues,
            ReadValueSample readValues,
            boolean generatedKeys,
            boolean failed,
            CallSite callSite,
            String threadName,
            int connectionId,
            int databaseId,
            StatementOrigin origin,
            boolean recordedAgain) {
        this.recordedAgain = recordedAgain;
        this.origin = origin == null ? StatementOrigin.APPLICATION : origin;
        this.sequence = sequence;
        this.fingerprintId = fingerprintId;
        this.fingerprint = fingerprint;
        this.kind = kind;
        this.sqlHash = sqlHash;
        this.executeNanos = executeNanos;
        this.totalNanos = totalNanos;
        this.updateCount = updateCount;
        this.batchSize = batchSize;
        this.rowsRead = rowsRead;
        this.rowsLeftUnread = rowsLeftUnread;
        this.columnCount = columnCount;
        this.columnsRead = columnsRead == null ? ColumnSet.EMPTY : columnsRead;
        this.fetchSize = fetchSize;
        this.autoCommit = autoCommit;
        this.resultMode = resultMode == null ? ResultMode.UNKNOWN : resultMode;
        this.parameterHash = parameterHash;
        this.parameterHashes = parameterHashes == null ? NO_HASHES : parameterHashes;
        this.bindValues = bindValues;
        this.readValues = readValues == null ? ReadValueSample.EMPTY : readValues;
        this.generatedKeys = generatedKeys;
        this.failed = failed;
        this.callSite = CallSite.orNotCaptured(callSite);
        this.threadName = threadName;
        this.connectionId = connectionId;
        this.databaseId = databaseId;
    }

    private static final long[] NO_HASHES = new long[0];

    /**
     * Order in which executions started within the analyzer, from 1; unique per analyzer. Events reach scopes
     * when they complete (a query when its result closes), so a result iterated while other statements run
     * — the parent of an N+1 — arrives after them but keeps the smaller sequence number.
     */
    public long sequence() {
        return sequence;
    }

    /**
     * Who sent the statement: the application, or a leanjdbc core operation (e.g. the chunk queries of
     * {@code forEachChunk}); never null.
     */
    public StatementOrigin origin() {
        return origin;
    }

    /** Stable 64-bit id of {@link #fingerprint()}. */
    public long fingerprintId() {
        return fingerprintId;
    }

    /** The statement's shape: literals replaced by {@code ?}, IN-lists collapsed, whitespace and case normalized. */
    public String fingerprint() {
        return fingerprint;
    }

    public StatementKind kind() {
        return kind;
    }

    /** Hash of the exact SQL text; one fingerprint with many SQL hashes means literals instead of binds. */
    public int sqlHash() {
        return sqlHash;
    }

    /** Time spent in the {@code execute*} call itself. */
    public long executeNanos() {
        return executeNanos;
    }

    /** Time from the start of the execution to the completion of the event (for queries: result closed). */
    public long totalNanos() {
        return totalNanos;
    }

    /** Update count (summed over a batch), or -1 for a query or when the driver reported none. */
    public long updateCount() {
        return updateCount;
    }

    /** Number of statements in the batch, or 0 when this was not {@code executeBatch}. */
    public int batchSize() {
        return batchSize;
    }

    public boolean isBatch() {
        return batchSize > 0;
    }

    /** Rows the code moved to with {@code next()} (and the other cursor moves that land on a row). */
    public long rowsRead() {
        return rowsRead;
    }

    /** Columns of the result, or 0 for statements without one. */
    /**
     * Rows still in the result when the code closed it, counted (up to 100,000) only when the driver had
     * buffered the whole result ({@link ResultMode#BUFFERED}); 0 when the code read to the end, or the result
     * was streamed or of an unknown kind.
     */
    public long rowsLeftUnread() {
        return rowsLeftUnread;
    }

    public int columnCount() {
        return columnCount;
    }

    /** Columns the code read with a {@code getXxx} call, by index or label, in any row. */
    public ColumnSet columnsRead() {
        return columnsRead;
    }

    /** Fetch size in effect at execution (0: the driver's default). */
    public int fetchSize() {
        return fetchSize;
    }

    /** Whether the connection was in auto-commit mode at execution. */
    public boolean autoCommit() {
        return autoCommit;
    }

    /** Whether the driver streamed or buffered the result; {@link ResultMode#UNKNOWN} for non-queries. */
    public ResultMode resultMode() {
        return resultMode;
    }

    /** Hash of all bind values in order (of all rows of a batch); 0 without parameters. */
    public long parameterHash() {
        return parameterHash;
    }

    /** Number of per-parameter hashes kept (0 for batches and plain statements). */
    public int parameterCount() {
        return parameterHashes.length;
    }

    /**
     * Hash of the value bound to 1-based parameter {@code index}, comparable with {@link
     * ReadValueSample#columnOf(long)}.
     */
    public long parameterHash(int index) {
        if (index < 1 || index > parameterHashes.length) {
            throw new IndexOutOfBoundsException(
                    "parameter index must be in [1, " + parameterHashes.length + "], was " + index);
        }
        return parameterHashes[index - 1];
    }

    /** The bind values, only when {@code captureBindValues(true)} was configured; otherwise {@code null}. */
    public List<Object> bindValues() {
        return bindValues;
    }

    /** A bounded sample of hashes of the values the code read from the result. */
    public ReadValueSample readValues() {
        return readValues;
    }

    /** Whether generated keys were requested. */
    public boolean generatedKeys() {
        return generatedKeys;
    }

    /** Whether the driver threw from the execution. */
    public boolean failed() {
        return failed;
    }

    /**
     * The application line that ran it, or {@link CallSite#NOT_CAPTURED} (never {@code null}) when its stack
     * was not walked (see {@link CallSiteMode}).
     */
    public CallSite callSite() {
        return callSite;
    }

    /** Name of the thread that executed it. */
    public String threadName() {
        return threadName;
    }

    /** Analyzer-assigned id of the connection (wrapper) it ran on. */
    public int connectionId() {
        return connectionId;
    }

    /**
     * Which of the analyzer's databases ran it: 1 for the first database the analyzer's wrappers talked to,
     * 2 for the next, and so on (told apart by the driver's product name and URL; wrappers of one database
     * share its id); 0 when not known (events made outside the analyzer). One analyzer over several databases
     * keeps what it learns about a statement's result (its columns' number and names) per database.
     */
    public int databaseId() {
        return databaseId;
    }

    /**
     * Whether this analyzer recorded this execution a second time: the statement ran through two stacked
     * wrappers of the same analyzer — the inner one hidden from the outer by a wrapper in between whose {@code
     * unwrap} and {@code isWrapperFor} do not reach it, so wrapping could not tell — and the outer wrapper's
     * event for it is recorded too. Every count that includes both is doubled; wrap the DataSource once. The
     * JUnit module fails a test with query assertions that recorded such an event.
     */
    public boolean recordedAgain() {
        return recordedAgain;
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + kind + " " + fingerprint + " (" + executeNanos / 1000 + " us"
                + (rowsRead > 0 ? ", " + rowsRead + " rows" : "")
                + (updateCount >= 0 ? ", " + updateCount + " updated" : "")
                + (batchSize > 0 ? ", batch of " + batchSize : "")
                + (callSite.isCaptured() ? ", at " + callSite : "")
                + ")";
    }
}
