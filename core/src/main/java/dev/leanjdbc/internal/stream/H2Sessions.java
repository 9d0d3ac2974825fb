package dev.leanjdbc.internal.stream;

import dev.leanjdbc.internal.LeanOperation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2's lazy query execution per session. H2 does not expose the setting in SQL, so the current value is read
 * from the embedded session when H2's classes are reachable; for a remote (TCP) session it is assumed off,
 * H2's default.
 */
final class H2Sessions {

    private static final boolean PRESENT = isPresent();
    private static final LeanOperation INTERNAL = LeanOperation.of(LeanOperation.INTERNAL, 0);

    private H2Sessions() {}

    static boolean isLazy(Connection c) throws SQLException {
        if (!PRESENT || !c.isWrapperFor(org.h2.jdbc.JdbcConnection.class)) {
            return false;
        }
        return c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal s
                && s.isLazyQueryExecution();
    }

    /** Marked as leanjdbc's own statement, so that observers do not count it as the application's. */
    static void setLazy(Connection c, boolean lazy) throws SQLException {
        LeanOperation outside = INTERNAL.enter();
        try (Statement s = c.createStatement()) {
            s.execute(lazy ? "SET LAZY_QUERY_EXECUTION TRUE" : "SET LAZY_QUERY_EXECUTION FALSE");
        } finally {
            LeanOperation.restore(outside);
        }
    }

    private static boolean isPresent() {
        try {
            Class.forName("org.h2.engine.SessionLocal", false, H2Sessions.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
