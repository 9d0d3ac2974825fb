package dev.leanjdbc.analyzer.internal.jdbc;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.ColumnSet;
import dev.leanjdbc.analyzer.ReadValueSample;
import dev.leanjdbc.analyzer.ResultMode;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.CoreOperations;
import dev.leanjdbc.analyzer.internal.FingerprintState;
import dev.leanjdbc.analyzer.internal.RecordTracking;
import dev.leanjdbc.analyzer.internal.Recorder;
import dev.leanjdbc.analyzer.internal.ResultFieldUse;
import dev.leanjdbc.analyzer.internal.ScopeNode;
import dev.leanjdbc.analyzer.internal.ScopeUsage;
import dev.leanjdbc.analyzer.internal.sql.SqlShape;
import java.sql.SQLException;
import java.util.List;

/**
 * The execution in flight on one statement: what is known when it starts, what its results add, and the
 * event it becomes. One instance per statement wrapper, reused for each execution, so that recording
 * allocates only the event itself.
 *
 * <p>Every method catches its own failures (fail-open): at worst an event is lost, never a JDBC call.
 */
final class Execution {

    /** The statement, and through it the connection and the recorder (not kept here: one object per statement). */
    private final RecordingStatement statement;

    private boolean active;
    private SqlShape shape;
    private FingerprintState state;
    private int sqlHash;
    private long start;
    /** Taken when the execution starts, so a result iterated while others run keeps its place before them. */
    private long sequence;

    private long executeNanos;
    private ScopeNode scopes;
    private CallSite site;
    private String threadName;
    private boolean keys;
    private int batchSize;
    private long updateCount;
    private long parameterHash;
    private long[] parameterHashes;
    private List<Object> bindValues;
    private int fetchSize;
    private boolean autoCommit;
    private ResultMode mode;
    private boolean failed;
    /** Whether the driver's maxRows was capped for this execution (see {@link #capBufferedResult}). */
    private boolean maxRowsCapped;

    private long rows;
    private long unreadRows;
    private long columnsLow;
    private long columnsHigh;
    private long[] columnsMore;
    private int columnCount;
    private ReadValueSample readValues;
    /** leanjdbc core's operation marker when the execution started, or null: the application's statement. */
    private Object operation;
    /** The connection's count of H2 lazy-flag changes when the execution started. */
    private int h2LazyChangesAtStart;

    /**
     * The executions inside a driver call on this thread, innermost first, linked through {@link #outer}.
     * One that begins inside a driver call of an execution of the same recorder runs through two stacked
     * wrappers of one analyzer (the outer could not see the inner: a wrapper between them hides it), so the
     * analyzer records the statement twice; its event is marked {@link StatementEvent#recordedAgain()}.
     * Holds nothing (null) once the driver calls returned.
     */
    private static final ThreadLocal<DriverCalls> IN_DRIVER = ThreadLocal.withInitial(DriverCalls::new);

    /**
     * A thread's innermost execution inside a driver call. A holder, so that an execution looks its thread up
     * once when it enters the driver and leaves through the reference it kept: one thread-local lookup per
     * execution instead of four. Holds an execution only while its driver call runs.
     */
    private static final class DriverCalls {
        Execution innermost;
    }

    /** The thread's holder while this execution is inside its driver call, else null. */
    private DriverCalls calls;

    /** Chains are as deep as the wrappers around a driver; a longer one is not followed further. */
    private static final int MAX_STACK = 16;

    private Execution outer;
    private boolean inDriver;
    private boolean recordedAgain;

    Execution(RecordingStatement statement) {
        this.statement = statement;
    }

    private Recorder recorder() {
        return statement.recorder;
    }

    private RecordingConnection connection() {
        return statement.connection;
    }

    boolean isActive() {
        return active;
    }

    FingerprintState state() {
        return state;
    }

    /** Starts an execution; the clock starts last so analyzer work is not timed as the statement's. */
    void begin(SqlShape shape, FingerprintState state, String sql, boolean keys) {
        try {
            this.shape = shape;
            this.state = state;
            this.sqlHash = sql == null ? 0 : sql.hashCode();
            this.keys = keys;
            this.batchSize = 0;
            this.updateCount = -1;
            this.parameterHash = 0;
            this.parameterHashes = null;
            this.bindValues = null;
            this.failed = false;
            this.rows = 0;
            this.unreadRows = 0;
            this.columnsLow = 0;
            this.columnsHigh = 0;
            this.columnsMore = null;
            this.columnCount = 0;
            this.readValues = null;
            this.operation = CoreOperations.current();
            this.h2LazyChangesAtStart = connection().h2LazyChanges();
            this.scopes = recorder().currentScopes();
            this.threadName = Thread.currentThread().getName();
            this.site = recorder().callSite(state, shape == null ? 0 : shape.fingerprintId(), scopes);
            this.autoCommit = connection().autoCommitForEvent();
            if (kind() == StatementKind.SELECT) {
                this.fetchSize = statement.fetchSizeForEvent();
                this.mode = connection().resultMode(fetchSize, autoCommit, statement.resultSetType);
            } else {
                this.fetchSize = 0;
                this.mode = ResultMode.UNKNOWN;
            }
            this.active = true;
            enterDriver();
            this.sequence = recorder().nextSequence();
            this.start = System.nanoTime();
        } catch (Throwable t) {
            active = false;
            recorder().failOpen().failed(t, "starting an execution");
        }
    }

