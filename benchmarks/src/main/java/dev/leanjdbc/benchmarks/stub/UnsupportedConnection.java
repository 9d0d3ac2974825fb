package dev.leanjdbc.benchmarks.stub;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Map;
import java.util.Properties;

/**
 * {@link Connection}, all unsupported until {@link StubConnection} overrides it.
 *
 * <p>Every method throws {@link SQLFeatureNotSupportedException} naming itself: the stub driver
 * serves only the calls the benchmarks make, and a benchmark that strays from them fails loudly instead of
 * measuring a silent no-op. Subclasses override what they support.
 */
abstract class UnsupportedConnection implements Connection {

    @Override
    public void abort(java.util.concurrent.Executor arg0) throws SQLException {
        throw Unsupported.call("Connection.abort(Executor)");
    }

    @Override
    public void clearWarnings() throws SQLException {
        throw Unsupported.call("Connection.clearWarnings()");
    }

    @Override
    public void close() throws SQLException {
        throw Unsupported.call("Connection.close()");
    }

    @Override
    public void commit() throws SQLException {
        throw Unsupported.call("Connection.commit()");
    }

    @Override
    public Array createArrayOf(String arg0, Object[] arg1) throws SQLException {
        throw Unsupported.call("Connection.createArrayOf(String, Object[])");
    }

    @Override
    public Blob createBlob() throws SQLException {
        throw Unsupported.call("Connection.createBlob()");
    }

    @Override
    public Clob createClob() throws SQLException {
        throw Unsupported.call("Connection.createClob()");
    }

    @Override
    public NClob createNClob() throws SQLException {
        throw Unsupported.call("Connection.createNClob()");
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        throw Unsupported.call("Connection.createSQLXML()");
    }

    @Override
    public Statement createStatement() throws SQLException {
        throw Unsupported.call("Connection.createStatement()");
    }

    @Override
    public Statement createStatement(int arg0, int arg1, int arg2) throws SQLException {
        throw Unsupported.call("Connection.createStatement(int, int, int)");
    }

    @Override
    public Statement createStatement(int arg0, int arg1) throws SQLException {
        throw Unsupported.call("Connection.createStatement(int, int)");
    }

    @Override
    public Struct createStruct(String arg0, Object[] arg1) throws SQLException {
        throw Unsupported.call("Connection.createStruct(String, Object[])");
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        throw Unsupported.call("Connection.getAutoCommit()");
    }

    @Override
    public String getCatalog() throws SQLException {
        throw Unsupported.call("Connection.getCatalog()");
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        throw Unsupported.call("Connection.getClientInfo()");
    }

    @Override
    public String getClientInfo(String arg0) throws SQLException {
        throw Unsupported.call("Connection.getClientInfo(String)");
    }

    @Override
    public int getHoldability() throws SQLException {
        throw Unsupported.call("Connection.getHoldability()");
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        throw Unsupported.call("Connection.getMetaData()");
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        throw Unsupported.call("Connection.getNetworkTimeout()");
    }

    @Override
    public String getSchema() throws SQLException {
        throw Unsupported.call("Connection.getSchema()");
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        throw Unsupported.call("Connection.getTransactionIsolation()");
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        throw Unsupported.call("Connection.getTypeMap()");
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        throw Unsupported.call("Connection.getWarnings()");
    }

    @Override
    public boolean isClosed() throws SQLException {
        throw Unsupported.call("Connection.isClosed()");
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        throw Unsupported.call("Connection.isReadOnly()");
    }

    @Override
    public boolean isValid(int arg0) throws SQLException {
        throw Unsupported.call("Connection.isValid(int)");
    }

    @Override
    public boolean isWrapperFor(Class<?> arg0) throws SQLException {
        throw Unsupported.call("Connection.isWrapperFor(Class)");
    }

    @Override
    public String nativeSQL(String arg0) throws SQLException {
        throw Unsupported.call("Connection.nativeSQL(String)");
    }

