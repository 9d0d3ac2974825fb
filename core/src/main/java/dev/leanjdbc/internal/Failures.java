package dev.leanjdbc.internal;

import java.sql.SQLException;
import org.jooq.exception.DataAccessException;

/**
 * The wording of failures: the database's own reason and SQLState lifted to the top of the message (a
 * driver's exception is often two or three causes deep, under jOOQ's "Error while running
 * ConnectionCallable" or "Cannot commit transaction"), and one sentence for a data source that cannot
 * give a connection, whichever operation asked.
 */
public final class Failures {

    /** How every operation starts its message when the data source fails to give a connection. */
    public static final String CANNOT_BORROW = "cannot borrow a connection from the data source";

    private Failures() {}

    /** The first {@link SQLException} in {@code t}'s cause chain, or {@code null}. */
    public static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException s) {
                // a batch reports its statement's own failure as the next exception
                SQLException next = s.getNextException();
                return next != null && s instanceof java.sql.BatchUpdateException ? next : s;
            }
        }
        return null;
    }

    /**
     * The database's reason for {@code t}, e.g. {@code ERROR: duplicate key value violates unique
     * constraint "orders_number_uk" ... [SQLState 23505]}; {@code t}'s own message when no SQLException
     * caused it.
     */
    public static String reason(Throwable t) {
        SQLException s = sqlCause(t);
        if (s == null) {
            return t.getMessage() == null ? t.getClass().getName() : t.getMessage();
        }
        String message = s.getMessage() == null ? s.getClass().getName() : s.getMessage();
        // H2 appends the whole statement (a multi-row INSERT can be megabytes); the reason comes before it
        int statement = message.indexOf("; SQL statement:");
        if (statement > 0) {
            message = message.substring(0, statement);
        }
        return s.getSQLState() == null ? message : message + " [SQLState " + s.getSQLState() + "]";
    }

    /** The failure of {@code dataSource.getConnection()}, worded the same for every operation. */
    public static DataAccessException cannotBorrow(Throwable cause) {
        SQLException s = sqlCause(cause);
        String reason = s == null ? reason(cause) : reason(s);
        return new DataAccessException(
                CANNOT_BORROW + ": " + reason + "; check that the pool is open and the database reachable", cause);
    }
}
