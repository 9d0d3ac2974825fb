package dev.leanjdbc.benchmarks.stub;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;

/**
 * A stub prepared statement: binds are checked against the number of {@code ?} in the SQL and otherwise
 * ignored; {@link #executeQuery()} returns the canned rows registered for the SQL.
 */
final class StubPreparedStatement extends UnsupportedPreparedStatement {

    private final StubConnection connection;
    private final String sql;
    private final CannedResult result;
    private final int parameterCount;
    private StubResultSet current;
    private boolean closed;
    private int fetchSize;
    private int maxRows;
    private int queryTimeoutSeconds;

    StubPreparedStatement(StubConnection connection, String sql, CannedResult result) {
        this.connection = connection;
        this.sql = sql;
        this.result = result;
        this.parameterCount = countPlaceholders(sql);
    }

    private static int countPlaceholders(String sql) {
        // The benchmarks' SQL has no quoted '?', so a plain count is exact for them.
        int count = 0;
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) == '?') {
                count++;
            }
        }
        return count;
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        checkOpen();
        closeCurrent();
        current = new StubResultSet(this, result);
        return current;
    }

    @Override
    public boolean execute() throws SQLException {
        executeQuery();
        return true;
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        checkOpen();
        return current;
    }

    @Override
    public int getUpdateCount() throws SQLException {
        checkOpen();
        return -1;
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        checkOpen();
        closeCurrent();
        return false;
    }

    @Override
    public void setLong(int parameterIndex, long x) throws SQLException {
        checkParameter(parameterIndex);
    }

    @Override
    public void setInt(int parameterIndex, int x) throws SQLException {
        checkParameter(parameterIndex);
    }

    @Override
    public void setString(int parameterIndex, String x) throws SQLException {
        checkParameter(parameterIndex);
    }

    @Override
    public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
        checkParameter(parameterIndex);
    }

    @Override
    public void setObject(int parameterIndex, Object x) throws SQLException {
        checkParameter(parameterIndex);
    }

    @Override
    public void setNull(int parameterIndex, int sqlType) throws SQLException {
        checkParameter(parameterIndex);
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw new SQLException("fetchSize must be >= 0, was " + rows);
        }
        this.fetchSize = rows;
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public void setMaxRows(int max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw new SQLException("maxRows must be >= 0, was " + max);
        }
        this.maxRows = max;
    }

    @Override
    public int getMaxRows() throws SQLException {
        checkOpen();
        return maxRows;
    }

    @Override
    public void setQueryTimeout(int seconds) throws SQLException {
        checkOpen();
        if (seconds < 0) {
            throw new SQLException("queryTimeout must be >= 0 seconds, was " + seconds);
        }
        this.queryTimeoutSeconds = seconds;
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        checkOpen();
        return queryTimeoutSeconds;
    }

    @Override
    public int getResultSetType() throws SQLException {
        checkOpen();
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public Connection getConnection() throws SQLException {
        checkOpen();
        return connection;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            closeCurrent();
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("the stub statement does not wrap a " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public String toString() {
        return "StubPreparedStatement[" + sql + "]";
    }

    private void checkParameter(int parameterIndex) throws SQLException {
        checkOpen();
        if (parameterIndex < 1 || parameterIndex > parameterCount) {
            throw new SQLException("parameter index must be between 1 and " + parameterCount + ", was " + parameterIndex
                    + " (SQL: " + sql + ")");
        }
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("the stub statement is closed");
        }
        connection.checkOpen();
    }

    private void closeCurrent() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
