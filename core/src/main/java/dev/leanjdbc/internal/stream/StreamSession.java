package dev.leanjdbc.internal.stream;

import dev.leanjdbc.StreamOptions;
import dev.leanjdbc.internal.Failures;
import dev.leanjdbc.internal.Loggers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection prepared for streaming, and everything needed to put it back as it was.
 *
 * <p>Ownership decides what may be changed. A connection borrowed from the data source is ours for the
 * duration: on PostgreSQL we open a read-only transaction on it (when it arrives in auto-commit mode) and roll
 * it back at the end. A connection supplied by the caller is not ours: its transaction is never started,
 * committed or rolled back by us, only session settings that we restore are touched.
 */
public final class StreamSession implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Loggers.STREAM);

    private final Connection connection;
    private final boolean owned;
    private final DatabaseRules rules;
    private final int driverFetchSize;

    private boolean originalAutoCommit;
    private boolean originalReadOnly;
    private int originalHoldability;
    private boolean startedTransaction;
    private boolean changedHoldability;
    private boolean changedH2Lazy;
    private boolean closed;

    private StreamSession(Connection connection, boolean owned, SQLDialect dialect, StreamOptions options)
            throws SQLException {
        this.connection = connection;
        this.owned = owned;
        this.rules = DatabaseRules.of(dialect, connection);
        this.driverFetchSize = rules.driverFetchSize(connection, options.fetchSize());
    }

    /** Borrows a connection from {@code dataSource} and prepares it; it goes back on {@link #close()}. */
    public static StreamSession borrow(DataSource dataSource, SQLDialect dialect, StreamOptions options) {
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw Failures.cannotBorrow(e);
        }
        return prepare(c, true, dialect, options);
    }

    /** Prepares a connection the caller owns; {@link #close()} restores it but does not close it. */
    public static StreamSession join(Connection connection, SQLDialect dialect, StreamOptions options) {
        return prepare(connection, false, dialect, options);
    }

    private static StreamSession prepare(Connection c, boolean owned, SQLDialect dialect, StreamOptions options) {
        StreamSession session = null;
        try {
            session = new StreamSession(c, owned, dialect, options);
            session.apply(options);
            return session;
        } catch (SQLException | RuntimeException e) {
            RuntimeException failure = e instanceof RuntimeException r
                    ? r
                    : new DataAccessException("cannot prepare the connection for streaming: " + e.getMessage(), e);
            if (session != null) {
                session.closeQuietly(failure);
            } else if (owned) {
                try {
                    c.close();
                } catch (SQLException closing) {
                    failure.addSuppressed(closing);
                }
            }
            throw failure;
        }
    }

    private void apply(StreamOptions options) throws SQLException {
        originalAutoCommit = connection.getAutoCommit();
        originalReadOnly = connection.isReadOnly();
        rules.checkStreamable(connection, owned, originalAutoCommit, options);
        if (rules.needsTransaction() && originalAutoCommit && owned) {
            // pgJDBC only uses a server-side cursor inside a transaction; read-only lets the server skip work
            // and makes any write through this connection fail instead of being rolled back silently.
            connection.setAutoCommit(false);
            startedTransaction = true;
            if (!originalReadOnly) {
                connection.setReadOnly(true);
            }
        }
        if (rules.needsTransaction()) {
            originalHoldability = connection.getHoldability();
            if (originalHoldability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
                // a holdable result set makes pgJDBC read everything at once
                connection.setHoldability(ResultSet.CLOSE_CURSORS_AT_COMMIT);
                changedHoldability = true;
            }
        }
        if (rules.isH2() && !H2Sessions.isLazy(connection)) {
            H2Sessions.setLazy(connection, true);
            changedH2Lazy = true;
        }
    }

    public Connection connection() {
        return connection;
    }

    /** The value to pass to {@code Statement.setFetchSize} for this driver. */
    public int driverFetchSize() {
        return driverFetchSize;
    }

    /**
     * Restores the connection (rolls back our read-only transaction, resets auto-commit, read-only,
     * holdability and H2's lazy setting) and, when we borrowed it, returns it. Idempotent.
     *
     * @throws DataAccessException when restoring a healthy connection fails
     */
    @Override
    public void close() {
        RuntimeException failure = closeQuietly(null);
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Like {@link #close()}, but adds any failure to {@code primary} (when given) instead of throwing it, and
     * returns the failure it would have thrown otherwise.
     */
    public RuntimeException closeQuietly(RuntimeException primary) {
        if (closed) {
            return null;
        }
        closed = true;
        SQLException problem = null;
        try {
            if (startedTransaction) {
                connection.rollback();
            }
        } catch (SQLException e) {
            problem = e;
        }
        problem = restore(problem);
        if (owned) {
            try {
                // A connection whose restore failed goes back anyway: a pool (HikariCP) resets the state it
                // tracks and evicts connections that raised fatal SQL states.
                connection.close();
            } catch (SQLException e) {
                problem = chain(problem, e);
            }
        }
        if (problem == null) {
            return null;
        }
        if (primary != null) {
            primary.addSuppressed(problem);
            return null;
        }
        if (isConnectionBroken(problem)) {
            log.debug("connection broke while streaming; it was not restored", problem);
            return null;
        }
        return new DataAccessException(
                "cannot restore the connection after streaming: " + problem.getMessage(), problem);
    }

    private SQLException restore(SQLException problem) {
        try {
            if (changedHoldability) {
                connection.setHoldability(originalHoldability);
            }
            if (startedTransaction) {
                if (connection.isReadOnly() != originalReadOnly) {
                    connection.setReadOnly(originalReadOnly);
                }
                connection.setAutoCommit(originalAutoCommit);
            }
            if (changedH2Lazy) {
                H2Sessions.setLazy(connection, false);
            }
        } catch (SQLException e) {
            return chain(problem, e);
        }
        return problem;
    }

    private static SQLException chain(SQLException first, SQLException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }

    private static boolean isConnectionBroken(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
