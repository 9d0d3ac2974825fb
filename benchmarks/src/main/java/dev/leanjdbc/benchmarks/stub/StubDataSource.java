package dev.leanjdbc.benchmarks.stub;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} over the stub driver. Every {@link #getConnection()} returns a new, open stub
 * connection (a small object, no I/O), as an unpooled driver data source would.
 */
public final class StubDataSource implements DataSource {

    private static final String URL = StubDriver.URL_PREFIX + "benchmarks";
    private static final Properties NO_PROPERTIES = new Properties();

    private final StubDriver driver;
    private PrintWriter logWriter;
    private int loginTimeoutSeconds;

    public StubDataSource(StubDatabase database) {
        this.driver = new StubDriver(database);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return driver.connect(URL, NO_PROPERTIES);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("the stub driver does not log through java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("StubDataSource does not wrap a " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
