package dev.leanjdbc.analyzer;

import java.sql.SQLNonTransientException;

/**
 * Thrown from a JDBC call of a scope that the application {@linkplain InFlightScope#stop(String) stopped},
 * typically from a {@linkplain MemoryPressureMonitor memory-pressure} callback: from the next statement the
 * scope starts, or from {@code ResultSet.next()} within 1,024 rows. SQLState {@value #SQL_STATE} (query
 * canceled), so it travels the application's ordinary error path.
 */
public final class ScopeStoppedException extends SQLNonTransientException {

    private static final long serialVersionUID = 1L;

    public static final String SQL_STATE = "57014";

    private final String scopeName;
    private final String reason;

    /** Made by the analyzer; public for tests. */
    public ScopeStoppedException(String scopeName, String reason, CallSite callSite) {
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
