package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static dev.leanjdbc.testing.shop.Tables.ORDER_LINE;
import static org.jooq.impl.DSL.select;

import dev.leanjdbc.BulkProgress;
import dev.leanjdbc.Lean;
import dev.leanjdbc.SubsetRecord;
import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/** The code of docs/coming-from-django.md, run by {@link DjangoSnippetsTest}. */
final class DjangoSnippets {

    private DjangoSnippets() {}

    static
    // tag::per-request[]
    final class Requests {
        private final QueryAnalyzer analyzer = QueryAnalyzer.builder()
                .logScopeSummary(true) // one INFO line per request: statements, rows, time in SQL
                .slowStatementMillis(200) // one WARN line per statement slower than this
                .build();
        final Lean lean;

        Requests(DataSource pool, SQLDialect dialect) {
            lean = Lean.of(analyzer.wrap(pool), dialect);
        }

        Report handle(String request, Runnable handler) {
            try (AnalysisScope scope = analyzer.scope(request)) {
                handler.run();
                scope.close();
                return scope.report(); // also logged, as "GET /orders: 3 statements (3 SELECT), 120 rows, 4.1 ms"
            }
        }
    }
    // end::per-request[]

    // tag::iterator[]
    static void exportNewOrders(Lean lean, Consumer<String> out) {
        // Django: for o in Order.objects.filter(status="NEW").iterator(): ...
        try (Stream<OrdersRecord> orders =
                lean.stream(lean.dsl().selectFrom(ORDERS).where(ORDERS.STATUS.eq("NEW")))) {
            orders.forEach(o -> out.accept(o.getOrderNumber()));
        }
    }
    // end::iterator[]

    // tag::update-delete[]
    static void shipAndPurge(Lean lean, LocalDateTime cutoff) {
        // Django: Order.objects.filter(status="PAID", placed_at__lt=cutoff).update(status="SHIPPED")
        int shipped = lean.updateWhere(
                ORDERS,
                Map.of(ORDERS.STATUS, "SHIPPED"),
                ORDERS.STATUS.eq("PAID").and(ORDERS.PLACED_AT.lt(cutoff)));
        // Django: OrderLine.objects.filter(order__status="CANCELLED").delete(), in chunks of 5,000 rows
        long deleted = lean.deleteInChunks(
                ORDER_LINE,
                ORDER_LINE.ORDER_ID.in(select(ORDERS.ID).from(ORDERS).where(ORDERS.STATUS.eq("CANCELLED"))),
                5_000,
                BulkProgress.NONE);
    }
    // end::update-delete[]

    // tag::values[]
    record OrderTotal(String orderNumber, BigDecimal totalAmount) {}

    // Django: Order.objects.filter(status="NEW").values("order_number", "total_amount")
    static List<OrderTotal> newOrderTotals(Lean lean) {
        return lean.project(OrderTotal.class)
                .from(ORDERS)
                .where(ORDERS.STATUS.eq("NEW"))
                .fetch();
    }
    // end::values[]

    // tag::only[]
    static void onlyTwoColumns(Lean lean) {
        // Django: Order.objects.only("order_number", "status") -- reading another field re-queries, per row
        List<SubsetRecord<OrdersRecord>> orders = lean.only(ORDERS.ORDER_NUMBER, ORDERS.STATUS)
                .from(ORDERS)
                .where(ORDERS.STATUS.eq("NEW"))
                .fetch();
        String first = orders.get(0).get(ORDERS.ORDER_NUMBER); // loaded
        orders.get(0).get(ORDERS.NOTES); // not loaded: throws UnloadedColumnException, never re-queries
    }
    // end::only[]
}
