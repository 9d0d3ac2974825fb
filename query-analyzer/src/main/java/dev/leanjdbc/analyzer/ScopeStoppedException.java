package dev.leanjdbc.analyzer;

import java.sql.SQLNonTransientException;

/**
 * Thrown from a JDBC call of a scope that the application {@linkplain InFlightScope#stop(String) stopped},
 * typically from a {@linkplain MemoryPressureMonitor memory-pressure} callback: from the next statement the
 * scope starts, from {@code ResultSet.next()} within 1,024 rows, or in place of the driver's own exception
 * when the stop cancelled the running statement (the driver's exception is then the cause).
 *
 * <p>Final, not retryable: a {@link SQLNonTransientException} with SQLState {@value #SQL_STATE} (class 53,
 * insufficient resources), which Spring translates to {@code DataAccessResourceFailureException} (a {@code
 * NonTransientDataAccessException}) on PostgreSQL and H2 alike; a retry policy does not re-run the request
 * that filled the heap. (Before, SQLState 57014 "query canceled" read as a timeout: Spring's transient
 * {@code QueryTimeoutException}.)
 */
public final class ScopeStoppedException extends SQLNonTransientException {

    private static final long serialVersionUID = 1L;

    /** SQL:2016 class 53, insufficient resources. */
    public static final String SQL_STATE = "53000";

    private final String scopeName;
    private final String reason;

    /** Made by the analyzer (see {@code ApiAccess}); not public, so fields can be added. */
    ScopeStoppedException(String scopeName, String reason, CallSite callSite) {
        super(
                "scope '" + scopeName + "' was stopped: " + reason + ", at "
                        + (callSite == null ? "(call site unknown)" : callSite.toString()),
                SQL_STATE);
        this.scopeName = scopeName;
        this.reason = reason;
    }

    public String scopeName() {
        return scopeName;
    }

    /** What the code that stopped the scope said. */
    public String reason() {
        return reason;
    }
}
