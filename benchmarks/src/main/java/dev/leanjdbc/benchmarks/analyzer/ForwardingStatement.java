package dev.leanjdbc.benchmarks.analyzer;

/**
 * Part of the {@code forwarding} control of {@link WrapperOverheadBenchmark}: a {@code Statement} that only
 * forwards every call, wrapping the connections, statements and result sets it returns — the least any JDBC
 * wrapper that sees result sets can cost. Written out by a script from the interface; no logic.
 */
final class ForwardingStatement implements java.sql.Statement {

    private final java.sql.Statement d;

    ForwardingStatement(java.sql.Statement delegate) {
        this.d = delegate;
    }

    @Override
    public java.sql.ResultSet executeQuery(java.lang.String a0) throws java.sql.SQLException {
        return new ForwardingResultSet(d.executeQuery(a0));
    }

    @Override
    public int executeUpdate(java.lang.String a0) throws java.sql.SQLException {
        return d.executeUpdate(a0);
    }

    @Override
    public void close() throws java.sql.SQLException {
        d.close();
    }

    @Override
    public int getMaxFieldSize() throws java.sql.SQLException {
        return d.getMaxFieldSize();
    }

    @Override
    public void setMaxFieldSize(int a0) throws java.sql.SQLException {
        d.setMaxFieldSize(a0);
    }

    @Override
    public int getMaxRows() throws java.sql.SQLException {
        return d.getMaxRows();
    }

    @Override
    public void setMaxRows(int a0) throws java.sql.SQLException {
        d.setMaxRows(a0);
    }

    @Override
    public void setEscapeProcessing(boolean a0) throws java.sql.SQLException {
        d.setEscapeProcessing(a0);
    }

    @Override
    public int getQueryTimeout() throws java.sql.SQLException {
        return d.getQueryTimeout();
    }

    @Override
    public void setQueryTimeout(int a0) throws java.sql.SQLException {
        d.setQueryTimeout(a0);
    }

    @Override
    public void cancel() throws java.sql.SQLException {
        d.cancel();
    }

    @Override
    public java.sql.SQLWarning getWarnings() throws java.sql.SQLException {
        return d.getWarnings();
    }

    @Override
    public void clearWarnings() throws java.sql.SQLException {
        d.clearWarnings();
    }

    @Override
    public void setCursorName(java.lang.String a0) throws java.sql.SQLException {
        d.setCursorName(a0);
    }

    @Override
    public boolean execute(java.lang.String a0) throws java.sql.SQLException {
        return d.execute(a0);
    }

    @Override
    public java.sql.ResultSet getResultSet() throws java.sql.SQLException {
        return new ForwardingResultSet(d.getResultSet());
    }

    @Override
    public int getUpdateCount() throws java.sql.SQLException {
        return d.getUpdateCount();
    }

    @Override
    public boolean getMoreResults() throws java.sql.SQLException {
        return d.getMoreResults();
    }

    @Override
    public void setFetchDirection(int a0) throws java.sql.SQLException {
        d.setFetchDirection(a0);
    }

    @Override
    public int getFetchDirection() throws java.sql.SQLException {
        return d.getFetchDirection();
    }

    @Override
    public void setFetchSize(int a0) throws java.sql.SQLException {
        d.setFetchSize(a0);
    }

    @Override
    public int getFetchSize() throws java.sql.SQLException {
        return d.getFetchSize();
    }

    @Override
    public int getResultSetConcurrency() throws java.sql.SQLException {
        return d.getResultSetConcurrency();
    }

    @Override
    public int getResultSetType() throws java.sql.SQLException {
        return d.getResultSetType();
    }

    @Override
    public void addBatch(java.lang.String a0) throws java.sql.SQLException {
        d.addBatch(a0);
    }

    @Override
    public void clearBatch() throws java.sql.SQLException {
        d.clearBatch();
    }

    @Override
    public int[] executeBatch() throws java.sql.SQLException {
        return d.executeBatch();
    }

