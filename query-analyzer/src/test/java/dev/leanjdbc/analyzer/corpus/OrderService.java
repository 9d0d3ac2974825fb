package dev.leanjdbc.analyzer.corpus;

import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.SuppressFinding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** An application service written with plain JDBC: the right and the wrong way to do common things. */
final class OrderService {

    private final DataSource ds;

    OrderService(DataSource ds) {
        this.ds = ds;
    }

    record Order(long id, long customerId, String number) {}

    List<Order> orders(int limit) throws SQLException {
        List<Order> out = new ArrayList<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("select id, customer_id, order_number from orders order by id limit ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) { // PARENT-QUERY
                while (rs.next()) {
                    out.add(new Order(rs.getLong(1), rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    String customerEmail(long id) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, email, first_name from customer where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) { // CHILD-QUERY
                return rs.next() ? rs.getString(2) : null;
            }
        }
    }

    /** The N+1: one customer query per order. */
    List<String> emailsPerOrder() throws SQLException {
        List<String> out = new ArrayList<>();
        for (Order o : orders(40)) {
            out.add(customerEmail(o.customerId()));
        }
        return out;
    }

    /**
     * The N+1 written as nested iteration: the children run while the parent's result is still open, so the
     * parent's event completes after theirs.
     */
    List<String> emailsPerOrderNested() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, customer_id from orders order by id limit ?")) {
            ps.setInt(1, 40);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(customerEmail(rs.getLong(2)));
                }
            }
        }
        return out;
    }

    /** The same, accepted on purpose. */
    @SuppressFinding(type = FindingType.N_PLUS_ONE, reason = "admin page, at most 40 orders")
    List<String> emailsPerOrderAccepted() throws SQLException {
        List<String> out = new ArrayList<>();
        for (Order o : orders(40)) {
            try (Connection c = ds.getConnection();
                    PreparedStatement ps = c.prepareStatement("select id, email from customer where id = ?")) {
                ps.setLong(1, o.customerId());
                try (ResultSet rs = ps.executeQuery()) {
                    out.add(rs.next() ? rs.getString(2) : null);
                }
            }
        }
        return out;
    }

    /** The fix: one JOIN. */
    List<String> emailsPerOrderJoined() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select o.id, c.email from orders o join customer c"
                        + " on c.id = o.customer_id order by o.id limit ?")) {
            ps.setInt(1, 40);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Batched IN fetches: customers of 40 orders in chunks of 5 ids. */
    int customersInChunks() throws SQLException {
        List<Long> ids = orders(40).stream().map(Order::customerId).distinct().toList();
        int found = 0;
        try (Connection c = ds.getConnection()) {
            for (int from = 0; from < ids.size(); from += 5) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 5));
                String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps =
                        c.prepareStatement("select id, email from customer where id in (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found += rs.getString(2) != null ? 1 : 0;
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Keyset paging over all orders, {@code pageSize} at a time. */
    int keysetPages(int pageSize) throws SQLException {
        long last = 0;
        int pages = 0;
        try (Connection c = ds.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("select id, order_number from orders where id > ? order by id limit ?")) {
            while (true) {
                ps.setLong(1, last);
                ps.setInt(2, pageSize);
                int rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        rs.getString(2);
                        rows++;
                    }
                }
                pages++;
                if (rows < pageSize) {
                    return pages;
                }
            }
        }
    }

    /** Two call sites each looking up two customers: legitimate, not a loop. */
    void headerAndFooter() throws SQLException {
        customerName(1);
        customerName(2);
        footerName(3);
        footerName(4);
    }

    String customerName(long id) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select first_name from customer where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    String footerName(long id) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select first_name from customer where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Reads a customer, changes it, reads it again: the second read is not a duplicate. */
    void readChangeRead(long id) throws SQLException {
        customerName(id);
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("update customer set notes = ? where id = ?")) {
            ps.setString(1, "seen");
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        customerName(id);
    }

    /** {@code select *} of which two columns are read. */
    List<String> orderNumbersOfStatus(String status) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select * from orders where status = ?")) {
            ps.setString(1, status);
            try (ResultSet rs = ps.executeQuery()) { // SELECT-STAR
                while (rs.next()) {
                    out.add(rs.getLong("id") + ":" + rs.getString("order_number"));
                }
            }
        }
        return out;
    }

    /** Eight named columns, two read. */
    List<String> orderSummaries() throws SQLException {
        return query(
                "select id, customer_id, order_number, status, placed_at, total_amount, currency,"
                        + " payment_method from orders order by id",
                2);
    }

    /** Eight named columns, six read. */
    List<String> orderDetails() throws SQLException {
        return query(
                "select id, customer_id, order_number, status, placed_at, total_amount, currency,"
                        + " payment_method from orders order by id",
                6);
    }

    private List<String> query(String sql, int columnsToRead) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= columnsToRead; i++) {
                    sb.append(rs.getString(i));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    /** Counts in Java. */
    int countOrdersInJava() throws SQLException {
        int n = 0;
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from orders where status <> 'NONE'")) {
            while (rs.next()) {
                n++;
            }
        }
        return n;
    }

    /** Counts in the database. */
    long countOrders() throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from orders")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Looks customers up with the id pasted into the SQL. */
    int customersByLiteralId(int n) throws SQLException {
        int found = 0;
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (int id = 1; id <= n; id++) {
                try (ResultSet rs = s.executeQuery("select email from customer where id = " + id)) {
                    found += rs.next() && rs.getString(1) != null ? 1 : 0;
                }
            }
        }
        return found;
    }

    /** All pairs of orders and lines: a large result. */
    /**
     * Shows the first {@code n} order pairs of a large buffered result, then closes it: the query should have
     * said {@code limit}. With {@code limited} it does.
     */
    List<Long> firstPairs(int n, boolean limited) throws SQLException {
        List<Long> out = new ArrayList<>();
        String sql = "select o.id, p.id from orders o cross join orders p order by o.id, p.id"
                + (limited ? " limit " + n : "");
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) { // FIRST-ROWS
            while (out.size() < n && rs.next()) {
                out.add(rs.getLong(2));
            }
        }
        return out;
    }

    long crossJoin(boolean stream) throws SQLException {
        long n = 0;
        try (Connection c = ds.getConnection()) {
            boolean h2 = c.getMetaData().getDatabaseProductName().contains("H2");
            if (stream) {
                c.setAutoCommit(false);
                if (h2) {
                    try (Statement set = c.createStatement()) {
                        set.execute("SET LAZY_QUERY_EXECUTION 1");
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                if (stream) {
                    s.setFetchSize(1000);
                }
                try (ResultSet rs = s.executeQuery("select o.id, l.id from orders o cross join order_line l")) {
                    while (rs.next()) {
                        n += rs.getLong(2) > 0 ? 1 : 0;
                    }
                }
            } finally {
                if (stream) {
                    c.commit();
                    c.setAutoCommit(true);
                    if (h2) {
                        try (Statement set = c.createStatement()) {
                            set.execute("SET LAZY_QUERY_EXECUTION 0");
                        }
                    }
                }
            }
        }
        return n;
    }

    /** Two nested loops: the lines of each order, the product of each line. */
    int productNamesPerLine() throws SQLException {
        int names = 0;
        try (Connection c = ds.getConnection();
                PreparedStatement lines =
                        c.prepareStatement("select id, product_id, quantity from order_line where order_id = ?");
                PreparedStatement product = c.prepareStatement("select name from product where id = ?")) {
            for (Order o : orders(20)) {
                List<Long> productIds = new ArrayList<>();
                lines.setLong(1, o.id());
                try (ResultSet rs = lines.executeQuery()) { // LINES-QUERY
                    while (rs.next()) {
                        rs.getLong(1);
                        productIds.add(rs.getLong(2));
                        rs.getInt(3);
                    }
                }
                for (long id : productIds) {
                    product.setLong(1, id);
                    try (ResultSet rs = product.executeQuery()) { // PRODUCT-QUERY
                        names += rs.next() && rs.getString(1) != null ? 1 : 0;
                    }
                }
            }
        }
        return names;
    }
}
