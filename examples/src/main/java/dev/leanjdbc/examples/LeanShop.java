package dev.leanjdbc.examples;

import static dev.leanjdbc.testing.shop.Tables.CUSTOMER;
import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static dev.leanjdbc.testing.shop.Tables.PRODUCT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import dev.leanjdbc.Lean;
import dev.leanjdbc.examples.SupplierFeed.NewProduct;
import dev.leanjdbc.testing.shop.tables.records.ProductRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Record3;

/**
 * The same work as {@link NaiveShop}, written with the leanjdbc core: a constant number of statements per
 * step, only the columns shown, set-based writes, a streamed export and one multi-row insert.
 */
final class LeanShop {

    /** What the customer summary shows of a customer: a projection, so only these columns are selected. */
    record CustomerRef(long id, String email, String firstName, String lastName) {}

    /** What the dashboard shows of an order. */
    record OrderDue(String orderNumber, BigDecimal totalAmount) {}

    private final Lean lean;
    private final Workload work;

    LeanShop(Lean lean, Workload work) {
        this.lean = lean;
        this.work = work;
    }

    ShopResults run(Writer export) {
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

    /** Two statements whatever the number of customers: the customers, then all their orders' totals by IN. */
    Checksum customerSummaries() {
        List<CustomerRef> top = lean.project(CustomerRef.class)
                .from(CUSTOMER)
                .orderBy(CUSTOMER.LOYALTY_POINTS.desc(), CUSTOMER.ID)
                .limit(work.topCustomers())
                .fetch();
        Map<Long, Record3<Long, Integer, BigDecimal>> totals = new HashMap<>();
        lean.dsl()
                .select(ORDERS.CUSTOMER_ID, count(), sum(ORDERS.TOTAL_AMOUNT))
                .from(ORDERS)
                .where(ORDERS.CUSTOMER_ID.in(top.stream().map(CustomerRef::id).toList()))
                .groupBy(ORDERS.CUSTOMER_ID)
                .fetch()
                .forEach(r -> totals.put(r.value1(), r));
        Checksum sum = new Checksum();
        for (CustomerRef c : top) {
            Record3<Long, Integer, BigDecimal> t = totals.get(c.id());
            sum.add(
                    c.id(),
                    c.email(),
                    c.firstName() + " " + c.lastName(),
                    t == null ? 0 : t.value2(),
                    t == null ? BigDecimal.ZERO : t.value3());
        }
        return sum;
    }

    /** Selects the two columns shown, into a record. */
    Checksum dashboard() {
        Checksum sum = new Checksum();
        lean.project(OrderDue.class)
                .from(ORDERS)
                .where(ORDERS.STATUS.eq(work.dashboardStatus()))
                .fetch()
                .forEach(o -> sum.add(o.orderNumber(), o.totalAmount()));
        return sum;
    }

    /** One set-based UPDATE. */
    long shipOldPaidOrders() {
        Map<Field<?>, Object> set = Map.of(ORDERS.STATUS, "SHIPPED", ORDERS.SHIPPED_AT, Workload.SHIPPED_AT);
        return lean.updateWhere(ORDERS, set, ORDERS.STATUS.eq("PAID").and(ORDERS.PLACED_AT.lt(work.shipBefore())));
    }

    /** Streams the export in constant memory: one row at a time from the driver, never a list of all. */
    Checksum exportOrders(Writer out) {
        Checksum sum = new Checksum();
        lean.forEach(
                lean.dsl()
                        .select(ORDERS.ID, ORDERS.ORDER_NUMBER, ORDERS.CUSTOMER_ID, ORDERS.STATUS, ORDERS.TOTAL_AMOUNT)
                        .from(ORDERS)
                        .orderBy(ORDERS.ID),
                r -> {
                    try {
                        CsvLine.write(out, sum, r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return sum;
    }

    /** One multi-row INSERT per chunk (COPY on PostgreSQL). */
    long importProducts(List<NewProduct> products) {
        LocalDateTime now = LocalDateTime.of(2025, 1, 1, 0, 0);
        List<ProductRecord> rows = new ArrayList<>(products.size());
        for (NewProduct p : products) {
            ProductRecord r = new ProductRecord();
            r.setSku(p.sku());
            r.setName(p.name());
            r.setCategory(p.category());
            r.setPrice(p.price());
            r.setStock(p.stock());
            r.setActive(true);
            r.setCreatedAt(now);
            rows.add(r);
        }
        return lean.insertMany(PRODUCT, rows);
    }
}
