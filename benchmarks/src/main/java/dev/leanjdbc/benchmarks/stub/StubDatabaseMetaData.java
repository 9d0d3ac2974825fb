package dev.leanjdbc.benchmarks.stub;

import java.sql.Connection;
import java.sql.SQLException;

/** What wrappers ask a connection about itself (p6spy reads the URL on every borrow): names and versions. */
final class StubDatabaseMetaData extends UnsupportedDatabaseMetaData {

    private final StubConnection connection;
    private final String url;

    StubDatabaseMetaData(StubConnection connection, String url) {
        this.connection = connection;
        this.url = url;
    }

    @Override
    public String getURL() {
        return url;
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public String getUserName() {
        return "";
    }

    @Override
    public String getDatabaseProductName() {
        return "leanjdbc benchmark stub";
    }

    @Override
    public String getDatabaseProductVersion() {
        return "1.0";
    }

    @Override
    public int getDatabaseMajorVersion() {
        return 1;
    }

    @Override
    public int getDatabaseMinorVersion() {
        return 0;
    }

    @Override
    public String getDriverName() {
        return "leanjdbc benchmark stub driver";
    }

    @Override
    public String getDriverVersion() {
        return "1.0";
    }

    @Override
    public int getDriverMajorVersion() {
        return 1;
    }

    @Override
    public int getDriverMinorVersion() {
        return 0;
    }

    @Override
    public int getJDBCMajorVersion() {
        return 4;
    }

    @Override
    public int getJDBCMinorVersion() {
        return 3;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("the stub metadata does not wrap a " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
