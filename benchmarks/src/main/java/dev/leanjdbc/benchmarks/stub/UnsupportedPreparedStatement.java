package dev.leanjdbc.benchmarks.stub;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/**
 * {@link PreparedStatement}, all unsupported until {@link StubPreparedStatement} overrides it.
 *
 * <p>Every method throws {@link SQLFeatureNotSupportedException} naming itself: the stub driver
 * serves only the calls the benchmarks make, and a benchmark that strays from them fails loudly instead of
 * measuring a silent no-op. Subclasses override what they support.
 */
abstract class UnsupportedPreparedStatement implements PreparedStatement {

    @Override
    public void addBatch() throws SQLException {
        throw Unsupported.call("PreparedStatement.addBatch()");
    }

    @Override
    public void addBatch(String arg0) throws SQLException {
        throw Unsupported.call("PreparedStatement.addBatch(String)");
    }

    @Override
    public void cancel() throws SQLException {
        throw Unsupported.call("PreparedStatement.cancel()");
    }

    @Override
    public void clearBatch() throws SQLException {
        throw Unsupported.call("PreparedStatement.clearBatch()");
    }

    @Override
    public void clearParameters() throws SQLException {
        throw Unsupported.call("PreparedStatement.clearParameters()");
    }

    @Override
    public void clearWarnings() throws SQLException {
        throw Unsupported.call("PreparedStatement.clearWarnings()");
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        throw Unsupported.call("PreparedStatement.closeOnCompletion()");
    }

    @Override
    public void close() throws SQLException {
        throw Unsupported.call("PreparedStatement.close()");
    }

    @Override
    public int[] executeBatch() throws SQLException {
        throw Unsupported.call("PreparedStatement.executeBatch()");
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        throw Unsupported.call("PreparedStatement.executeQuery()");
    }

    @Override
    public ResultSet executeQuery(String arg0) throws SQLException {
        throw Unsupported.call("PreparedStatement.executeQuery(String)");
    }

    @Override
    public int executeUpdate() throws SQLException {
        throw Unsupported.call("PreparedStatement.executeUpdate()");
    }

    @Override
    public int executeUpdate(String arg0, int[] arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.executeUpdate(String, int[])");
    }

    @Override
    public int executeUpdate(String arg0, String[] arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.executeUpdate(String, String[])");
    }

    @Override
    public int executeUpdate(String arg0, int arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.executeUpdate(String, int)");
    }

    @Override
    public int executeUpdate(String arg0) throws SQLException {
        throw Unsupported.call("PreparedStatement.executeUpdate(String)");
    }

    @Override
    public boolean execute() throws SQLException {
        throw Unsupported.call("PreparedStatement.execute()");
    }

    @Override
    public boolean execute(String arg0, int[] arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.execute(String, int[])");
    }

    @Override
    public boolean execute(String arg0, String[] arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.execute(String, String[])");
    }

    @Override
    public boolean execute(String arg0, int arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.execute(String, int)");
    }

    @Override
    public boolean execute(String arg0) throws SQLException {
        throw Unsupported.call("PreparedStatement.execute(String)");
    }

    @Override
    public Connection getConnection() throws SQLException {
        throw Unsupported.call("PreparedStatement.getConnection()");
    }

    @Override
    public int getFetchDirection() throws SQLException {
        throw Unsupported.call("PreparedStatement.getFetchDirection()");
    }

    @Override
    public int getFetchSize() throws SQLException {
        throw Unsupported.call("PreparedStatement.getFetchSize()");
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        throw Unsupported.call("PreparedStatement.getGeneratedKeys()");
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        throw Unsupported.call("PreparedStatement.getMaxFieldSize()");
    }

    @Override
    public int getMaxRows() throws SQLException {
        throw Unsupported.call("PreparedStatement.getMaxRows()");
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        throw Unsupported.call("PreparedStatement.getMetaData()");
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        throw Unsupported.call("PreparedStatement.getMoreResults()");
    }

