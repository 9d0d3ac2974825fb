package dev.leanjdbc.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain-JDBC application code for the samples: a classic N+1 (customers, then each one's orders) and its
 * fix. Lines marked {@code // site:NAME} are the call sites the failure messages must name.
 */
final class OrderQueries {

    private OrderQueries() {}

    static List<Long> customerIds(DataSource ds, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select c.id from customer c order by c.id limit ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) { // site:customers
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    static int ordersOf(DataSource ds, long customerId) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("select o.id, o.status from orders o where o.customer_id = ?")) {
            ps.setLong(1, customerId);
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) { // site:orders
                while (rs.next()) {
                    rs.getString(2);
                    n++;
                }
            }
            return n;
        }
    }

    /** One query for the customers, then one per customer: 1 + n SELECTs. */
    static int nPlusOne(DataSource ds, int customers) throws SQLException {
        int n = 0;
        for (long id : customerIds(ds, customers)) {
            n += ordersOf(ds, id);
        }
        return n;
    }

    /** The same answer in one SELECT (a join: MariaDB refuses LIMIT in an IN subquery). */
    static int joined(DataSource ds, int customers) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from orders o join"
                        + " (select c.id from customer c order by c.id limit ?) c on o.customer_id = c.id")) {
            ps.setInt(1, customers);
            try (ResultSet rs = ps.executeQuery()) { // site:joined
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Any statement, for counting: {@code select 1}-like on both databases. */
    static void ping(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from product")) {
            try (ResultSet rs = ps.executeQuery()) { // site:ping
                rs.next();
            }
        }
    }

    static void touchCustomer(DataSource ds, long id) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "update customer set loyalty_points = loyalty_points + 1" + " where id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate(); // site:touch
        }
    }

    /** {@code OrderQueries.method(OrderQueries.java:N)} for the line marked {@code // site:name}. */
    static String site(String method, String name) {
        Path source = Path.of("src/test/java/dev/leanjdbc/junit/OrderQueries.java");
        try {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).endsWith("// site:" + name)) {
                    return "OrderQueries." + method + "(OrderQueries.java:" + (i + 1) + ")";
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no line marked site:" + name);
    }
}