    @Override
    public CallableStatement prepareCall(String arg0, int arg1, int arg2, int arg3) throws SQLException {
        throw Unsupported.call("Connection.prepareCall(String, int, int, int)");
    }

    @Override
    public CallableStatement prepareCall(String arg0, int arg1, int arg2) throws SQLException {
        throw Unsupported.call("Connection.prepareCall(String, int, int)");
    }

    @Override
    public CallableStatement prepareCall(String arg0) throws SQLException {
        throw Unsupported.call("Connection.prepareCall(String)");
    }

    @Override
    public PreparedStatement prepareStatement(String arg0, int[] arg1) throws SQLException {
        throw Unsupported.call("Connection.prepareStatement(String, int[])");
    }

    @Override
    public PreparedStatement prepareStatement(String arg0, String[] arg1) throws SQLException {
        throw Unsupported.call("Connection.prepareStatement(String, String[])");
    }

    @Override
    public PreparedStatement prepareStatement(String arg0, int arg1, int arg2, int arg3) throws SQLException {
        throw Unsupported.call("Connection.prepareStatement(String, int, int, int)");
    }

    @Override
    public PreparedStatement prepareStatement(String arg0, int arg1, int arg2) throws SQLException {
        throw Unsupported.call("Connection.prepareStatement(String, int, int)");
    }

    @Override
    public PreparedStatement prepareStatement(String arg0, int arg1) throws SQLException {
        throw Unsupported.call("Connection.prepareStatement(String, int)");
    }

    @Override
    public PreparedStatement prepareStatement(String arg0) throws SQLException {
        throw Unsupported.call("Connection.prepareStatement(String)");
    }

    @Override
    public void releaseSavepoint(Savepoint arg0) throws SQLException {
        throw Unsupported.call("Connection.releaseSavepoint(Savepoint)");
    }

    @Override
    public void rollback() throws SQLException {
        throw Unsupported.call("Connection.rollback()");
    }

    @Override
    public void rollback(Savepoint arg0) throws SQLException {
        throw Unsupported.call("Connection.rollback(Savepoint)");
    }

    @Override
    public void setAutoCommit(boolean arg0) throws SQLException {
        throw Unsupported.call("Connection.setAutoCommit(boolean)");
    }

    @Override
    public void setCatalog(String arg0) throws SQLException {
        throw Unsupported.call("Connection.setCatalog(String)");
    }

    @Override
    public void setClientInfo(String arg0, String arg1) throws SQLClientInfoException {
        throw new SQLClientInfoException(
                "the benchmark stub driver does not implement Connection.setClientInfo(String, String)", null);
    }

    @Override
    public void setClientInfo(Properties arg0) throws SQLClientInfoException {
        throw new SQLClientInfoException(
                "the benchmark stub driver does not implement Connection.setClientInfo(Properties)", null);
    }

    @Override
    public void setHoldability(int arg0) throws SQLException {
        throw Unsupported.call("Connection.setHoldability(int)");
    }

    @Override
    public void setNetworkTimeout(java.util.concurrent.Executor arg0, int arg1) throws SQLException {
        throw Unsupported.call("Connection.setNetworkTimeout(Executor, int)");
    }

    @Override
    public void setReadOnly(boolean arg0) throws SQLException {
        throw Unsupported.call("Connection.setReadOnly(boolean)");
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        throw Unsupported.call("Connection.setSavepoint()");
    }

    @Override
    public Savepoint setSavepoint(String arg0) throws SQLException {
        throw Unsupported.call("Connection.setSavepoint(String)");
    }

    @Override
    public void setSchema(String arg0) throws SQLException {
        throw Unsupported.call("Connection.setSchema(String)");
    }

    @Override
    public void setTransactionIsolation(int arg0) throws SQLException {
        throw Unsupported.call("Connection.setTransactionIsolation(int)");
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> arg0) throws SQLException {
        throw Unsupported.call("Connection.setTypeMap(Map)");
    }

    @Override
    public <T> T unwrap(Class<T> arg0) throws SQLException {
        throw Unsupported.call("Connection.unwrap(Class)");
    }
}