    @Override
    public boolean getMoreResults(int arg0) throws SQLException {
        throw Unsupported.call("PreparedStatement.getMoreResults(int)");
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        throw Unsupported.call("PreparedStatement.getParameterMetaData()");
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        throw Unsupported.call("PreparedStatement.getQueryTimeout()");
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        throw Unsupported.call("PreparedStatement.getResultSetConcurrency()");
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        throw Unsupported.call("PreparedStatement.getResultSetHoldability()");
    }

    @Override
    public int getResultSetType() throws SQLException {
        throw Unsupported.call("PreparedStatement.getResultSetType()");
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        throw Unsupported.call("PreparedStatement.getResultSet()");
    }

    @Override
    public int getUpdateCount() throws SQLException {
        throw Unsupported.call("PreparedStatement.getUpdateCount()");
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        throw Unsupported.call("PreparedStatement.getWarnings()");
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        throw Unsupported.call("PreparedStatement.isCloseOnCompletion()");
    }

    @Override
    public boolean isClosed() throws SQLException {
        throw Unsupported.call("PreparedStatement.isClosed()");
    }

    @Override
    public boolean isPoolable() throws SQLException {
        throw Unsupported.call("PreparedStatement.isPoolable()");
    }

    @Override
    public boolean isWrapperFor(Class<?> arg0) throws SQLException {
        throw Unsupported.call("PreparedStatement.isWrapperFor(Class)");
    }

    @Override
    public void setArray(int arg0, Array arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setArray(int, Array)");
    }

    @Override
    public void setAsciiStream(int arg0, InputStream arg1, int arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setAsciiStream(int, InputStream, int)");
    }

    @Override
    public void setAsciiStream(int arg0, InputStream arg1, long arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setAsciiStream(int, InputStream, long)");
    }

    @Override
    public void setAsciiStream(int arg0, InputStream arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setAsciiStream(int, InputStream)");
    }

    @Override
    public void setBigDecimal(int arg0, BigDecimal arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setBigDecimal(int, BigDecimal)");
    }

    @Override
    public void setBinaryStream(int arg0, InputStream arg1, int arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setBinaryStream(int, InputStream, int)");
    }

    @Override
    public void setBinaryStream(int arg0, InputStream arg1, long arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setBinaryStream(int, InputStream, long)");
    }

    @Override
    public void setBinaryStream(int arg0, InputStream arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setBinaryStream(int, InputStream)");
    }

    @Override
    public void setBlob(int arg0, InputStream arg1, long arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setBlob(int, InputStream, long)");
    }

    @Override
    public void setBlob(int arg0, InputStream arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setBlob(int, InputStream)");
    }

    @Override
    public void setBlob(int arg0, Blob arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setBlob(int, Blob)");
    }

    @Override
    public void setBoolean(int arg0, boolean arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setBoolean(int, boolean)");
    }

    @Override
    public void setByte(int arg0, byte arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setByte(int, byte)");
    }

    @Override
    public void setBytes(int arg0, byte[] arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setBytes(int, byte[])");
    }

    @Override
    public void setCharacterStream(int arg0, Reader arg1, int arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setCharacterStream(int, Reader, int)");
    }

    @Override
    public void setCharacterStream(int arg0, Reader arg1, long arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setCharacterStream(int, Reader, long)");
    }

    @Override
    public void setCharacterStream(int arg0, Reader arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setCharacterStream(int, Reader)");
    }

    @Override
    public void setClob(int arg0, Reader arg1, long arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setClob(int, Reader, long)");
    }

    @Override
    public void setClob(int arg0, Reader arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setClob(int, Reader)");
    }

    @Override
    public void setClob(int arg0, Clob arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setClob(int, Clob)");
    }

    @Override
    public void setCursorName(String arg0) throws SQLException {
        throw Unsupported.call("PreparedStatement.setCursorName(String)");
    }

    @Override
    public void setDate(int arg0, Date arg1, Calendar arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setDate(int, Date, Calendar)");
    }

    @Override
    public void setDate(int arg0, Date arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setDate(int, Date)");
    }

    @Override
    public void setDouble(int arg0, double arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setDouble(int, double)");
    }