    @Override
    public java.sql.Connection getConnection() throws java.sql.SQLException {
        return new ForwardingConnection(d.getConnection());
    }

    @Override
    public boolean getMoreResults(int a0) throws java.sql.SQLException {
        return d.getMoreResults(a0);
    }

    @Override
    public java.sql.ResultSet getGeneratedKeys() throws java.sql.SQLException {
        return d.getGeneratedKeys();
    }

    @Override
    public int executeUpdate(java.lang.String a0, int a1) throws java.sql.SQLException {
        return d.executeUpdate(a0, a1);
    }

    @Override
    public int executeUpdate(java.lang.String a0, int[] a1) throws java.sql.SQLException {
        return d.executeUpdate(a0, a1);
    }

    @Override
    public int executeUpdate(java.lang.String a0, java.lang.String[] a1) throws java.sql.SQLException {
        return d.executeUpdate(a0, a1);
    }

    @Override
    public boolean execute(java.lang.String a0, int a1) throws java.sql.SQLException {
        return d.execute(a0, a1);
    }

    @Override
    public boolean execute(java.lang.String a0, int[] a1) throws java.sql.SQLException {
        return d.execute(a0, a1);
    }

    @Override
    public boolean execute(java.lang.String a0, java.lang.String[] a1) throws java.sql.SQLException {
        return d.execute(a0, a1);
    }

    @Override
    public int getResultSetHoldability() throws java.sql.SQLException {
        return d.getResultSetHoldability();
    }

    @Override
    public boolean isClosed() throws java.sql.SQLException {
        return d.isClosed();
    }

    @Override
    public void setPoolable(boolean a0) throws java.sql.SQLException {
        d.setPoolable(a0);
    }

    @Override
    public boolean isPoolable() throws java.sql.SQLException {
        return d.isPoolable();
    }

    @Override
    public void closeOnCompletion() throws java.sql.SQLException {
        d.closeOnCompletion();
    }

    @Override
    public boolean isCloseOnCompletion() throws java.sql.SQLException {
        return d.isCloseOnCompletion();
    }

    @Override
    public long getLargeUpdateCount() throws java.sql.SQLException {
        return d.getLargeUpdateCount();
    }

    @Override
    public void setLargeMaxRows(long a0) throws java.sql.SQLException {
        d.setLargeMaxRows(a0);
    }

    @Override
    public long getLargeMaxRows() throws java.sql.SQLException {
        return d.getLargeMaxRows();
    }

    @Override
    public long[] executeLargeBatch() throws java.sql.SQLException {
        return d.executeLargeBatch();
    }

    @Override
    public long executeLargeUpdate(java.lang.String a0) throws java.sql.SQLException {
        return d.executeLargeUpdate(a0);
    }

    @Override
    public long executeLargeUpdate(java.lang.String a0, int a1) throws java.sql.SQLException {
        return d.executeLargeUpdate(a0, a1);
    }

    @Override
    public long executeLargeUpdate(java.lang.String a0, int[] a1) throws java.sql.SQLException {
        return d.executeLargeUpdate(a0, a1);
    }

    @Override
    public long executeLargeUpdate(java.lang.String a0, java.lang.String[] a1) throws java.sql.SQLException {
        return d.executeLargeUpdate(a0, a1);
    }

    @Override
    public java.lang.String enquoteLiteral(java.lang.String a0) throws java.sql.SQLException {
        return d.enquoteLiteral(a0);
    }

    @Override
    public java.lang.String enquoteIdentifier(java.lang.String a0, boolean a1) throws java.sql.SQLException {
        return d.enquoteIdentifier(a0, a1);
    }

    @Override
    public boolean isSimpleIdentifier(java.lang.String a0) throws java.sql.SQLException {
        return d.isSimpleIdentifier(a0);
    }

    @Override
    public java.lang.String enquoteNCharLiteral(java.lang.String a0) throws java.sql.SQLException {
        return d.enquoteNCharLiteral(a0);
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
