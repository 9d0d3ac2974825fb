package dev.leanjdbc.internal.stream;

import java.sql.Connection;
import java.sql.SQLException;

/** pgJDBC specifics; touches pgJDBC classes only when that driver is on the class path. */
final class PostgresDriver {

    private static final boolean PRESENT = isPresent();

    private PostgresDriver() {}

    /** Whether the connection uses the simple query protocol, which cannot fetch in batches. */
    static boolean usesSimpleQueryMode(Connection c) throws SQLException {
        if (!PRESENT || !c.isWrapperFor(org.postgresql.PGConnection.class)) {
            return false;
        }
        return c.unwrap(org.postgresql.PGConnection.class).getPreferQueryMode()
                == org.postgresql.jdbc.PreferQueryMode.SIMPLE;
    }

    private static boolean isPresent() {
        try {
            Class.forName("org.postgresql.PGConnection", false, PostgresDriver.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
