package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.FromColumn;
import dev.leanjdbc.Lean;
import dev.leanjdbc.SubsetRecord;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.util.List;

/** The code of docs/projections.md, run by {@link ProjectionSnippetsTest}. */
final class ProjectionSnippets {

    private ProjectionSnippets() {}

    // tag::project[]
    record OrderSummary(long id, String orderNumber, String status) {}

    static List<OrderSummary> latestOrdersOf(Lean db, long customerId) {
        // select orders.id, orders.order_number, orders.status from orders where ... fetch next ? rows only
        return db.project(OrderSummary.class)
                .from(ORDERS) // mapping resolved and validated here
                .where(ORDERS.CUSTOMER_ID.eq(customerId))
                .orderBy(ORDERS.PLACED_AT.desc())
                .limit(50)
                .fetch();
    }
    // end::project[]

    // spotless:off
    // tag::converter[]
    record Amount(long id, @FromColumn(value = "total_amount", converter = ToCents.class) long cents) {}
    // end::converter[]
    // spotless:on

    static List<Amount> amounts(Lean db) {
        return db.project(Amount.class).from(ORDERS).orderBy(ORDERS.ID).limit(5).fetch();
    }

    // tag::only[]
    static void holdTheFirstNewOrder(Lean db) {
        List<SubsetRecord<OrdersRecord>> rows = db.only(ORDERS.STATUS, ORDERS.TOTAL_AMOUNT)
                .from(ORDERS)
                .where(ORDERS.STATUS.eq("NEW"))
                .orderBy(ORDERS.ID)
                .fetch();
        // select orders.id, orders.status, orders.total_amount from orders where ...   (primary key always added)

        SubsetRecord<OrdersRecord> r = rows.get(0);
        r.get(ORDERS.STATUS); // fine
        r.set(ORDERS.STATUS, "HELD").store();
        // update orders set status = ? where orders.id = ?         (only loaded, changed columns)
        r.get(ORDERS.NOTES); // UnloadedColumnException:
        // column orders.notes was not loaded: the record was fetched with only [id, status, total_amount]
        // at dev.leanjdbc.examples.docs.ProjectionSnippets.holdTheFirstNewOrder(ProjectionSnippets.java:46);
        // add notes to only(...) there
    }
    // end::only[]
}
