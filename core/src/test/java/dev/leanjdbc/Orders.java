package dev.leanjdbc;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** New order rows for insert tests; customer ids stay within a seeded shop's first customers. */
final class Orders {

    private Orders() {}

    static OrdersRecord order(long n) {
        LocalDateTime at = LocalDateTime.of(2025, 1, 1, 10, 0).plusMinutes(n);
        return new OrdersRecord()
                .setCustomerId(1 + n % 10)
                .setOrderNumber("T-" + n)
                .setStatus("NEW")
                .setPlacedAt(at)
                .setTotalAmount(new BigDecimal("12.34").add(BigDecimal.valueOf(n)))
                .setCurrency("EUR")
                .setPaymentMethod("CARD")
                .setShippingStreet("Main \"Street\", " + n)
                .setShippingCity("Town")
                .setShippingPostalCode("12345")
                .setShippingCountry("DE")
                .setNotes(n % 3 == 0 ? null : "note, with comma\nand newline " + n)
                .setUpdatedAt(at);
    }

    static List<OrdersRecord> orders(long from, int count) {
        List<OrdersRecord> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(order(from + i));
        }
        return rows;
    }

    static int countNew(DSLContext dsl) {
        return dsl.fetchCount(ORDERS, ORDERS.ORDER_NUMBER.like("T-%"));
    }
}
