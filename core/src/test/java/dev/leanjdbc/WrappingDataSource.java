package dev.leanjdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource whose connections are wrapped the way an analyzer or tracing library wraps them: either
 * passing {@code unwrap} through to the pooled connection, or hiding the driver (unwrap fails). Counts
 * borrowed connections. Test-only; the proxy is not on any measured path.
 */
final class WrappingDataSource implements DataSource {

    private final DataSource target;
    private final boolean unwrapPassesThrough;
    final AtomicInteger connections = new AtomicInteger();

    WrappingDataSource(DataSource target, boolean unwrapPassesThrough) {
        this.target = target;
        this.unwrapPassesThrough = unwrapPassesThrough;
    }

    @Override
    public Connection getConnection() throws SQLException {
        connections.incrementAndGet();
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        connections.incrementAndGet();
        return wrap(target.getConnection(user, password));
    }

    private Connection wrap(Connection real) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (!unwrapPassesThrough && method.getName().equals("isWrapperFor")) {
                        return false;
                    }
                    if (!unwrapPassesThrough && method.getName().equals("unwrap")) {
                        throw new SQLException("wrapper hides " + args[0]);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
