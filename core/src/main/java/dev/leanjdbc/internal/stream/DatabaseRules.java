package dev.leanjdbc.internal.stream;

import dev.leanjdbc.StreamOptions;
import dev.leanjdbc.internal.ApiAccess;
import dev.leanjdbc.internal.Loggers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each database's driver needs before it streams instead of buffering the whole result (see
 * {@code docs/streaming.md}, "Per database").
 */
enum DatabaseRules {
    /** pgJDBC: fetch size > 0, inside a transaction, forward-only, not holdable, extended protocol. */
    POSTGRES {
        @Override
        void checkStreamable(Connection c, boolean owned, boolean autoCommit, StreamOptions options)
                throws SQLException {
            String problem = null;
            if (!owned && autoCommit) {
                problem = "PostgreSQL streams only inside a transaction, and this connection was supplied by"
                        + " the caller in auto-commit mode; leanjdbc does not change the transaction state of a"
                        + " connection it does not own. Call connection.setAutoCommit(false) before streaming"
                        + " (and end the transaction afterwards), or let leanjdbc borrow a connection from its"
                        + " DataSource";
            } else if (PostgresDriver.usesSimpleQueryMode(c)) {
                problem = "this PostgreSQL connection uses preferQueryMode=simple, in which pgJDBC cannot fetch"
                        + " in batches; remove preferQueryMode=simple from the JDBC URL";
            }
            reject(problem, options);
        }
    },
    /** H2 2.x: lazy query execution for the session; otherwise the whole result is built in memory. */
    H2,
    /**
     * MySQL Connector/J: {@code fetchSize = Integer.MIN_VALUE} on a forward-only, read-only statement
     * streams row by row; with {@code useCursorFetch=true} on the URL a positive fetch size uses a server
     * cursor instead. Proven on MariaDB 11.4 (StreamingMemoryTest: 2,000,000 rows in a 64 MB heap); not run
     * against a MySQL server.
     */
    MYSQL {
        @Override
        int driverFetchSize(Connection c, int fetchSize) throws SQLException {
            String url = c.getMetaData().getURL();
            boolean cursorFetch = url != null && url.toLowerCase(Locale.ROOT).contains("usecursorfetch=true");
            return cursorFetch ? fetchSize : Integer.MIN_VALUE;
        }
    },
    /**
     * MariaDB Connector/J 3: a positive fetch size streams ({@code Integer.MIN_VALUE} is rejected). Proven on
     * MariaDB 11.4 (StreamingMemoryTest).
     */
    MARIADB,
    /** Others (Oracle, SQL Server, ...): the fetch size is passed on; these drivers stream by default. */
    OTHER;

    private static final Logger log = LoggerFactory.getLogger(Loggers.STREAM);

    static DatabaseRules of(SQLDialect dialect, Connection c) throws SQLException {
        switch (dialect.family()) {
            case POSTGRES:
                return POSTGRES;
            case H2:
                return H2;
            case MARIADB:
                return MARIADB;
            case MYSQL:
                // the MariaDB driver may serve a MYSQL dialect; its rules differ
                String driver = c.getMetaData().getDriverName();
                return driver != null && driver.toLowerCase(Locale.ROOT).contains("mariadb") ? MARIADB : MYSQL;
            default:
                return OTHER;
        }
    }

    /** Fails (or warns, when buffering is allowed) if the driver would buffer the whole result. */
    void checkStreamable(Connection c, boolean owned, boolean autoCommit, StreamOptions options) throws SQLException {}

    int driverFetchSize(Connection c, int fetchSize) throws SQLException {
        return fetchSize;
    }

    boolean needsTransaction() {
        return this == POSTGRES;
    }

    boolean isH2() {
        return this == H2;
    }

    private static void reject(String problem, StreamOptions options) {
        if (problem == null) {
            return;
        }
        if (!options.bufferingAllowed()) {
            throw ApiAccess.streamingUnavailable("Cannot stream: " + problem
                    + ". (To run anyway and let the driver buffer the whole result, pass"
                    + " StreamOptions.withBufferingAllowed(true).)");
        }
        log.warn("Streaming not possible, the driver may buffer the whole result in memory: {}", problem);
    }
}
