package dev.leanjdbc.analyzer.internal.jdbc;

import dev.leanjdbc.analyzer.ResultMode;
import dev.leanjdbc.analyzer.internal.Recorder;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.Executor;

/**
 * A connection whose statements record. Tracks its open statements (up to {@code maxTrackedStatements}) so
 * that closing the connection completes their pending events, and caches the auto-commit flag and, on H2,
 * the lazy-execution flag the result mode depends on.
 */
public final class RecordingConnection extends DelegatingConnection {

    final RecordingDataSource dataSource;
    final Recorder recorder;
    final int id;
    private volatile boolean closed;
    /** -1 unknown, 0 off, 1 on; read from the driver once, then followed through setAutoCommit. */
    private int autoCommit = -1;
    /** Cached H2 lazy-execution flag of this connection; null until needed. */
    private Boolean h2Lazy;

    private boolean h2LazyKnown;

    private RecordingStatement[] open = new RecordingStatement[4];
    private int openCount;

    RecordingConnection(Connection delegate, RecordingDataSource dataSource) {
        super(delegate);
        this.dataSource = dataSource;
        this.recorder = dataSource.recorder();
        this.id = recorder.nextConnectionId();
    }

    // ---- what statements ask at execution

    boolean autoCommitForEvent() {
        int a = autoCommit;
        if (a < 0) {
            try {
                a = delegate.getAutoCommit() ? 1 : 0;
            } catch (SQLException | RuntimeException e) {
                return true;
            }
            autoCommit = a;
        }
        return a == 1;
    }

    ResultMode resultMode(int fetchSize, boolean autoCommit, int resultSetType) {
        Vendor v = dataSource.vendor(delegate);
        return v.resultMode(fetchSize, autoCommit, resultSetType, v == Vendor.H2 ? h2Lazy() : null);
    }

    private Boolean h2Lazy() {
        if (!h2LazyKnown) {
            Connection physical = physical();
            Boolean lazy = dataSource.cachedH2Lazy(physical);
            if (lazy == null) {
                lazy = Vendor.h2LazyExecution(physical);
                dataSource.cacheH2Lazy(physical, lazy);
            }
            h2Lazy = lazy;
            h2LazyKnown = true;
        }
        return h2Lazy;
    }

    /** A statement changed H2's lazy-execution setting: look it up again next time. */
    void h2LazyChanged() {
        h2LazyKnown = false;
        dataSource.cacheH2Lazy(physical(), null);
    }

    private Connection physical() {
        try {
            return delegate.unwrap(Connection.class);
        } catch (SQLException | RuntimeException e) {
            return delegate;
        }
    }

    // ---- statement tracking (bounded)

    synchronized void track(RecordingStatement s) {
        if (openCount >= recorder.config().maxTrackedStatements()) {
            return;
        }
        if (openCount == open.length) {
            open = Arrays.copyOf(open, open.length * 2);
        }
        s.trackIndex = openCount;
        open[openCount++] = s;
    }

    synchronized void untrack(RecordingStatement s) {
        int i = s.trackIndex;
        if (i < 0 || i >= openCount || open[i] != s) {
            return;
        }
        RecordingStatement last = open[--openCount];
        open[i] = last;
        last.trackIndex = i;
        open[openCount] = null;
        s.trackIndex = -1;
    }

    private void closeTrackedStatements() {
        RecordingStatement[] toClose;
        synchronized (this) {
            if (openCount == 0) {
                return; // the usual case: the code closed its statements itself
            }
            toClose = Arrays.copyOf(open, openCount);
            Arrays.fill(open, null);
            openCount = 0;
        }
        for (RecordingStatement s : toClose) {
            s.closedWithConnection();
        }
    }

    private <S extends RecordingStatement> S tracked(S s) {
        try {
            track(s);
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "tracking a statement");
        }
        return s;
    }

    // ---- statements

    @Override
    public Statement createStatement() throws SQLException {
        return tracked(new RecordingStatement(this, delegate.createStatement(), ResultSet.TYPE_FORWARD_ONLY));
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        return tracked(new RecordingStatement(
                this, delegate.createStatement(resultSetType, resultSetConcurrency), resultSetType));
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        return tracked(new RecordingStatement(
                this,
                delegate.createStatement(resultSetType, resultSetConcurrency, resultSetHoldability),
                resultSetType));
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        return tracked(new RecordingPreparedStatement(
                this, delegate.prepareStatement(sql), sql, ResultSet.TYPE_FORWARD_ONLY, false));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        return tracked(new RecordingPreparedStatement(
                this, delegate.prepareStatement(sql, resultSetType, resultSetConcurrency), sql, resultSetType, false));
    }

    @Override
    public PreparedStatement prepareStatement(
            String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        return tracked(new RecordingPreparedStatement(
                this,
                delegate.prepareStatement(sql, resultSetType, resultSetConcurrency, resultSetHoldability),
                sql,
                resultSetType,
                false));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        return tracked(new RecordingPreparedStatement(
                this,
                delegate.prepareStatement(sql, autoGeneratedKeys),
                sql,
                ResultSet.TYPE_FORWARD_ONLY,
                autoGeneratedKeys == Statement.RETURN_GENERATED_KEYS));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        return tracked(new RecordingPreparedStatement(
                this, delegate.prepareStatement(sql, columnIndexes), sql, ResultSet.TYPE_FORWARD_ONLY, true));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        return tracked(new RecordingPreparedStatement(
                this, delegate.prepareStatement(sql, columnNames), sql, ResultSet.TYPE_FORWARD_ONLY, true));
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        return tracked(
                new RecordingCallableStatement(this, delegate.prepareCall(sql), sql, ResultSet.TYPE_FORWARD_ONLY));
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        return tracked(new RecordingCallableStatement(
                this, delegate.prepareCall(sql, resultSetType, resultSetConcurrency), sql, resultSetType));
    }

    @Override
    public CallableStatement prepareCall(
            String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        return tracked(new RecordingCallableStatement(
                this,
                delegate.prepareCall(sql, resultSetType, resultSetConcurrency, resultSetHoldability),
                sql,
                resultSetType));
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        return new RecordingDatabaseMetaData(delegate.getMetaData(), this);
    }

    // ---- state the analyzer follows

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        delegate.setAutoCommit(autoCommit);
        this.autoCommit = autoCommit ? 1 : 0;
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        boolean a = delegate.getAutoCommit();
        this.autoCommit = a ? 1 : 0;
        return a;
    }

    @Override
    public void close() throws SQLException {
        if (!closed) {
            closed = true;
            closeTrackedStatements();
        }
        delegate.close();
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        if (!closed) {
            closed = true;
            closeTrackedStatements();
        }
        delegate.abort(executor);
    }

    @Override
    public boolean isClosed() throws SQLException {
        return closed || delegate.isClosed();
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
        return "RecordingConnection#" + id + "[" + delegate + "]";
    }
}
