package dev.leanjdbc.analyzer.internal.jdbc;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.ColumnSet;
import dev.leanjdbc.analyzer.ReadValueSample;
import dev.leanjdbc.analyzer.ResultMode;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
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

    private final RecordingStatement statement;
    private final RecordingConnection connection;
    private final Recorder recorder;

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

    private long rows;
    private long unreadRows;
    private long columnsLow;
    private long columnsHigh;
    private long[] columnsMore;
    private int columnCount;
    private ReadValueSample readValues;

    Execution(RecordingStatement statement) {
        this.statement = statement;
        this.connection = statement.connection;
        this.recorder = connection.recorder;
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
            this.scopes = recorder.currentScopes();
            this.threadName = Thread.currentThread().getName();
            this.site = recorder.callSite(state, shape == null ? 0 : shape.fingerprintId(), scopes);
            this.autoCommit = connection.autoCommitForEvent();
            if (kind() == StatementKind.SELECT) {
                this.fetchSize = statement.fetchSizeForEvent();
                this.mode = connection.resultMode(fetchSize, autoCommit, statement.resultSetType);
            } else {
                this.fetchSize = 0;
                this.mode = ResultMode.UNKNOWN;
            }
            this.active = true;
            this.sequence = recorder.nextSequence();
            this.start = System.nanoTime();
        } catch (Throwable t) {
            active = false;
            recorder.failOpen().failed(t, "starting an execution");
        }
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
        if (s == null || !active) {
            return;
        }
        try {
            ScopeUsage.statementStarted(s, shape == null ? null : shape.fingerprint(), site, statement);
        } catch (SQLException e) {
            failed();
            throw e;
        } catch (RuntimeException e) {
            recorder.failOpen().failed(e, "counting a statement in its scopes");
        }
    }

    /** The scopes the execution started in, or {@code null}. */
    ScopeNode scopes() {
        return scopes;
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
        if (active) {
            executeNanos = System.nanoTime() - start;
            failed = true;
            complete();
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

    /** Turns the execution into its event and hands it to the recorder. Idempotent. */
    void complete() {
        if (!active) {
            return;
        }
        active = false;
        try {
            StatementEvent e = new StatementEvent(
                    sequence,
                    shape == null ? 0L : shape.fingerprintId(),
                    shape == null ? "(not fingerprinted)" : shape.fingerprint(),
                    kind(),
                    sqlHash,
                    executeNanos,
                    System.nanoTime() - start,
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
                    connection.id);
            ScopeNode inScopes = scopes;
            scopes = null;
            site = null;
            bindValues = null;
            readValues = null;
            recorder.emit(e, inScopes);
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "completing an event");
        }
    }
}
