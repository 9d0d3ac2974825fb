package dev.leanjdbc.benchmarks.stub;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The stub {@link Driver}: connections to one {@link StubDatabase} for URLs starting with {@value #URL_PREFIX}.
 *
 * <p>Deliberately not registered with {@link java.sql.DriverManager} (no service file): a benchmark builds
 * one per database and reaches it through {@link StubDataSource}, so stub connections never show up where a
 * real driver is expected.
 */
public final class StubDriver implements Driver {

    /** The prefix of the URLs this driver accepts. */
    public static final String URL_PREFIX = "jdbc:leanjdbc-stub:";

    private final StubDatabase database;

    public StubDriver(StubDatabase database) {
        this.database = database;
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        // The Driver contract: null, not an exception, for a URL meant for another driver.
        return acceptsURL(url) ? new StubConnection(database, url) : null;
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(URL_PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("the stub driver does not log through java.util.logging");
    }
}
