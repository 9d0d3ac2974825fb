package dev.leanjdbc.analyzer.internal.jdbc;

import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.Recorder;
import dev.leanjdbc.analyzer.internal.ValueHash;
import dev.leanjdbc.analyzer.internal.sql.SqlShape;
import dev.leanjdbc.analyzer.internal.sql.SqlShapeCache;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A statement that records one event per execution. Queries complete their event when the result set is
 * closed (or the statement is executed again or closed), updates right away unless generated keys were
 * requested, in which case when those are closed.
 *
 * <p>Driver exceptions pass through untouched (same instance); analyzer failures are swallowed by {@link
 * Execution} and the recorder (fail-open).
 */
public class RecordingStatement extends DelegatingStatement {

    final RecordingConnection connection;
    final int resultSetType;
    final Recorder recorder;
    final Execution execution;
    int trackIndex = -1;
    private volatile boolean closed;
    private int fetchSize;
    private boolean fetchSizeKnown;
    /** The open result set of the current execution, if any. */
    private RecordingResultSet current;

    /** The batch being added up, made on the first {@code addBatch} (shared with subclasses). */
    private PendingBatch batch;

    RecordingStatement(RecordingConnection connection, Statement delegate, int resultSetType) {
        super(delegate);
        this.connection = connection;
        this.resultSetType = resultSetType;
        this.recorder = connection.recorder;
        this.execution = new Execution(this);
    }

    // ---- the execution life cycle, shared with the prepared and callable subclasses

    /** Completes the previous execution of this statement: its open result is read no further. */
    final void finishPrevious() {
        RecordingResultSet rs = current;
        if (rs != null) {
            current = null;
            rs.detach();
        }
        execution.complete();
    }

