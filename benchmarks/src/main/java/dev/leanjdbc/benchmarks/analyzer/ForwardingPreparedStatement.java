package dev.leanjdbc.benchmarks.analyzer;

/**
 * Part of the {@code forwarding} control of {@link WrapperOverheadBenchmark}: a {@code PreparedStatement} that only
 * forwards every call, wrapping the connections, statements and result sets it returns — the least any JDBC
 * wrapper that sees result sets can cost. Written out by a script from the interface; no logic.
 */
final class ForwardingPreparedStatement implements java.sql.PreparedStatement {

    private final java.sql.PreparedStatement d;

    ForwardingPreparedStatement(java.sql.PreparedStatement delegate) {
        this.d = delegate;
    }

    @Override
    public java.sql.ResultSet executeQuery() throws java.sql.SQLException {
        return new ForwardingResultSet(d.executeQuery());
    }

    @Override
    public int executeUpdate() throws java.sql.SQLException {
        return d.executeUpdate();
    }

    @Override
    public void setNull(int a0, int a1) throws java.sql.SQLException {
        d.setNull(a0, a1);
    }

    @Override
    public void setBoolean(int a0, boolean a1) throws java.sql.SQLException {
        d.setBoolean(a0, a1);
    }

    @Override
    public void setByte(int a0, byte a1) throws java.sql.SQLException {
        d.setByte(a0, a1);
    }

    @Override
    public void setShort(int a0, short a1) throws java.sql.SQLException {
        d.setShort(a0, a1);
    }

    @Override
    public void setInt(int a0, int a1) throws java.sql.SQLException {
        d.setInt(a0, a1);
    }

    @Override
    public void setLong(int a0, long a1) throws java.sql.SQLException {
        d.setLong(a0, a1);
    }

    @Override
    public void setFloat(int a0, float a1) throws java.sql.SQLException {
        d.setFloat(a0, a1);
    }

    @Override
    public void setDouble(int a0, double a1) throws java.sql.SQLException {
        d.setDouble(a0, a1);
    }

    @Override
    public void setBigDecimal(int a0, java.math.BigDecimal a1) throws java.sql.SQLException {
        d.setBigDecimal(a0, a1);
    }

    @Override
    public void setString(int a0, java.lang.String a1) throws java.sql.SQLException {
        d.setString(a0, a1);
    }

    @Override
    public void setBytes(int a0, byte[] a1) throws java.sql.SQLException {
        d.setBytes(a0, a1);
    }

    @Override
    public void setDate(int a0, java.sql.Date a1) throws java.sql.SQLException {
        d.setDate(a0, a1);
    }

    @Override
    public void setTime(int a0, java.sql.Time a1) throws java.sql.SQLException {
        d.setTime(a0, a1);
    }

    @Override
    public void setTimestamp(int a0, java.sql.Timestamp a1) throws java.sql.SQLException {
        d.setTimestamp(a0, a1);
    }

    @Override
    public void setAsciiStream(int a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
        d.setAsciiStream(a0, a1, a2);
    }

    @Override
    public void setUnicodeStream(int a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
        d.setUnicodeStream(a0, a1, a2);
    }

    @Override
    public void setBinaryStream(int a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
        d.setBinaryStream(a0, a1, a2);
    }

    @Override
    public void clearParameters() throws java.sql.SQLException {
        d.clearParameters();
    }

    @Override
    public void setObject(int a0, java.lang.Object a1, int a2) throws java.sql.SQLException {
        d.setObject(a0, a1, a2);
    }

    @Override
    public void setObject(int a0, java.lang.Object a1) throws java.sql.SQLException {
        d.setObject(a0, a1);
    }

    @Override
    public boolean execute() throws java.sql.SQLException {
        return d.execute();
    }

    @Override
    public void addBatch() throws java.sql.SQLException {
        d.addBatch();
    }

    @Override
    public void setCharacterStream(int a0, java.io.Reader a1, int a2) throws java.sql.SQLException {
        d.setCharacterStream(a0, a1, a2);
    }

    @Override
    public void setRef(int a0, java.sql.Ref a1) throws java.sql.SQLException {
        d.setRef(a0, a1);
    }

