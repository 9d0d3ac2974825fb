package dev.leanjdbc.analyzer.corpus;

import static dev.leanjdbc.testing.shop.Tables.CUSTOMER;
import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static dev.leanjdbc.testing.shop.Tables.ORDER_LINE;
import static org.jooq.impl.DSL.inline;

import dev.leanjdbc.testing.shop.tables.records.CustomerRecord;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record2;

/** An application service written with jOOQ. */
final class JooqOrderService {

    private final DSLContext ctx;

    JooqOrderService(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Whole order records, then the customer of each: the N+1. */
    List<String> emailsPerOrder() {
        List<String> out = new ArrayList<>();
        for (OrdersRecord o :
                ctx.selectFrom(ORDERS).orderBy(ORDERS.ID).limit(30).fetch()) {
            CustomerRecord c = ctx.selectFrom(CUSTOMER)
                    .where(CUSTOMER.ID.eq(o.getCustomerId()))
                    .fetchOne(); // JOOQ-CHILD
            out.add(c.getEmail());
        }
        return out;
    }

    List<String> emailsPerOrderJoined() {
        return ctx.select(ORDERS.ID, CUSTOMER.EMAIL)
                .from(ORDERS)
                .join(CUSTOMER)
                .on(CUSTOMER.ID.eq(ORDERS.CUSTOMER_ID))
                .orderBy(ORDERS.ID)
                .limit(30)
                .fetch(CUSTOMER.EMAIL);
    }

    int customersInChunks() {
        List<Long> ids = ctx.selectDistinct(ORDERS.CUSTOMER_ID)
                .from(ORDERS)
                .orderBy(ORDERS.CUSTOMER_ID)
                .fetch(ORDERS.CUSTOMER_ID);
        int found = 0;
        for (int from = 0; from < ids.size(); from += 5) {
            found += ctx.select(CUSTOMER.ID, CUSTOMER.EMAIL)
                    .from(CUSTOMER)
                    .where(CUSTOMER.ID.in(ids.subList(from, Math.min(ids.size(), from + 5))))
                    .fetch()
                    .size();
        }
        return found;
    }

    int seekPages(int pageSize) {
        long last = 0;
        int pages = 0;
        while (true) {
            List<Record2<Long, String>> page = ctx.select(ORDERS.ID, ORDERS.ORDER_NUMBER)
                    .from(ORDERS)
                    .orderBy(ORDERS.ID)
                    .seek(last)
                    .limit(pageSize)
                    .fetch();
            pages++;
            if (page.size() < pageSize) {
                return pages;
            }
            last = page.get(page.size() - 1).value1();
        }
    }

    void touchOrdersOneByOne(int n) {
        for (long id = 1; id <= n; id++) {
            ctx.update(ORDERS).set(ORDERS.NOTES, "jooq").where(ORDERS.ID.eq(id)).execute();
        }
    }

    void touchOrdersSetBased(int n) {
        ctx.update(ORDERS)
                .set(ORDERS.NOTES, "jooq")
                .where(ORDERS.ID.le((long) n))
                .execute();
    }

    void insertLinesOneByOne(int n) {
        for (int i = 0; i < n; i++) {
            line(i).execute();
        }
    }

    void insertLinesBatched(int n) {
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            queries.add(line(i));
        }
        ctx.batch(queries).execute();
    }

    private Query line(int i) {
        BigDecimal one = BigDecimal.ONE;
        return ctx.insertInto(ORDER_LINE)
                .columns(
                        ORDER_LINE.ID,
                        ORDER_LINE.ORDER_ID,
                        ORDER_LINE.PRODUCT_ID,
                        ORDER_LINE.LINE_NO,
                        ORDER_LINE.QUANTITY,
                        ORDER_LINE.UNIT_PRICE,
                        ORDER_LINE.DISCOUNT,
                        ORDER_LINE.LINE_TOTAL)
                .values(WriteService.FIRST_ID + i, 1L, 1L, 100 + i, 1, one, BigDecimal.ZERO, one);
    }

    void cleanUp() {
        ctx.deleteFrom(ORDER_LINE)
                .where(ORDER_LINE.ID.ge(WriteService.FIRST_ID))
                .execute();
    }

    int customersByInlinedId(int n) {
        int found = 0;
        for (long id = 1; id <= n; id++) {
            found += ctx.select(CUSTOMER.EMAIL)
                    .from(CUSTOMER)
                    .where(CUSTOMER.ID.eq(inline(id)))
                    .fetch()
                    .size();
        }
        return found;
    }

    int countOrders() {
        return ctx.fetchCount(ORDERS);
    }
}
