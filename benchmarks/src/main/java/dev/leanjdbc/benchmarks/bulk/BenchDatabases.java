package dev.leanjdbc.benchmarks.bulk;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.PostgresServer;
import dev.leanjdbc.testing.PostgresServers;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Databases and rows for the bulk, insert and fetch benchmarks. */
public final class BenchDatabases {

    private BenchDatabases() {}

    /** A fresh test database; PostgreSQL from {@link PostgresServers#shared()} (embedded when nothing else). */
    public static TestDatabase open(Db db, String label) {
        return open(db, label, "FAST");
    }

    /**
     * A fresh test database on the server {@code durability} names: {@code FAST} is {@link
     * PostgresServers#shared()} (the test server: fsync, synchronous_commit and full_page_writes off);
     * {@code DURABLE} is {@link PostgresServers#durable()}, an embedded server with all three on, where every
     * commit waits for the disk as in production.
     */
    public static TestDatabase open(Db db, String label, String durability) {
        if (db == Db.H2) {
            return TestDatabase.h2(label);
        }
        PostgresServers.Result found = switch (durability) {
            case "FAST" -> PostgresServers.shared();
            case "DURABLE" -> PostgresServers.durable();
            default -> throw new IllegalArgumentException("durability must be FAST or DURABLE, was " + durability);
        };
        PostgresServer server = found.found()
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL for the benchmark: " + found.failure()));
        return TestDatabase.postgres(server, label);
    }

    /** {@code count} new orders for customers 1..10, numbered from {@code from}. */
    public static List<OrdersRecord> newOrders(long from, int count) {
        List<OrdersRecord> rows = new ArrayList<>(count);
        for (long n = from; n < from + count; n++) {
            LocalDateTime at = LocalDateTime.of(2025, 1, 1, 0, 0).plusSeconds(n);
            rows.add(new OrdersRecord()
                    .setCustomerId(1 + n % 10)
                    .setOrderNumber("B-" + n)
                    .setStatus(n % 5 == 0 ? "SHIPPED" : "NEW")
                    .setPlacedAt(at)
                    .setTotalAmount(BigDecimal.valueOf(1_000 + n % 90_000, 2))
                    .setCurrency("EUR")
                    .setPaymentMethod("CARD")
                    .setShippingStreet("Long Street " + n)
                    .setShippingCity("Springfield")
                    .setShippingPostalCode("12345")
                    .setShippingCountry("DE")
                    .setNotes(n % 4 == 0 ? "please ring twice, parcel box at the back " + n : null)
                    .setUpdatedAt(at));
        }
        return rows;
    }

    /** The columns {@link #newOrders} sets, in table order (all but the generated id). */
    public static List<org.jooq.Field<?>> newOrderColumns() {
        List<org.jooq.Field<?>> columns = new ArrayList<>(List.of(ORDERS.fields()));
        columns.remove(ORDERS.ID);
        columns.remove(ORDERS.SHIPPED_AT);
        columns.remove(ORDERS.DISCOUNT_CODE);
        return columns;
    }
}
