package dev.leanjdbc.benchmarks.analyzer;

/**
 * Part of the {@code forwarding} control of {@link WrapperOverheadBenchmark}: a {@code DataSource} that only
 * forwards every call, wrapping the connections, statements and result sets it returns — the least any JDBC
 * wrapper that sees result sets can cost. Written out by a script from the interface; no logic.
 */
final class ForwardingDataSource implements javax.sql.DataSource {

    private final javax.sql.DataSource d;

    ForwardingDataSource(javax.sql.DataSource delegate) {
        this.d = delegate;
    }

    @Override
    public java.sql.Connection getConnection() throws java.sql.SQLException {
        return new ForwardingConnection(d.getConnection());
    }

    @Override
    public java.sql.Connection getConnection(java.lang.String a0, java.lang.String a1) throws java.sql.SQLException {
        return new ForwardingConnection(d.getConnection(a0, a1));
    }

    @Override
    public java.io.PrintWriter getLogWriter() throws java.sql.SQLException {
        return d.getLogWriter();
    }

    @Override
    public void setLogWriter(java.io.PrintWriter a0) throws java.sql.SQLException {
        d.setLogWriter(a0);
    }

    @Override
    public void setLoginTimeout(int a0) throws java.sql.SQLException {
        d.setLoginTimeout(a0);
    }

    @Override
    public int getLoginTimeout() throws java.sql.SQLException {
        return d.getLoginTimeout();
    }

    @Override
    public java.sql.ConnectionBuilder createConnectionBuilder() throws java.sql.SQLException {
        return d.createConnectionBuilder();
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws java.sql.SQLFeatureNotSupportedException {
        return d.getParentLogger();
    }

    @Override
    public java.sql.ShardingKeyBuilder createShardingKeyBuilder() throws java.sql.SQLException {
        return d.createShardingKeyBuilder();
    }

    @Override
    public <T> T unwrap(java.lang.Class<T> a0) throws java.sql.SQLException {
        return d.unwrap(a0);
    }

    @Override
    public boolean isWrapperFor(java.lang.Class<?> a0) throws java.sql.SQLException {
        return d.isWrapperFor(a0);
    }
}
