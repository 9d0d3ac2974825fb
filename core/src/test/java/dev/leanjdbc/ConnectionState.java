package dev.leanjdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** The connection settings streaming may change and must restore. */
record ConnectionState(boolean autoCommit, boolean readOnly, int holdability, boolean h2Lazy) {

    static ConnectionState of(Connection c) throws SQLException {
        boolean lazy = c.isWrapperFor(org.h2.jdbc.JdbcConnection.class)
                && c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal s
                && s.isLazyQueryExecution();
        return new ConnectionState(c.getAutoCommit(), c.isReadOnly(), c.getHoldability(), lazy);
    }
}