    private void enterDriver() {
        DriverCalls d = IN_DRIVER.get();
        Execution o = d.innermost;
        if (o == this) {
            o = outer; // began again without the driver returning (cannot happen through the wrappers' paths)
        }
        boolean again = false;
        Execution x = o;
        for (int depth = 0; x != null && depth < MAX_STACK; depth++, x = x.outer) {
            if (x.inDriver && x.recorder() == recorder()) {
                again = true;
                break;
            }
        }
        recordedAgain = again;
        outer = o;
        inDriver = true;
        calls = d;
        d.innermost = this;
    }

    /** The driver call returned or threw: this execution no longer encloses any other. */
    private void leaveDriver() {
        if (!inDriver) {
            return;
        }
        inDriver = false;
        DriverCalls d = calls;
        if (d.innermost == this) {
            d.innermost = outer;
        }
        calls = null;
        outer = null;
    }

    /** Marks a result of this SELECT as the source of tracked records made now on this thread, or null. */
    ResultFieldUse recordSource() {
        return active && kind() == StatementKind.SELECT ? RecordTracking.begin(scopes, shape.fingerprintId()) : null;
    }

    /**
     * Counts the started execution in its scopes and checks their statement budgets. Outside the fail-open
     * guard on purpose: a spent budget must stop the statement. A refused execution is recorded as failed.
     */
    void enterScopes() throws SQLException {
        ScopeNode s = scopes;
        if (s == null || !active || CoreOperations.internal(operation)) {
            return; // leanjdbc's own session settings do not count against the user's budget
        }
        try {
            ScopeUsage.statementStarted(s, shape == null ? null : shape.fingerprint(), site, statement);
        } catch (SQLException e) {
            failed();
            throw e;
        } catch (RuntimeException e) {
            recorder().failOpen().failed(e, "counting a statement in its scopes");
        }
        capBufferedResult();
    }

    /**
     * A query whose result the driver will buffer whole, under a THROW budget with a row limit, with no
     * maxRows of the application's: caps the driver's maxRows at the remaining budget + 1 for this
     * execution, so the driver buffers no more than the row that fails the budget. Undone as soon as the
     * driver returns ({@link #uncap}): the application's {@code getMaxRows()} still reads 0, and results
     * within the budget are the same rows.
     */
    private void capBufferedResult() {
        if (!buffered() || kind() != StatementKind.SELECT || keys) {
            return;
        }
        try {
            long remaining = ScopeUsage.remainingBeforeThrow(scopes);
            if (remaining >= Integer.MAX_VALUE - 1L) {
                return;
            }
            java.sql.Statement driver = statement.delegate;
            if (driver.getMaxRows() == 0) {
                driver.setMaxRows((int) remaining + 1);
                maxRowsCapped = true;
            }
        } catch (SQLException | RuntimeException e) {
            recorder().failOpen().failed(e, "capping a buffered result at its budget");
        }
    }

    /** Sets the driver's maxRows back to the application's 0 after a capped execution. Never throws. */
    private void uncap() {
        if (!maxRowsCapped) {
            return;
        }
        maxRowsCapped = false;
        try {
            statement.delegate.setMaxRows(0);
        } catch (SQLException | RuntimeException e) {
            recorder().failOpen().failed(e, "resetting maxRows after a capped execution");
        }
    }

    /**
     * The driver threw {@code t}: when a scope of this execution was stopped, throws the stop instead (the
     * driver's cancellation, which the stop caused, becomes its cause), so that the application sees one
     * final exception rather than a driver's "query canceled" that reads as retryable.
     */
    void rethrowIfStopped(Throwable t) throws SQLException {
        if (t instanceof SQLException e && scopes != null) {
            ScopeUsage.throwIfStopped(scopes, e);
        }
    }

    /** The scopes the execution started in, or {@code null}. */
    ScopeNode scopes() {
        return scopes;
    }

