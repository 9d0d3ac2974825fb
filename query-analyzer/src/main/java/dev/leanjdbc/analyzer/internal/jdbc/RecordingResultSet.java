package dev.leanjdbc.analyzer.internal.jdbc;

import dev.leanjdbc.analyzer.internal.FingerprintState;
import dev.leanjdbc.analyzer.internal.HeapLevel;
import dev.leanjdbc.analyzer.internal.RecordTracking;
import dev.leanjdbc.analyzer.internal.ResultFieldUse;
import dev.leanjdbc.analyzer.internal.ScopeNode;
import dev.leanjdbc.analyzer.internal.ScopeUsage;
import dev.leanjdbc.analyzer.internal.ValueKey;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

/**
 * A result set that counts the rows the code moves to and the columns it reads, and hands both to its
 * execution when closed (which completes the event). Generated keys are wrapped the same way.
 *
 * <p><b>Performance.</b> {@code next()} adds one to a {@code long}; getters set a bit (see {@link
 * ReadTracking}). The column count is read from the driver's metadata once per fingerprint and then
 * cached, refreshed whenever the call site is sampled.
 */
public final class RecordingResultSet extends ResultSetReads {

    private final RecordingStatement statement;
    private Execution execution;
    private final boolean generatedKeys;
    private boolean closed;
    /** Whether {@code next()} said there are no more rows: the code read the result to its end. */
    private boolean exhausted;
    /** This result as the source of tracked jOOQ records made on this thread, while open; else null. */
    private ResultFieldUse recordSource;

    /** The scopes whose row counts and budgets this result feeds, or {@code null} outside any scope. */
    private ScopeNode scopes;
    /** The row count at which {@code next()} next adds its rows to the scopes (never, outside scopes). */
    private long scopeCheckAt = Long.MAX_VALUE;
    /** Rows already added to the scopes. */
    private long scopeRows;

    private boolean buffered;
    /** Whether the driver streams this result (exempt from maxRowsRead where the budget says so). */
    private boolean streamed;

    RecordingResultSet(ResultSet delegate, RecordingStatement statement, Execution execution, boolean generatedKeys) {
        super(delegate, execution != null && statement.recorder.config().maxReadValues() > 0);
        this.statement = statement;
        this.execution = execution;
        this.generatedKeys = generatedKeys;
        ScopeNode s = execution == null || generatedKeys ? null : execution.scopes();
        if (s != null) {
            this.scopes = s;
            this.buffered = execution.buffered();
            this.streamed = execution.streamed();
            this.scopeCheckAt = ScopeUsage.firstCheck(s, buffered, streamed);
        }
    }

    /** Adds the rows read since the last call to the scopes; throws when a budget says stop. */
    private void addScopeRows(boolean mayThrow) throws SQLException {
        long delta = rows - scopeRows;
        scopeRows = rows;
        scopeCheckAt = rows + 1; // a budget that throws throws again on the next row
        if (mayThrow && HeapLevel.watching()) {
            armProbe(); // the row's next object value tells, four collections on, whether rows are kept
        }
        try {
            scopeCheckAt = rows + ScopeUsage.rowsRead(scopes, delta, buffered, streamed, mayThrow);
        } catch (RuntimeException e) {
            // fail-open: an analyzer bug must not reach the application; stop feeding the scopes instead
            scopeCheckAt = Long.MAX_VALUE;
            statement.recorder.failOpen().failed(e, "adding rows to scopes");
        }
    }

    /** Hands what was read to the execution; the statement completes it. Never throws. */
    private void flush() {
        flush(0);
    }

    private void flush(long unreadRows) {
        if (recordSource != null) {
            RecordTracking.end(recordSource);
            recordSource = null;
        }
        Execution x = execution;
        if (x == null) {
            return;
        }
        execution = null;
        if (scopes != null && rows > scopeRows) {
            try {
                addScopeRows(false);
            } catch (Throwable t) {
                statement.recorder.failOpen().failed(t, "adding rows to scopes");
            }
        }
        if (scopes != null && buffered && scopeRows > 0) {
            try {
                ScopeUsage.released(scopes, scopeRows); // the driver's buffer goes with the result
            } catch (Throwable t) {
                statement.recorder.failOpen().failed(t, "releasing rows of scopes");
            }
        }
        try {
            x.addResult(rows, columnsLow, columnsHigh, columnsMore(), columnCount(x), sampledValues(), unreadRows);
        } catch (Throwable t) {
            statement.recorder.failOpen().failed(t, "recording a result");
        }
    }

