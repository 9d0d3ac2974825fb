package dev.leanjdbc.junit.docs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The application code of docs/junit.md's examples: plain JDBC on two small tables. */
final class OrderService {

    private final DataSource dataSource;

    OrderService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates and fills {@code customer} and {@code orders}: three orders of three customers. */
    static void createTables(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table customer (id bigint primary key, email varchar(100) not null)");
            s.execute("create table orders (id bigint primary key, customer_id bigint not null,"
                    + " status varchar(16) not null)");
            s.execute("insert into customer values (1, 'ada@example.com'), (2, 'grace@example.com'),"
                    + " (3, 'linus@example.com')");
            s.execute("insert into orders values (1, 1, 'NEW'), (2, 2, 'NEW'), (3, 3, 'PAID')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every order with its customer's e-mail, in one SELECT. */
    List<String> listOrders() {
        return query("select o.id, c.email from orders o join customer c on c.id = o.customer_id order by o.id");
    }

    /** The first {@code n} orders with their customers' e-mails, in one SELECT whatever {@code n}. */
    List<String> firstOrders(int n) {
        return query("select o.id, c.email from orders o join customer c on c.id = o.customer_id order by o.id"
                + " limit " + n);
    }

    /** The same with one SELECT per order for the e-mail: an N+1. */
    List<String> listOrdersOneByOne() {
        List<String> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement email = c.prepareStatement("select email from customer where id = ?")) {
            for (String order : query("select id, customer_id from orders order by id")) {
                email.setLong(1, Long.parseLong(order.split(";")[1]));
                try (ResultSet rs = email.executeQuery()) {
                    rs.next();
                    lines.add(order.split(";")[0] + ";" + rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    void markShipped(long orderId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update orders set status = 'SHIPPED' where id = ?")) {
            ps.setLong(1, orderId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> query(String sql) {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1) + ";" + rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
