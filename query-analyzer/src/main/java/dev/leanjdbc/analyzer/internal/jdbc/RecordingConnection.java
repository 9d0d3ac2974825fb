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
    /**
     * -1 unknown, 0 off, 1 on; read from the driver once, then followed through setAutoCommit. A byte, as
     * the wrapper is made on every borrow and stays within 56 bytes so.
     */
    private byte autoCommit = -1;
    /** Cached H2 lazy-execution flag of this connection; null until needed. */
    private Boolean h2Lazy;

    private boolean h2LazyKnown;

    private int h2LazyChanges;

    /** The driver's connection behind {@link #delegate}, found once: H2's lazy flag is read on it. */
    private Connection physical;

    /*
     * Open statements, unsynchronized like a pool's own statement list: JDBC code uses a connection from one
     * thread at a time, and a lock here would cost every statement two atomic operations. Code that shares a
     * connection between threads at once may at worst leave a statement untracked — its event then completes
     * when the statement or its result is closed, not with the connection. The usual single open statement
     * lives in a field, so borrowing a connection allocates no array.
     */
    private RecordingStatement single;

    private RecordingStatement[] more;
    private int moreCount;

    RecordingConnection(Connection delegate, RecordingDataSource dataSource) {
        super(delegate);
        this.dataSource = dataSource;
        this.recorder = dataSource.recorder();
        this.id = recorder.nextConnectionId();
    }

    // ---- what statements ask at execution

    boolean autoCommitForEvent() {
        byte a = autoCommit;
        if (a < 0) {
            try {
                a = (byte) (delegate.getAutoCommit() ? 1 : 0);
            } catch (SQLException | RuntimeException e) {
                return true;
            }
            autoCommit = a;
        }
        return a == 1;
    }

    /** The analyzer's id of the database this connection talks to (see {@link Recorder#databaseId}). */
    int databaseId() {
        return dataSource.databaseId(delegate);
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

    /** Changes of H2's lazy-execution setting seen on this connection. */
    int h2LazyChanges() {
        return h2LazyChanges;
    }

    /**
     * Whether H2 computes the whole result at execution on this session now, asked of the driver itself
     * (not the cache) before the unread-row probe moves over rows: on a lazy session that would compute
     * rows the application never asked for. A cached flag found stale is refreshed.
     */
    boolean h2EagerNow() {
        Boolean live = Vendor.h2LazyExecution(physical());
        if (live == null) {
            return false;
        }
        if (h2LazyKnown && !live.equals(h2Lazy)) {
            h2LazyChanged(); // changed behind the analyzer's back (e.g. on the unwrapped driver connection)
        }
        return !live;
    }

    /** A statement changed H2's lazy-execution setting: look it up again next time. */
    void h2LazyChanged() {
        h2LazyChanges++;
        h2LazyKnown = false;
        dataSource.cacheH2Lazy(physical(), null);
    }

    /**
     * The driver's connection, past pools and other analyzers' wrappers (whose {@code unwrap(Connection.class)}
     * answers themselves, as JDBC says a wrapper implementing the interface does). Found once per wrapper:
     * the connection behind a delegate does not change, and the lazy flag is read on it for most queries.
     */
    private Connection physical() {
        Connection p = physical;
        if (p == null) {
            physical = p = unwrapPhysical();
        }
        return p;
    }

    private Connection unwrapPhysical() {
        Connection c = delegate;
        try {
            for (int depth = 0; depth < RecordingDataSource.MAX_WRAPPER_DEPTH; depth++) {
                if (c instanceof RecordingConnection r) {
                    c = r.delegate;
                    continue;
                }
                Connection inner = c.unwrap(Connection.class);
                if (inner == null || inner == c) {
                    return c;
                }
                c = inner;
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            return c;
        }
    }

    /**
     * Whether {@code c} records into {@code recorder} already: it is, or wraps, a recording connection of
     * that recorder. The usual connection of a pool is not a wrapper of one: a single {@code isWrapperFor}.
     */
    static boolean isRecordedBy(Connection c, Recorder recorder) throws SQLException {
        Connection at = c;
        for (int depth = 0; at != null && depth < RecordingDataSource.MAX_WRAPPER_DEPTH; depth++) {
            RecordingConnection r;
            if (at instanceof RecordingConnection own) {
                r = own;
            } else if (at.isWrapperFor(RecordingConnection.class)) {
                r = at.unwrap(RecordingConnection.class);
            } else {
                return false;
            }
            if (r == null) {
                return false;
            }
            if (r.recorder == recorder) {
                return true;
            }
            at = r.delegate;
        }
        return false;
    }

    // ---- statement tracking (bounded)

    void track(RecordingStatement s) {
        if (single == null && recorder.config().maxTrackedStatements() > 0) {
            single = s;
            s.trackIndex = 0;
            return;
        }
        if (moreCount + 1 >= recorder.config().maxTrackedStatements()) {
            return;
        }
        RecordingStatement[] m = more;
        if (m == null) {
            more = m = new RecordingStatement[4];
        } else if (moreCount == m.length) {
            more = m = Arrays.copyOf(m, m.length * 2);
        }
        s.trackIndex = moreCount + 1;
        m[moreCount++] = s;
    }

    void untrack(RecordingStatement s) {
        int i = s.trackIndex;
        s.trackIndex = -1;
        if (i == 0) {
            if (single == s) {
                single = null;
            }
            return;
        }
        RecordingStatement[] m = more;
        if (i < 0 || m == null || i > moreCount || m[i - 1] != s) {
            return;
        }
        RecordingStatement last = m[--moreCount];
        m[i - 1] = last;
        last.trackIndex = i;
        m[moreCount] = null;
    }

    private void closeTrackedStatements() {
        RecordingStatement first = single;
        single = null;
        if (first != null) {
            first.closedWithConnection();
        }
        int n = moreCount;
        if (n == 0) {
            return; // the usual case: the code closed its statements itself
        }
        RecordingStatement[] toClose = Arrays.copyOf(more, n);
        Arrays.fill(more, null);
        moreCount = 0;
        for (RecordingStatement s : toClose) {
            if (s != null) {
                s.closedWithConnection();
            }
        }
    }

    /** Fail-open: the application's close goes to the driver whatever happens here. */
    private void closeTracked() {
        try {
            closeTrackedStatements();
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "closing the statements of a connection");
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
        this.autoCommit = (byte) (autoCommit ? 1 : 0);
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        boolean a = delegate.getAutoCommit();
        this.autoCommit = (byte) (a ? 1 : 0);
        return a;
    }

    @Override
    public void close() throws SQLException {
        if (!closed) {
            closed = true;
            closeTracked();
        }
        delegate.close();
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        if (!closed) {
            closed = true;
            closeTracked();
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
        T driver = delegate.unwrap(iface);
        if (iface == PgDriver.PG_CONNECTION) {
            return iface.cast(PgDriver.copyRecordingView(this, driver));
        }
        return driver;
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