    /**
     * Whether moving over the rest of this buffered result costs the database nothing: on H2 only when the
     * session is eager now and its lazy flag did not change since the execution started (a result executed
     * lazily under a stale cached flag would compute every row the probe moves to). A result found to have
     * been executed lazily after all is recorded as streamed.
     */
    boolean rowsAlreadyComputed() {
        if (!buffered()) {
            return false;
        }
        if (connection().dataSource.vendor(connection().delegate) != Vendor.H2) {
            return true;
        }
        if (connection().h2LazyChanges() != h2LazyChangesAtStart) {
            return false;
        }
        if (!connection().h2EagerNow()) {
            mode = ResultMode.STREAMED;
            return false;
        }
        return true;
    }

    /** Whether the driver streams this execution's result (see {@link ResultMode}). */
    boolean streamed() {
        return active && mode == ResultMode.STREAMED;
    }

    /** Whether the driver held this execution's whole result in memory (see {@link ResultMode}). */
    boolean buffered() {
        return active && mode == ResultMode.BUFFERED;
    }

    StatementKind kind() {
        return shape == null ? StatementKind.OTHER : shape.kind();
    }

    void parameters(long hash, long[] perParameter, List<Object> values) {
        this.parameterHash = hash;
        this.parameterHashes = perParameter;
        this.bindValues = values;
    }

    void batch(int size, long hash, List<Object> values) {
        this.batchSize = size;
        this.parameterHash = hash;
        this.bindValues = values;
    }

    /** The driver returned from the execute call. */
    void executed() {
        leaveDriver();
        uncap();
        if (active) {
            executeNanos = System.nanoTime() - start;
        }
    }

    void updateCount(long count) {
        if (active) {
            updateCount = count;
        }
    }

    /** The driver threw: the event is completed now, marked failed. */
    void failed() {
        leaveDriver();
        uncap();
        if (active) {
            executeNanos = System.nanoTime() - start;
            failed = true;
            completeAsExecuted();
        }
    }

    boolean wantsKeys() {
        return keys;
    }

    /** A result of this execution was closed: add what was read from it. */
    void addResult(
            long resultRows, long low, long high, long[] more, int columns, ReadValueSample values, long unread) {
        if (!active) {
            return;
        }
        rows += resultRows;
        unreadRows += unread;
        columnsLow |= low;
        columnsHigh |= high;
        if (more != null) {
            if (columnsMore == null || columnsMore.length < more.length) {
                long[] grown = new long[more.length];
                if (columnsMore != null) {
                    System.arraycopy(columnsMore, 0, grown, 0, columnsMore.length);
                }
                columnsMore = grown;
            }
            for (int i = 0; i < more.length; i++) {
                columnsMore[i] |= more[i];
            }
        }
        columnCount = Math.max(columnCount, columns);
        if (values != null && values.size() > 0 && readValues == null) {
            readValues = values;
        }
    }

    /**
     * Completes an execution that has no result to wait for (an update count, a batch, a failure) right as
     * the driver returned: its total time is its execute time, without a third clock read — tens of
     * nanoseconds on some virtual machines, on every DML statement.
     */
    void completeAsExecuted() {
        if (active) {
            complete(executeNanos);
        }
    }

    /** Turns the execution into its event and hands it to the recorder. Idempotent. */
    void complete() {
        if (active) {
            complete(System.nanoTime() - start);
        }
    }

    private void complete(long totalNanos) {
        if (!active) {
            return;
        }
        active = false;
        try {
            StatementEvent e = ApiAccess.statementEvent(
                    sequence,
                    shape == null ? 0L : shape.fingerprintId(),
                    shape == null ? "(not fingerprinted)" : shape.fingerprint(),
                    kind(),
                    sqlHash,
                    executeNanos,
                    totalNanos,
                    updateCount,
                    batchSize,
                    rows,
                    unreadRows,
                    columnCount,
                    ColumnSet.ofWords(columnsLow, columnsHigh, columnsMore),
                    fetchSize,
                    autoCommit,
                    mode,
                    parameterHash,
                    parameterHashes,
                    bindValues,
                    readValues,
                    keys,
                    failed,
                    site,
                    threadName,
                    connection().id,
                    connection().databaseId(),
                    CoreOperations.origin(operation));
            if (recordedAgain) {
                e = ApiAccess.recordedAgain(e);
            }
            ScopeNode inScopes = scopes;
            scopes = null;
            site = null;
            bindValues = null;
            readValues = null;
            operation = null;
            recorder().emit(e, inScopes);
        } catch (Throwable t) {
            recorder().failOpen().failed(t, "completing an event");
        }
    }
}