    @Override
    public void setEscapeProcessing(boolean arg0) throws SQLException {
        throw Unsupported.call("PreparedStatement.setEscapeProcessing(boolean)");
    }

    @Override
    public void setFetchDirection(int arg0) throws SQLException {
        throw Unsupported.call("PreparedStatement.setFetchDirection(int)");
    }

    @Override
    public void setFetchSize(int arg0) throws SQLException {
        throw Unsupported.call("PreparedStatement.setFetchSize(int)");
    }

    @Override
    public void setFloat(int arg0, float arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setFloat(int, float)");
    }

    @Override
    public void setInt(int arg0, int arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setInt(int, int)");
    }

    @Override
    public void setLong(int arg0, long arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setLong(int, long)");
    }

    @Override
    public void setMaxFieldSize(int arg0) throws SQLException {
        throw Unsupported.call("PreparedStatement.setMaxFieldSize(int)");
    }

    @Override
    public void setMaxRows(int arg0) throws SQLException {
        throw Unsupported.call("PreparedStatement.setMaxRows(int)");
    }

    @Override
    public void setNCharacterStream(int arg0, Reader arg1, long arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setNCharacterStream(int, Reader, long)");
    }

    @Override
    public void setNCharacterStream(int arg0, Reader arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setNCharacterStream(int, Reader)");
    }

    @Override
    public void setNClob(int arg0, Reader arg1, long arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setNClob(int, Reader, long)");
    }

    @Override
    public void setNClob(int arg0, Reader arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setNClob(int, Reader)");
    }

    @Override
    public void setNClob(int arg0, NClob arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setNClob(int, NClob)");
    }

    @Override
    public void setNString(int arg0, String arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setNString(int, String)");
    }

    @Override
    public void setNull(int arg0, int arg1, String arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setNull(int, int, String)");
    }

    @Override
    public void setNull(int arg0, int arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setNull(int, int)");
    }

    @Override
    public void setObject(int arg0, Object arg1, int arg2, int arg3) throws SQLException {
        throw Unsupported.call("PreparedStatement.setObject(int, Object, int, int)");
    }

    @Override
    public void setObject(int arg0, Object arg1, int arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setObject(int, Object, int)");
    }

    @Override
    public void setObject(int arg0, Object arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setObject(int, Object)");
    }

    @Override
    public void setPoolable(boolean arg0) throws SQLException {
        throw Unsupported.call("PreparedStatement.setPoolable(boolean)");
    }

    @Override
    public void setQueryTimeout(int arg0) throws SQLException {
        throw Unsupported.call("PreparedStatement.setQueryTimeout(int)");
    }

    @Override
    public void setRef(int arg0, Ref arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setRef(int, Ref)");
    }

    @Override
    public void setRowId(int arg0, RowId arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setRowId(int, RowId)");
    }

    @Override
    public void setSQLXML(int arg0, SQLXML arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setSQLXML(int, SQLXML)");
    }

    @Override
    public void setShort(int arg0, short arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setShort(int, short)");
    }

    @Override
    public void setString(int arg0, String arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setString(int, String)");
    }

    @Override
    public void setTime(int arg0, Time arg1, Calendar arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setTime(int, Time, Calendar)");
    }

    @Override
    public void setTime(int arg0, Time arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setTime(int, Time)");
    }

    @Override
    public void setTimestamp(int arg0, Timestamp arg1, Calendar arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setTimestamp(int, Timestamp, Calendar)");
    }

    @Override
    public void setTimestamp(int arg0, Timestamp arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setTimestamp(int, Timestamp)");
    }

    @Override
    public void setURL(int arg0, URL arg1) throws SQLException {
        throw Unsupported.call("PreparedStatement.setURL(int, URL)");
    }

    @Override
    public void setUnicodeStream(int arg0, InputStream arg1, int arg2) throws SQLException {
        throw Unsupported.call("PreparedStatement.setUnicodeStream(int, InputStream, int)");
    }

    @Override
    public <T> T unwrap(Class<T> arg0) throws SQLException {
        throw Unsupported.call("PreparedStatement.unwrap(Class)");
    }
}
