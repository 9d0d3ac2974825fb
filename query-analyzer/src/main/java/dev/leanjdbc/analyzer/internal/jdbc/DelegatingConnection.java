package dev.leanjdbc.analyzer.internal.jdbc;

import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.NClob;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.ShardingKey;
import java.sql.Struct;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

/** The {@link Connection} methods the analyzer does not look at: plain delegation to the driver. */
abstract class DelegatingConnection implements Connection {

    final Connection delegate;

    DelegatingConnection(Connection delegate) {
        this.delegate = delegate;
    }

    @Override
    public void beginRequest() throws SQLException {
        delegate.beginRequest();
    }

    @Override
    public void clearWarnings() throws SQLException {
        delegate.clearWarnings();
    }

    @Override
    public void commit() throws SQLException {
        delegate.commit();
    }

    @Override
    public Array createArrayOf(String s, Object[] objects) throws SQLException {
        return delegate.createArrayOf(s, objects);
    }

    @Override
    public Blob createBlob() throws SQLException {
        return delegate.createBlob();
    }

    @Override
    public Clob createClob() throws SQLException {
        return delegate.createClob();
    }

    @Override
    public NClob createNClob() throws SQLException {
        return delegate.createNClob();
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        return delegate.createSQLXML();
    }

    @Override
    public Struct createStruct(String s, Object[] objects) throws SQLException {
        return delegate.createStruct(s, objects);
    }

    @Override
    public void endRequest() throws SQLException {
        delegate.endRequest();
    }

    @Override
    public String getCatalog() throws SQLException {
        return delegate.getCatalog();
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        return delegate.getClientInfo();
    }

    @Override
    public String getClientInfo(String s) throws SQLException {
        return delegate.getClientInfo(s);
    }

    @Override
    public int getHoldability() throws SQLException {
        return delegate.getHoldability();
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        return delegate.getNetworkTimeout();
    }

    @Override
    public String getSchema() throws SQLException {
        return delegate.getSchema();
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        return delegate.getTransactionIsolation();
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        return delegate.getTypeMap();
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        return delegate.getWarnings();
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        return delegate.isReadOnly();
    }

    @Override
    public boolean isValid(int n) throws SQLException {
        return delegate.isValid(n);
    }

    @Override
    public String nativeSQL(String s) throws SQLException {
        return delegate.nativeSQL(s);
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        delegate.releaseSavepoint(savepoint);
    }

    @Override
    public void rollback() throws SQLException {
        delegate.rollback();
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        delegate.rollback(savepoint);
    }

    @Override
    public void setCatalog(String s) throws SQLException {
        delegate.setCatalog(s);
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        delegate.setClientInfo(properties);
    }

    @Override
    public void setClientInfo(String s1, String s2) throws SQLClientInfoException {
        delegate.setClientInfo(s1, s2);
    }

    @Override
    public void setHoldability(int n) throws SQLException {
        delegate.setHoldability(n);
    }

    @Override
    public void setNetworkTimeout(Executor executor, int n) throws SQLException {
        delegate.setNetworkTimeout(executor, n);
    }

    @Override
    public void setReadOnly(boolean flag) throws SQLException {
        delegate.setReadOnly(flag);
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        return delegate.setSavepoint();
    }

    @Override
    public Savepoint setSavepoint(String s) throws SQLException {
        return delegate.setSavepoint(s);
    }

    @Override
    public void setSchema(String s) throws SQLException {
        delegate.setSchema(s);
    }

    @Override
    public void setShardingKey(ShardingKey shardingKey) throws SQLException {
        delegate.setShardingKey(shardingKey);
    }

    @Override
    public void setShardingKey(ShardingKey shardingKey1, ShardingKey shardingKey2) throws SQLException {
        delegate.setShardingKey(shardingKey1, shardingKey2);
    }

    @Override
    public boolean setShardingKeyIfValid(ShardingKey shardingKey1, ShardingKey shardingKey2, int n)
            throws SQLException {
        return delegate.setShardingKeyIfValid(shardingKey1, shardingKey2, n);
    }

    @Override
    public boolean setShardingKeyIfValid(ShardingKey shardingKey, int n) throws SQLException {
        return delegate.setShardingKeyIfValid(shardingKey, n);
    }

    @Override
    public void setTransactionIsolation(int n) throws SQLException {
        delegate.setTransactionIsolation(n);
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        delegate.setTypeMap(map);
    }
}
