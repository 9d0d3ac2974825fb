package dev.leanjdbc.analyzer.internal.jdbc;

import dev.leanjdbc.analyzer.internal.Recorder;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ConnectionBuilder;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.ShardingKey;
import java.sql.ShardingKeyBuilder;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The recording DataSource: every connection it hands out is a {@link RecordingConnection}. Also holds
 * what is the same for all of its connections (the database vendor) and the per-physical-connection H2
 * lazy-execution flag, so that a pool handing out short-lived wrappers does not look it up per borrow.
 */
public final class RecordingDataSource implements DataSource, AutoCloseable {

    private final DataSource delegate;
    private final Recorder recorder;
    private volatile Vendor vendor;
    private volatile int databaseId;
    private final ConnectionFlags h2Lazy = new ConnectionFlags();

    public RecordingDataSource(DataSource delegate, Recorder recorder) {
        this.delegate = delegate;
        this.recorder = recorder;
    }

    /** Wrappers followed when looking for a recorder in a chain of wrappers; real chains are 1 to 3 deep. */
    static final int MAX_WRAPPER_DEPTH = 16;

    /**
     * Whether {@code ds} records into {@code recorder} already: it is, or wraps (also behind a pool or another
     * library's wrapper), a recording DataSource of that recorder. Another analyzer's wrapper does not count:
     * wrapping it again makes both record.
     */
    public static boolean isRecordedBy(DataSource ds, Recorder recorder) {
        DataSource d = ds;
        for (int depth = 0; d != null && depth < MAX_WRAPPER_DEPTH; depth++) {
            RecordingDataSource r;
            if (d instanceof RecordingDataSource own) {
                r = own;
            } else {
                try {
                    if (!d.isWrapperFor(RecordingDataSource.class)) {
                        return false;
                    }
                    r = d.unwrap(RecordingDataSource.class);
                } catch (SQLException | RuntimeException e) {
                    return false;
                }
            }
            if (r == null) {
                return false;
            }
            if (r.recorder == recorder) {
                return true;
            }
            d = r.delegate;
        }
        return false;
    }

    Recorder recorder() {
        return recorder;
    }

    Vendor vendor(Connection physicalOrProxy) {
        Vendor v = vendor;
        if (v == null) {
            identify(physicalOrProxy);
            v = vendor;
        }
        return v;
    }

    /** The analyzer's id of this DataSource's database: shapes' columns are cached per database. */
    int databaseId(Connection physicalOrProxy) {
        int id = databaseId;
        if (id == 0) {
            identify(physicalOrProxy);
            id = databaseId;
        }
        return id;
    }

    /** Reads the product name and URL once: the same for every connection of a DataSource. */
    private void identify(Connection physicalOrProxy) {
        String product = null;
        String url = null;
        try {
            DatabaseMetaData md = physicalOrProxy.getMetaData();
            product = md.getDatabaseProductName();
            url = md.getURL();
        } catch (SQLException | RuntimeException e) {
            recorder.failOpen().failed(e, "detecting the database product");
        }
        vendor = product == null ? Vendor.OTHER : Vendor.fromProductName(product);
        databaseId = recorder.databaseId(product + " " + url);
    }

    Boolean cachedH2Lazy(Connection physical) {
        return h2Lazy.get(physical);
    }

    void cacheH2Lazy(Connection physical, Boolean lazy) {
        h2Lazy.put(physical, lazy);
    }

    /**
     * Wraps a connection of the delegate, unless it records into this recorder already (a pool over this
     * wrapper); a connection of another analyzer's wrapper is wrapped again, so that both record. Never
     * throws.
     */
    Connection wrap(Connection c) {
        try {
            if (c == null || RecordingConnection.isRecordedBy(c, recorder)) {
                return c;
            }
            return new RecordingConnection(c, this);
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "wrapping a connection");
            return c;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(delegate.getConnection(username, password));
    }

    @Override
    public ConnectionBuilder createConnectionBuilder() throws SQLException {
        ConnectionBuilder builder = delegate.createConnectionBuilder();
        return new ConnectionBuilder() {
            @Override
            public ConnectionBuilder user(String username) {
                builder.user(username);
                return this;
            }

            @Override
            public ConnectionBuilder password(String password) {
                builder.password(password);
                return this;
            }

            @Override
            public ConnectionBuilder shardingKey(ShardingKey shardingKey) {
                builder.shardingKey(shardingKey);
                return this;
            }

            @Override
            public ConnectionBuilder superShardingKey(ShardingKey superShardingKey) {
                builder.superShardingKey(superShardingKey);
                return this;
            }

            @Override
            public Connection build() throws SQLException {
                return wrap(builder.build());
            }
        };
    }

    @Override
    public ShardingKeyBuilder createShardingKeyBuilder() throws SQLException {
        return delegate.createShardingKeyBuilder();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
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

    /** Closes the wrapped DataSource when it can be closed (a pool), so a wrapped pool can be shut down. */
    @Override
    public void close() throws Exception {
        if (delegate instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Override
    public String toString() {
        return "RecordingDataSource[" + delegate + "]";
    }
}
