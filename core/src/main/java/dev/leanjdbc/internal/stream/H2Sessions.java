package dev.leanjdbc.internal.stream;

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

    private H2Sessions() {}

    static boolean isLazy(Connection c) throws SQLException {
        if (!PRESENT || !c.isWrapperFor(org.h2.jdbc.JdbcConnection.class)) {
            return false;
        }
        return c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal s
                && s.isLazyQueryExecution();
    }

    static void setLazy(Connection c, boolean lazy) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(lazy ? "SET LAZY_QUERY_EXECUTION TRUE" : "SET LAZY_QUERY_EXECUTION FALSE");
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
