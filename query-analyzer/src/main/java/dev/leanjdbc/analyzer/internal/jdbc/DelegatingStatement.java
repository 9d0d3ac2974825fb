package dev.leanjdbc.analyzer.internal.jdbc;

import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

/** The {@link Statement} methods the analyzer does not look at: plain delegation to the driver. */
abstract class DelegatingStatement implements Statement {

    final Statement delegate;

    DelegatingStatement(Statement delegate) {
        this.delegate = delegate;
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
        return getClass().getSimpleName() + "[" + delegate + "]";
    }

    @Override
    public void cancel() throws SQLException {
        delegate.cancel();
    }

    @Override
    public void clearWarnings() throws SQLException {
        delegate.clearWarnings();
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        delegate.closeOnCompletion();
    }

    @Override
    public String enquoteIdentifier(String s, boolean flag) throws SQLException {
        return delegate.enquoteIdentifier(s, flag);
    }

    @Override
    public String enquoteLiteral(String s) throws SQLException {
        return delegate.enquoteLiteral(s);
    }

    @Override
    public String enquoteNCharLiteral(String s) throws SQLException {
        return delegate.enquoteNCharLiteral(s);
    }

    @Override
    public int getFetchDirection() throws SQLException {
        return delegate.getFetchDirection();
    }

    @Override
    public int getFetchSize() throws SQLException {
        return delegate.getFetchSize();
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        return delegate.getLargeMaxRows();
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        return delegate.getMaxFieldSize();
    }

    @Override
    public int getMaxRows() throws SQLException {
        return delegate.getMaxRows();
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        return delegate.getQueryTimeout();
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        return delegate.getResultSetConcurrency();
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        return delegate.getResultSetHoldability();
    }

    @Override
    public int getResultSetType() throws SQLException {
        return delegate.getResultSetType();
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        return delegate.getWarnings();
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        return delegate.isCloseOnCompletion();
    }

    @Override
    public boolean isPoolable() throws SQLException {
        return delegate.isPoolable();
    }

    @Override
    public boolean isSimpleIdentifier(String s) throws SQLException {
        return delegate.isSimpleIdentifier(s);
    }

    @Override
    public void setCursorName(String s) throws SQLException {
        delegate.setCursorName(s);
    }

    @Override
    public void setEscapeProcessing(boolean flag) throws SQLException {
        delegate.setEscapeProcessing(flag);
    }

    @Override
    public void setFetchDirection(int n) throws SQLException {
        delegate.setFetchDirection(n);
    }

    @Override
    public void setLargeMaxRows(long length) throws SQLException {
        delegate.setLargeMaxRows(length);
    }

    @Override
    public void setMaxFieldSize(int n) throws SQLException {
        delegate.setMaxFieldSize(n);
    }

    @Override
    public void setMaxRows(int n) throws SQLException {
        delegate.setMaxRows(n);
    }

    @Override
    public void setPoolable(boolean flag) throws SQLException {
        delegate.setPoolable(flag);
    }

    @Override
    public void setQueryTimeout(int n) throws SQLException {
        delegate.setQueryTimeout(n);
    }
}