    private int columnCount(Execution x) {
        FingerprintState state = generatedKeys ? null : x.state();
        int cached = state == null ? -1 : state.cachedColumnCount();
        if (cached >= 0) {
            return cached;
        }
        try {
            ResultSetMetaData md = delegate.getMetaData();
            int n = md.getColumnCount();
            if (state != null) {
                state.cacheColumnCount(n);
                if (state.wantsColumnLabels()) {
                    state.cacheColumnLabels(labels(md, n));
                }
            }
            return n;
        } catch (SQLException | RuntimeException e) {
            // A driver without result metadata stays without it: remember "unknown" (0) for the fingerprint
            // rather than pay for the driver's exception on every execution.
            if (state != null) {
                state.cacheColumnCount(0);
            }
            return 0;
        }
    }

    /** Column labels for findings ("columns read: orders.status"), read once per fingerprint; at most 256. */
    private static String[] labels(ResultSetMetaData md, int n) throws SQLException {
        String[] labels = new String[Math.min(n, 256)];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = md.getColumnLabel(i + 1);
        }
        return labels;
    }

    @Override
    void probed(Object value) {
        ScopeNode s = scopes;
        if (s == null) {
            return;
        }
        try {
            ScopeUsage.probe(s, value);
        } catch (RuntimeException e) {
            statement.recorder.failOpen().failed(e, "taking a retention probe");
        }
    }

    @Override
    int sampleCapacity() {
        return statement.recorder.config().maxReadValues();
    }

    @Override
    ValueKey valueKey() {
        return statement.recorder.valueKey();
    }

    /** The statement moves on (executes again, fetches more results, closes): stop recording into it. */
    void detach() {
        flush();
    }

    // ---- cursor moves: count the rows landed on

    @Override
    public boolean next() throws SQLException {
        boolean onRow;
        try {
            onRow = delegate.next();
        } catch (SQLException e) {
            if (scopes != null) {
                ScopeUsage.throwIfStopped(scopes, e); // the driver's cancellation, caused by a stop
            }
            throw e;
        }
        if (onRow) {
            landed();
            if (rows == 1) {
                firstRow();
            }
            if (rows >= scopeCheckAt) {
                addScopeRows(true);
            }
        } else {
            exhausted = true;
        }
        return onRow;
    }

    /** Records made while this result is read are its rows (tracked jOOQ records; see RecordTracking). */
    private void firstRow() {
        Execution x = execution;
        if (x == null || generatedKeys || recordSource != null) {
            return;
        }
        try {
            recordSource = x.recordSource();
        } catch (Throwable t) {
            statement.recorder.failOpen().failed(t, "tracking records");
        }
    }

    @Override
    public boolean previous() throws SQLException {
        boolean onRow = delegate.previous();
        if (onRow) {
            landed();
        }
        return onRow;
    }

    @Override
    public boolean first() throws SQLException {
        boolean onRow = delegate.first();
        if (onRow) {
            landed();
        }
        return onRow;
    }

    @Override
    public boolean last() throws SQLException {
        boolean onRow = delegate.last();
        if (onRow) {
            landed();
        }
        return onRow;
    }

    @Override
    public boolean absolute(int row) throws SQLException {
        boolean onRow = delegate.absolute(row);
        if (onRow) {
            landed();
        }
        return onRow;
    }

    @Override
    public boolean relative(int rowsToMove) throws SQLException {
        boolean onRow = delegate.relative(rowsToMove);
        if (onRow) {
            landed();
        }
        return onRow;
    }

    @Override
    public void beforeFirst() throws SQLException {
        delegate.beforeFirst();
    }

    @Override
    public void afterLast() throws SQLException {
        delegate.afterLast();
    }

    // ---- life cycle and identity

    /**
     * Rows left in a result the code closed before its end, counted (up to {@value #MAX_UNREAD_PROBE}) only
     * when the driver had buffered the whole result: moving over rows already in memory costs no round trip
     * and the code is done with the result. Streamed or unknown results are not touched (0), nor an H2
     * result that may have been executed lazily after all (see {@link Execution#rowsAlreadyComputed()}).
     */
    private long unreadRows() {
        Execution x = execution;
        if (exhausted || generatedKeys || x == null || !x.rowsAlreadyComputed()) {
            return 0;
        }
        long unread = 0;
        try {
            while (unread < MAX_UNREAD_PROBE && delegate.next()) {
                unread++;
            }
        } catch (Throwable t) {
            statement.recorder.failOpen().failed(t, "counting unread rows");
        }
        return unread;
    }

    /** Cap on the rows counted after an early close; a result this far from read is reported anyway. */
    static final long MAX_UNREAD_PROBE = 100_000;

    @Override
    public void close() throws SQLException {
        if (!closed) {
            closed = true;
            if (execution != null) {
                flush(unreadRows());
                try {
                    statement.resultClosed(this);
                } catch (Throwable t) {
                    statement.recorder.failOpen().failed(t, "closing a result");
                }
            }
        }
        delegate.close();
    }

    @Override
    public boolean isClosed() throws SQLException {
        return closed || delegate.isClosed();
    }

    @Override
    public Statement getStatement() throws SQLException {
        delegate.getStatement(); // the driver's check that the result set is open
        return statement;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        if (iface.isInstance(delegate)) {
            return iface.cast(delegate);
        }
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || iface.isInstance(delegate) || delegate.isWrapperFor(iface);
    }

    @Override
    public String toString() {
        return "RecordingResultSet[" + delegate + "]";
    }

    // ---- plain delegation

    @Override
    public void cancelRowUpdates() throws SQLException {
        delegate.cancelRowUpdates();
    }

    @Override
    public void clearWarnings() throws SQLException {
        delegate.clearWarnings();
    }

    @Override
    public void deleteRow() throws SQLException {
        delegate.deleteRow();
    }

    @Override
    public int findColumn(String s) throws SQLException {
        return delegate.findColumn(s);
    }

    @Override
    public int getConcurrency() throws SQLException {
        return delegate.getConcurrency();
    }

    @Override
    public String getCursorName() throws SQLException {
        return delegate.getCursorName();
    }

    @Override
    public int getFetchDirection() throws SQLException {
        return delegate.getFetchDirection();
    }

    @Override
    public int getFetchSize() throws SQLException {
        return delegate.getFetchSize();
    }

    @Override
    public int getHoldability() throws SQLException {
        return delegate.getHoldability();
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        return delegate.getMetaData();
    }

    @Override
    public int getRow() throws SQLException {
        return delegate.getRow();
    }

    @Override
    public int getType() throws SQLException {
        return delegate.getType();
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        return delegate.getWarnings();
    }

    @Override
    public void insertRow() throws SQLException {
        delegate.insertRow();
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        return delegate.isAfterLast();
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        return delegate.isBeforeFirst();
    }

    @Override
    public boolean isFirst() throws SQLException {
        return delegate.isFirst();
    }

    @Override
    public boolean isLast() throws SQLException {
        return delegate.isLast();
    }

    @Override
    public void moveToCurrentRow() throws SQLException {
        delegate.moveToCurrentRow();
    }

    @Override
    public void moveToInsertRow() throws SQLException {
        delegate.moveToInsertRow();
    }

    @Override
    public void refreshRow() throws SQLException {
        delegate.refreshRow();
    }

    @Override
    public boolean rowDeleted() throws SQLException {
        return delegate.rowDeleted();
    }

    @Override
    public boolean rowInserted() throws SQLException {
        return delegate.rowInserted();
    }

    @Override
    public boolean rowUpdated() throws SQLException {
        return delegate.rowUpdated();
    }

    @Override
    public void setFetchDirection(int n) throws SQLException {
        delegate.setFetchDirection(n);
    }

    @Override
    public void setFetchSize(int n) throws SQLException {
        delegate.setFetchSize(n);
    }

    @Override
    public boolean wasNull() throws SQLException {
        return delegate.wasNull();
    }
}
