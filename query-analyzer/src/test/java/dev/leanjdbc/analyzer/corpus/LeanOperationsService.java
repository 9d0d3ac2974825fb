package dev.leanjdbc.analyzer.corpus;

import static dev.leanjdbc.testing.shop.Tables.CUSTOMER;
import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static dev.leanjdbc.testing.shop.Tables.ORDER_LINE;

import dev.leanjdbc.BulkOptions;
import dev.leanjdbc.BulkProgress;
import dev.leanjdbc.Lean;
import dev.leanjdbc.testing.shop.tables.records.OrderLineRecord;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** An application service written with leanjdbc core's operations, and the loops users write themselves. */
final class LeanOperationsService {

    /** Line number of the order lines this service adds and removes again. */
    static final int TEMPORARY_LINE_NO = 99;

    private final DSLContext ctx;
    private final Lean lean;

    LeanOperationsService(DSLContext ctx, Lean lean) {
        this.ctx = ctx;
        this.lean = lean;
    }

    /** Every order in key-ordered chunks; the handler reads most fields of each record. */
    long labelsInChunks(int chunkSize) {
        long[] length = {0};
        lean.forEachChunk(ORDERS, ORDERS.ID, null, chunkSize, chunk -> {
            for (OrdersRecord o : chunk.records()) {
                length[0] += label(o).length();
            }
        });
        return length[0];
    }

    /** The first {@code orders} orders in chunks of {@code chunkSize}. */
    long firstOrdersInChunks(int orders, int chunkSize) {
        long[] length = {0};
        lean.forEachChunk(ORDERS, ORDERS.ID, ORDERS.ID.le((long) orders), chunkSize, chunk -> {
            for (OrdersRecord o : chunk.records()) {
                length[0] += label(o).length();
            }
        });
        return length[0];
    }

    /** A chunk handler that looks up each order's customer: the application's own N+1 inside the chunks. */
    int customerEmailsInChunks() {
        int[] found = {0};
        lean.forEachChunk(ORDERS, ORDERS.ID, ORDERS.ID.le(20L), 500, chunk -> {
            for (OrdersRecord o : chunk.records()) {
                label(o);
                String email = chunk.dsl()
                        .select(CUSTOMER.EMAIL)
                        .from(CUSTOMER)
                        .where(CUSTOMER.ID.eq(o.getCustomerId()))
                        .fetchOne(CUSTOMER.EMAIL); // HANDLER-LOOKUP
                found[0] += email == null ? 0 : 1;
            }
        });
        return found[0];
    }

    /** Touches every order in chunks (notes = notes): the data stays as it was. */
    long touchInChunks(int chunkSize) {
        return lean.updateInChunks(
                ORDERS, Map.of(ORDERS.NOTES, ORDERS.NOTES), DSL.trueCondition(), chunkSize, BulkProgress.NONE);
    }

    /** Adds {@code n} temporary order lines with insertMany, then deletes them with deleteInChunks. */
    long addAndRemoveLines(int n, int chunkSize) {
        List<OrderLineRecord> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            OrderLineRecord l = new OrderLineRecord();
            l.setOrderId((long) (i % 100) + 1);
            l.setProductId(1L);
            l.setLineNo(TEMPORARY_LINE_NO);
            l.setQuantity(1);
            l.setUnitPrice(BigDecimal.ONE);
            l.setDiscount(BigDecimal.ZERO);
            l.setLineTotal(BigDecimal.ONE);
            lines.add(l);
        }
        long inserted =
                lean.insertMany(ORDER_LINE, lines, BulkOptions.defaults().withChunkSize(chunkSize));
        long deleted =
                lean.deleteInChunks(ORDER_LINE, ORDER_LINE.LINE_NO.eq(TEMPORARY_LINE_NO), chunkSize, BulkProgress.NONE);
        if (inserted != n || deleted != n) {
            throw new IllegalStateException("inserted " + inserted + ", deleted " + deleted + ", expected " + n);
        }
        return deleted;
    }

    /** The application's own keyset loop in jOOQ: {@code where id > :last order by id limit :page}. */
    int keysetPagesWithJooq(int pageSize) {
        long last = 0;
        int pages = 0;
        while (true) {
            List<OrdersRecord> page = ctx.selectFrom(ORDERS)
                    .where(ORDERS.ID.gt(last))
                    .orderBy(ORDERS.ID)
                    .limit(pageSize)
                    .fetch();
            pages++;
            for (OrdersRecord o : page) {
                label(o);
                last = o.getId();
            }
            if (page.size() < pageSize) {
                return pages;
            }
        }
    }

    /** One lean.forEach per order: the application's loop, an N+1 even though each query streams. */
    int streamLinesPerOrder(int orders) {
        int[] lines = {0};
        for (long id = 1; id <= orders; id++) {
            lean.forEach( // STREAM-PER-ORDER
                    ctx.select(ORDER_LINE.ID, ORDER_LINE.QUANTITY)
                            .from(ORDER_LINE)
                            .where(ORDER_LINE.ORDER_ID.eq(id)),
                    r -> lines[0] += r.get(ORDER_LINE.QUANTITY));
        }
        return lines[0];
    }

    /** One streamed query. */
    int streamAllOrders() {
        int[] n = {0};
        lean.forEach(ctx.select(ORDERS.ID, ORDERS.STATUS).from(ORDERS), r -> n[0]++);
        return n[0];
    }

    private static String label(OrdersRecord o) {
        return o.getId() + " " + o.getCustomerId() + " " + o.getOrderNumber() + " " + o.getStatus() + " "
                + o.getPlacedAt() + " " + o.getShippedAt() + " " + o.getTotalAmount() + " " + o.getCurrency() + " "
                + o.getPaymentMethod() + " " + o.getShippingStreet() + " " + o.getShippingCity() + " "
                + o.getShippingPostalCode();
    }
}
