package dev.leanjdbc.examples;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.examples.SupplierFeed.NewProduct;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The shop application written the way code usually starts out: it works, and every step costs far more
 * round-trips or memory than it needs. The analyzer's findings point at the lines below. {@link LeanShop}
 * does the same work the lean way.
 */
final class NaiveShop {

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final Workload work;

    NaiveShop(DataSource dataSource, SQLDialect dialect, Workload work) {
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, dialect);
        this.work = work;
    }

    ShopResults run(Writer export) throws SQLException, IOException {
        Checksum customers = customerSummaries();
        Checksum dashboard = dashboard();
        long shipped = shipOldPaidOrders();
        Checksum exported = exportOrders(export);
        long imported = importProducts(SupplierFeed.products(work.newProducts()));
        return new ShopResults(
                customers.rows(),
                customers.value(),
                dashboard.rows(),
                dashboard.value(),
                shipped,
                exported.rows(),
                exported.value(),
                imported);
    }

    /** The most loyal customers with their order count and total: one query per customer (N+1). */
    Checksum customerSummaries() throws SQLException {
        Checksum sum = new Checksum();
        try (Connection c = dataSource.getConnection();
                PreparedStatement top =
                        c.prepareStatement("select * from customer order by loyalty_points desc, id limit ?");
                PreparedStatement ordersOf = c.prepareStatement("select * from orders where customer_id = ?")) {
            top.setInt(1, work.topCustomers());
            try (ResultSet customer = top.executeQuery()) {
                while (customer.next()) {
                    long id = customer.getLong("id");
                    String name = customer.getString("first_name") + " " + customer.getString("last_name");
                    long count = 0;
                    BigDecimal total = BigDecimal.ZERO;
                    ordersOf.setLong(1, id);
                    try (ResultSet order = ordersOf.executeQuery()) {
                        while (order.next()) {
                            count++;
                            total = total.add(order.getBigDecimal("total_amount"));
                        }
                    }
                    sum.add(id, customer.getString("email"), name, count, total);
                }
            }
        }
        return sum;
    }

    /** Order number and total of the orders to review: whole rows loaded to show two fields. */
    Checksum dashboard() throws SQLException {
        Checksum sum = new Checksum();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select * from orders where status = ?")) {
            ps.setString(1, work.dashboardStatus());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sum.add(rs.getString("order_number"), rs.getBigDecimal("total_amount"));
                }
            }
        }
        return sum;
    }

    /** Marks old PAID orders SHIPPED: one UPDATE per order. */
    long shipOldPaidOrders() throws SQLException {
        List<Long> ids = new ArrayList<>();
        long shipped = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps =
                    c.prepareStatement("select id from orders where status = 'PAID' and placed_at < ?")) {
                ps.setTimestamp(1, Timestamp.valueOf(work.shipBefore()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps =
                    c.prepareStatement("update orders set status = 'SHIPPED', shipped_at = ? where id = ?")) {
                for (long id : ids) {
                    ps.setTimestamp(1, Timestamp.valueOf(Workload.SHIPPED_AT));
                    ps.setLong(2, id);
                    shipped += ps.executeUpdate();
                }
            }
        }
        return shipped;
    }

    /** Writes every order as a CSV line: the whole table fetched into a list first. */
    Checksum exportOrders(Writer out) throws IOException {
        Checksum sum = new Checksum();
        Result<OrdersRecord> all = dsl.selectFrom(ORDERS).orderBy(ORDERS.ID).fetch();
        for (OrdersRecord o : all) {
            CsvLine.write(
                    out, sum, o.getId(), o.getOrderNumber(), o.getCustomerId(), o.getStatus(), o.getTotalAmount());
        }
        return sum;
    }

    /** Inserts the supplier's products: one INSERT (and one commit) per product. */
    long importProducts(List<NewProduct> products) throws SQLException {
        long inserted = 0;
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(2025, 1, 1, 0, 0));
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into product"
                        + " (sku, name, category, price, stock, active, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (NewProduct p : products) {
                ps.setString(1, p.sku());
                ps.setString(2, p.name());
                ps.setString(3, p.category());
                ps.setBigDecimal(4, p.price());
                ps.setInt(5, p.stock());
                ps.setBoolean(6, true);
                ps.setTimestamp(7, now);
                inserted += ps.executeUpdate();
            }
        }
        return inserted;
    }
}
