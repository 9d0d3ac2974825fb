package dev.leanjdbc.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Inserts rows with a prepared statement in JDBC batches of {@value #BATCH}. */
final class BatchRowSink implements RowSink {

    static final int BATCH = 1_000;

    private final Connection connection;
    private PreparedStatement statement;
    private int pending;

    BatchRowSink(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void begin(String table, String[] columns) throws SQLException {
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + "?, ".repeat(columns.length - 1) + "?)";
        statement = connection.prepareStatement(sql);
        pending = 0;
    }

    @Override
    public void row(Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        if (++pending == BATCH) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void end() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
        }
        statement.close();
        statement = null;
    }
}
