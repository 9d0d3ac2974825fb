package dev.leanjdbc.testing;

import java.sql.SQLException;

/** Where generated rows go: one table at a time. */
interface RowSink {

    void begin(String table, String[] columns) throws SQLException;

    void row(Object[] values) throws SQLException;

    void end() throws SQLException;
}