    /** Starts the execution of a plain SQL string. */
    final void start(String sql, boolean keys) throws SQLException {
        finishPrevious();
        SqlShapeCache.Entry shaped = recorder.shaped(sql);
        SqlShape shape = shaped == null ? null : shaped.shape();
        try {
            if (shape != null && shape.kind() == StatementKind.OTHER && H2Settings.changesLazyExecution(sql)) {
                connection.h2LazyChanged();
            }
            execution.begin(shape, recorder.state(shaped, connection.databaseId()), sql, keys);
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "starting an execution");
        }
        execution.enterScopes();
    }

    /** The driver returned an update count: the event completes unless generated keys are still to come. */
    final int updated(int count) {
        updated((long) count);
        return count;
    }

    final long updated(long count) {
        execution.executed();
        execution.updateCount(count);
        if (!execution.wantsKeys()) {
            execution.completeAsExecuted();
        }
        return count;
    }

    /** {@code execute} returned: the event waits for the result set or the update count. */
    final boolean executed(boolean hasResultSet) {
        execution.executed();
        return hasResultSet;
    }

    /** The driver returned a batch result. */
    final void batchDone(int[] counts) {
        long sum = 0;
        boolean known = false;
        for (int c : counts) {
            if (c >= 0) {
                sum += c;
                known = true;
            }
        }
        updated(known ? sum : -1);
    }

    final void batchDone(long[] counts) {
        long sum = 0;
        boolean known = false;
        for (long c : counts) {
            if (c >= 0) {
                sum += c;
                known = true;
            }
        }
        updated(known ? sum : -1);
    }

    /** Wraps a result set of the current execution; never throws (returns the driver's on failure). */
    final ResultSet result(ResultSet rs, boolean generatedKeys) {
        if (rs == null) {
            return null;
        }
        try {
            RecordingResultSet open = current;
            if (open != null && open.delegate == rs) {
                return open;
            }
            boolean attach = execution.isActive() && (!generatedKeys || execution.wantsKeys());
            RecordingResultSet w = new RecordingResultSet(rs, this, attach ? execution : null, generatedKeys);
            if (attach) {
                current = w;
            }
            return w;
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "wrapping a result set");
            return rs;
        }
    }

    /** Called by a result set of the current execution when the code closed it. */
    final void resultClosed(RecordingResultSet rs) {
        if (current == rs) {
            current = null;
        }
        execution.complete();
    }

    int fetchSizeForEvent() {
        if (!fetchSizeKnown) {
            try {
                fetchSize = delegate.getFetchSize();
            } catch (SQLException | RuntimeException e) {
                fetchSize = 0;
            }
            fetchSizeKnown = true;
        }
        return fetchSize;
    }

    /** The connection was closed: complete what is pending, close the driver's statement quietly. */
    final void closedWithConnection() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            finishPrevious();
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "closing a statement with its connection");
        }
        try {
            delegate.close();
        } catch (SQLException | RuntimeException ignored) {
            // The driver closes it with the connection anyway; the application did not ask for this call.
        }
    }

    // ---- executions

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        start(sql, false);
        ResultSet rs;
        try {
            rs = delegate.executeQuery(sql);
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
        execution.executed();
        return result(rs, false);
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        start(sql, false);
        try {
            return updated(delegate.executeUpdate(sql));
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        start(sql, autoGeneratedKeys == RETURN_GENERATED_KEYS);
        try {
            return updated(delegate.executeUpdate(sql, autoGeneratedKeys));
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        start(sql, true);
        try {
            return updated(delegate.executeUpdate(sql, columnIndexes));
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        start(sql, true);
        try {
            return updated(delegate.executeUpdate(sql, columnNames));
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        start(sql, false);
        try {
            return updated(delegate.executeLargeUpdate(sql));
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
    }

    @Override
    public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        start(sql, autoGeneratedKeys == RETURN_GENERATED_KEYS);
        try {
            return updated(delegate.executeLargeUpdate(sql, autoGeneratedKeys));
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
    }

    @Override
    public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
        start(sql, true);
        try {
            return updated(delegate.executeLargeUpdate(sql, columnIndexes));
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
    }

    @Override
    public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
        start(sql, true);
        try {
            return updated(delegate.executeLargeUpdate(sql, columnNames));
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        start(sql, false);
        try {
            return executed(delegate.execute(sql));
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        start(sql, autoGeneratedKeys == RETURN_GENERATED_KEYS);
        try {
            return executed(delegate.execute(sql, autoGeneratedKeys));
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        start(sql, true);
        try {
            return executed(delegate.execute(sql, columnIndexes));
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        start(sql, true);
        try {
            return executed(delegate.execute(sql, columnNames));
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        delegate.addBatch(sql);
        // keyed: the SQL of a plain batch carries its values as literals, which must not be recoverable
        batch().add(sql, recorder.valueKey().apply(ValueHash.of(sql)));
    }

    @Override
    public void clearBatch() throws SQLException {
        delegate.clearBatch();
        clearPendingBatch();
    }

    /** The pending batch, made on first use. */
    final PendingBatch batch() {
        PendingBatch b = batch;
        if (b == null) {
            batch = b = new PendingBatch();
        }
        return b;
    }

    /** Forgets the pending batch (executed or cleared). */
    final void clearPendingBatch() {
        if (batch != null) {
            batch.clear();
        }
    }

    /** Rows or statements in the pending batch. */
    final int pendingBatchSize() {
        return batch == null ? 0 : batch.size;
    }

    /** The hash over the pending batch's rows or statements; 0 when empty. */
    final long pendingBatchHash() {
        return batch == null ? 0 : batch.hash;
    }

    @Override
    public int[] executeBatch() throws SQLException {
        startBatch();
        int[] counts;
        try {
            counts = delegate.executeBatch();
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
        batchDone(counts);
        return counts;
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        startBatch();
        long[] counts;
        try {
            counts = delegate.executeLargeBatch();
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
        batchDone(counts);
        return counts;
    }

    /** Starts the execution of a batch; the batch is cleared as JDBC clears it. */
    void startBatch() throws SQLException {
        int size = pendingBatchSize();
        long hash = pendingBatchHash();
        String sql = batch == null ? null : batch.firstSql;
        clearPendingBatch();
        start(sql == null ? "" : sql, false);
        execution.batch(size, hash, null);
    }

    // ---- results

    @Override
    public ResultSet getResultSet() throws SQLException {
        return result(delegate.getResultSet(), false);
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        return result(delegate.getGeneratedKeys(), true);
    }

    @Override
    public int getUpdateCount() throws SQLException {
        int n = delegate.getUpdateCount();
        updateCountSeen(n);
        return n;
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        long n = delegate.getLargeUpdateCount();
        updateCountSeen(n);
        return n;
    }

    /** After {@code execute} returned false the code asks for the update count: that completes the event. */
    private void updateCountSeen(long n) {
        if (n >= 0 && current == null && execution.isActive()) {
            updated(n);
        }
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        detachCurrent();
        return delegate.getMoreResults();
    }

    @Override
    public boolean getMoreResults(int current) throws SQLException {
        detachCurrent();
        return delegate.getMoreResults(current);
    }

    private void detachCurrent() {
        RecordingResultSet rs = current;
        if (rs != null) {
            current = null;
            rs.detach();
        }
    }

    // ---- identity and life cycle

    @Override
    public Connection getConnection() throws SQLException {
        delegate.getConnection(); // the driver's check that the statement is open
        return connection;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        delegate.setFetchSize(rows);
        fetchSize = rows;
        fetchSizeKnown = true;
    }

    @Override
    public void close() throws SQLException {
        if (!closed) {
            closed = true;
            try {
                finishPrevious();
                connection.untrack(this);
            } catch (Throwable t) {
                recorder.failOpen().failed(t, "closing a statement");
            }
        }
        delegate.close();
    }

    @Override
    public boolean isClosed() throws SQLException {
        return closed || delegate.isClosed();
    }
}
