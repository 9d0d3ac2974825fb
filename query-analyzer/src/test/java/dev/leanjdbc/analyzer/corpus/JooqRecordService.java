package dev.leanjdbc.analyzer.corpus;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.Lean;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** An application service that loads whole jOOQ records (generated with field-use tracking). */
final class JooqRecordService {

    /** A cache that outlives every scope, as application caches do. */
    static final Map<String, List<OrdersRecord>> CACHE = new ConcurrentHashMap<>();

    private final DSLContext ctx;
    private final Lean lean;

    JooqRecordService(DSLContext ctx, Lean lean) {
        this.ctx = ctx;
        this.lean = lean;
    }

    /** Whole orders, two fields used: the projection candidate. */
    BigDecimal totalOfShipped() {
        BigDecimal sum = BigDecimal.ZERO;
        for (OrdersRecord o : ctx.selectFrom(ORDERS).fetch()) { // RECORDS-TWO
            if ("SHIPPED".equals(o.getStatus())) {
                sum = sum.add(o.getTotalAmount());
            }
        }
        return sum;
    }

    /** Whole orders, 12 of 16 fields used: not worth a projection. */
    List<String> labels() {
        List<String> out = new ArrayList<>();
        for (OrdersRecord o : ctx.selectFrom(ORDERS).orderBy(ORDERS.ID).fetch()) {
            out.add(o.getId() + " " + o.getCustomerId() + " " + o.getOrderNumber() + " " + o.getStatus() + " "
                    + o.getPlacedAt() + " " + o.getShippedAt() + " " + o.getTotalAmount() + " " + o.getCurrency()
                    + " " + o.getPaymentMethod() + " " + o.getShippingStreet() + " " + o.getShippingCity() + " "
                    + o.getShippingPostalCode());
        }
        return out;
    }

    /** The DTO the screen shows. */
    record OrderSummary(Long id, String orderNumber, String status) {}

    /** Three columns straight into a DTO: nothing to project. */
    List<OrderSummary> summaries() {
        return ctx.select(ORDERS.ID, ORDERS.ORDER_NUMBER, ORDERS.STATUS)
                .from(ORDERS)
                .orderBy(ORDERS.ID)
                .fetchInto(OrderSummary.class);
    }

    /** Whole orders kept in the cache, no field used now: they are read later, outside the scope. */
    int warmCache(String key) {
        List<OrdersRecord> all = ctx.selectFrom(ORDERS).orderBy(ORDERS.ID).fetch();
        CACHE.put(key, all);
        return all.size();
    }

    /** Through the core facade: whole orders streamed, one field used. */
    long statusesThroughLean() {
        try (Stream<OrdersRecord> s = lean.stream(DSL.selectFrom(ORDERS).orderBy(ORDERS.ID))) { // LEAN-ONE
            return s.map(OrdersRecord::getStatus).distinct().count();
        }
    }

    /** The row the fixed code reads. */
    record StatusOnly(String status) {}

    /** Through the core facade, fixed as the finding suggests: the one column, projected. */
    long statusesThroughLeanProject() {
        return lean.project(StatusOnly.class).from(ORDERS).fetch().stream() // LEAN-PROJECT
                .map(StatusOnly::status)
                .distinct()
                .count();
    }

    /** Through the core facade, fixed the other way: records holding only the loaded fields. */
    long statusesThroughLeanOnly() {
        return lean.only(ORDERS.ID, ORDERS.STATUS).from(ORDERS).fetch().stream() // LEAN-ONLY
                .map(r -> r.get(ORDERS.STATUS))
                .distinct()
                .count();
    }
}
