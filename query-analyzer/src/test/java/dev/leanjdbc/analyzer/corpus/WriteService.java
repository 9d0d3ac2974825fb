package dev.leanjdbc.analyzer.corpus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** Writes with plain JDBC, one row at a time and set-based. Rows it adds it removes again. */
final class WriteService {

    /** Ids of order lines this service adds (far above the seeded ones). */
    static final long FIRST_ID = 1_000_000;

    private final javax.sql.DataSource ds;

    WriteService(javax.sql.DataSource ds) {
        this.ds = ds;
    }

    void touchOrdersOneByOne(int n) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("update orders set notes = ? where id = ?")) {
            for (int id = 1; id <= n; id++) {
                ps.setString(1, "touched");
                ps.setLong(2, id);
                ps.executeUpdate(); // ROW-BY-ROW-UPDATE
            }
        }
    }

    void touchOrdersBatched(int n) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("update orders set notes = ? where id = ?")) {
            for (int id = 1; id <= n; id++) {
                ps.setString(1, "touched");
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void touchOrdersSetBased(int n) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("update orders set notes = ? where id <= ?")) {
            ps.setString(1, "touched");
            ps.setLong(2, n);
            ps.executeUpdate();
        }
    }

    void insertLinesOneByOne(int n) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into order_line (id, order_id, product_id, line_no,"
                        + " quantity, unit_price, discount, line_total) values (?, 1, 1, ?, 1, 1.00, 0.00, 1.00)")) {
            for (int i = 0; i < n; i++) {
                ps.setLong(1, FIRST_ID + i);
                ps.setInt(2, 100 + i);
                ps.executeUpdate(); // UNBATCHED-INSERT
            }
        }
    }

    void insertLinesBatched(int n) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into order_line (id, order_id, product_id, line_no,"
                        + " quantity, unit_price, discount, line_total) values (?, 1, 1, ?, 1, 1.00, 0.00, 1.00)")) {
            for (int i = 0; i < n; i++) {
                ps.setLong(1, FIRST_ID + i);
                ps.setInt(2, 100 + i);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void insertLinesMultiRow(int n) throws SQLException {
        StringBuilder sql = new StringBuilder("insert into order_line (id, order_id, product_id, line_no, quantity,"
                + " unit_price, discount, line_total) values ");
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, 1, 1, ?, 1, 1.00, 0.00, 1.00)");
        }
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < n; i++) {
                ps.setLong(2 * i + 1, FIRST_ID + i);
                ps.setInt(2 * i + 2, 100 + i);
            }
            ps.executeUpdate();
        }
    }

    void deleteLinesOneByOne(int n) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("delete from order_line where id = ?")) {
            for (int i = 0; i < n; i++) {
                ps.setLong(1, FIRST_ID + i);
                ps.executeUpdate(); // ROW-BY-ROW-DELETE
            }
        }
    }

    /** Removes what the inserts added, set-based. */
    void cleanUp() throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("delete from order_line where id >= " + FIRST_ID);
        }
    }

    /** A statement slower than {@code millis}. */
    void sleep(int millis) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (product.contains("H2")) {
                s.execute("create alias if not exists sleep_ms for 'java.lang.Thread.sleep(long)'");
                s.execute("call sleep_ms(" + millis + ")"); // SLOW
            } else if (product.equals("MariaDB") || product.equals("MySQL")) {
                s.execute("select sleep(" + millis / 1000.0 + ")"); // SLOW
            } else {
                s.execute("select pg_sleep(" + millis / 1000.0 + ")"); // SLOW
            }
        }
    }
}