    @Override
    public void setBlob(int a0, java.sql.Blob a1) throws java.sql.SQLException {
        d.setBlob(a0, a1);
    }

    @Override
    public void setClob(int a0, java.sql.Clob a1) throws java.sql.SQLException {
        d.setClob(a0, a1);
    }

    @Override
    public void setArray(int a0, java.sql.Array a1) throws java.sql.SQLException {
        d.setArray(a0, a1);
    }

    @Override
    public java.sql.ResultSetMetaData getMetaData() throws java.sql.SQLException {
        return d.getMetaData();
    }

    @Override
    public void setDate(int a0, java.sql.Date a1, java.util.Calendar a2) throws java.sql.SQLException {
        d.setDate(a0, a1, a2);
    }

    @Override
    public void setTime(int a0, java.sql.Time a1, java.util.Calendar a2) throws java.sql.SQLException {
        d.setTime(a0, a1, a2);
    }

    @Override
    public void setTimestamp(int a0, java.sql.Timestamp a1, java.util.Calendar a2) throws java.sql.SQLException {
        d.setTimestamp(a0, a1, a2);
    }

    @Override
    public void setNull(int a0, int a1, java.lang.String a2) throws java.sql.SQLException {
        d.setNull(a0, a1, a2);
    }

    @Override
    public void setURL(int a0, java.net.URL a1) throws java.sql.SQLException {
        d.setURL(a0, a1);
    }

    @Override
    public java.sql.ParameterMetaData getParameterMetaData() throws java.sql.SQLException {
        return d.getParameterMetaData();
    }

    @Override
    public void setRowId(int a0, java.sql.RowId a1) throws java.sql.SQLException {
        d.setRowId(a0, a1);
    }

    @Override
    public void setNString(int a0, java.lang.String a1) throws java.sql.SQLException {
        d.setNString(a0, a1);
    }

    @Override
    public void setNCharacterStream(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        d.setNCharacterStream(a0, a1, a2);
    }

    @Override
    public void setNClob(int a0, java.sql.NClob a1) throws java.sql.SQLException {
        d.setNClob(a0, a1);
    }

    @Override
    public void setClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        d.setClob(a0, a1, a2);
    }

    @Override
    public void setBlob(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        d.setBlob(a0, a1, a2);
    }

    @Override
    public void setNClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        d.setNClob(a0, a1, a2);
    }

    @Override
    public void setSQLXML(int a0, java.sql.SQLXML a1) throws java.sql.SQLException {
        d.setSQLXML(a0, a1);
    }

    @Override
    public void setObject(int a0, java.lang.Object a1, int a2, int a3) throws java.sql.SQLException {
        d.setObject(a0, a1, a2, a3);
    }

    @Override
    public void setAsciiStream(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        d.setAsciiStream(a0, a1, a2);
    }

    @Override
    public void setBinaryStream(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        d.setBinaryStream(a0, a1, a2);
    }

    @Override
    public void setCharacterStream(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        d.setCharacterStream(a0, a1, a2);
    }

    @Override
    public void setAsciiStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
        d.setAsciiStream(a0, a1);
    }

    @Override
    public void setBinaryStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
        d.setBinaryStream(a0, a1);
    }

    @Override
    public void setCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
        d.setCharacterStream(a0, a1);
    }

    @Override
    public void setNCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
        d.setNCharacterStream(a0, a1);
    }

    @Override
    public void setClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
        d.setClob(a0, a1);
    }

    @Override
    public void setBlob(int a0, java.io.InputStream a1) throws java.sql.SQLException {
        d.setBlob(a0, a1);
    }

    @Override
    public void setNClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
        d.setNClob(a0, a1);
    }

    @Override
    public void setObject(int a0, java.lang.Object a1, java.sql.SQLType a2, int a3) throws java.sql.SQLException {
        d.setObject(a0, a1, a2, a3);
    }

    @Override
    public void setObject(int a0, java.lang.Object a1, java.sql.SQLType a2) throws java.sql.SQLException {
        d.setObject(a0, a1, a2);
    }

    @Override
    public long executeLargeUpdate() throws java.sql.SQLException {
        return d.executeLargeUpdate();
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
