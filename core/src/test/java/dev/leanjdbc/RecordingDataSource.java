package dev.leanjdbc;

import dev.leanjdbc.testing.TestDatabase;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hands out real driver connections and records each one's state when it is borrowed and when it is given
 * back. Unlike a pool (HikariCP resets what it tracks), nothing here repairs a connection, so a missing
 * restore shows.
 */
final class RecordingDataSource implements DataSource {

    record Loan(ConnectionState borrowed, ConnectionState returned) {}

    private final TestDatabase db;
    private final List<Loan> loans = new CopyOnWriteArrayList<>();
    private volatile int open;

    RecordingDataSource(TestDatabase db) {
        this.db = db;
    }

    List<Loan> loans() {
        return loans;
    }

    int openConnections() {
        return open;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = db.newConnection();
        ConnectionState borrowed = ConnectionState.of(real);
        synchronized (this) {
            open++;
        }
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && !real.isClosed()) {
                        loans.add(new Loan(borrowed, ConnectionState.of(real)));
                        synchronized (this) {
                            open--;
                        }
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
