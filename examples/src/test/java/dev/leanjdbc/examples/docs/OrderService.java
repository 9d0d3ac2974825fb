package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.CUSTOMER;
import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** The application code the analyzer snippets look at: the orders with their customers' e-mails, on jOOQ. */
final class OrderService {

    private final DSLContext dsl;

    OrderService(DataSource dataSource, SQLDialect dialect) {
        this.dsl = DSL.using(dataSource, dialect);
    }

    /** Number and customer e-mail of the 20 first orders, in one SELECT. */
    List<String> listOrders() {
        return dsl.select(ORDERS.ORDER_NUMBER, CUSTOMER.EMAIL)
                .from(ORDERS)
                .join(CUSTOMER)
                .on(CUSTOMER.ID.eq(ORDERS.CUSTOMER_ID))
                .orderBy(ORDERS.ID)
                .limit(20)
                .fetch(r -> r.value1() + ";" + r.value2());
    }

    /** The same, one query for the orders and one per order for its customer's e-mail: an N+1. */
    List<String> listOrdersOneByOne() {
        List<String> lines = new ArrayList<>();
        for (Record2<String, Long> order : dsl.select(ORDERS.ORDER_NUMBER, ORDERS.CUSTOMER_ID)
                .from(ORDERS)
                .orderBy(ORDERS.ID)
                .limit(20)
                .fetch()) {
            String email = dsl.select(CUSTOMER.EMAIL)
                    .from(CUSTOMER)
                    .where(CUSTOMER.ID.eq(order.value2()))
                    .fetchOne(CUSTOMER.EMAIL);
            lines.add(order.value1() + ";" + email);
        }
        return lines;
    }
}
