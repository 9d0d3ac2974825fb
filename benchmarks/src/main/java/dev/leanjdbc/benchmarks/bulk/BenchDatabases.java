package dev.leanjdbc.benchmarks.bulk;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.LatencyProxy;
import dev.leanjdbc.testing.PostgresServer;
import dev.leanjdbc.testing.PostgresServers;
import dev.leanjdbc.testing.RoundTrips;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Databases and rows for the bulk, insert and fetch benchmarks. */
public final class BenchDatabases {

    private static final Map<TestDatabase, LatencyProxy> PROXIES = new ConcurrentHashMap<>();

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

    /**
     * As {@link #open(Db, String, String)}, with every connection to PostgreSQL (the pool, the schema's
     * creation and removal, plain driver connections made from {@link TestDatabase#jdbcUrl()}) going through
     * a {@link LatencyProxy} that adds {@code addedRttMs} milliseconds (a decimal, e.g. {@code 0.25}) to each
     * round trip. {@code 0} connects directly, without the proxy. Close it with {@link #close(TestDatabase)},
     * which closes the proxy too. H2 runs in-process: any round trip but 0 is refused.
     */
    public static TestDatabase open(Db db, String label, String durability, String addedRttMs) {
        Duration rtt = roundTrip(addedRttMs);
        if (rtt.isZero()) {
            return open(db, label, durability);
        }
        if (db == Db.H2) {
            throw new IllegalArgumentException(
                    "H2 runs in-process, no round trip to add: addedRttMs must be 0 for H2, was " + addedRttMs);
        }
        PostgresServers.Result found = switch (durability) {
            case "FAST" -> PostgresServers.shared();
            case "DURABLE" -> PostgresServers.durable();
            default -> throw new IllegalArgumentException("durability must be FAST or DURABLE, was " + durability);
        };
        PostgresServer server = found.found()
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL for the benchmark: " + found.failure()));
        LatencyProxy proxy = LatencyProxy.start(server.address(), rtt, LatencyProxy.DEFAULT_BUFFER_BYTES);
        PostgresServer proxied = server.through(proxy);
        TestDatabase database = TestDatabase.postgres(proxied, label);
        PROXIES.put(database, proxy);
        try (Connection c = proxied.connect()) {
            // Stated in the log beside the results: what the round trip really is through the proxy.
            System.out.printf(
                    Locale.ROOT,
                    "# round trip: +%s ms through %s; select 1 median %.3f ms through it; %s%n",
                    addedRttMs,
                    proxy,
                    RoundTrips.selectOneNanos(c, 200) / 1e6,
                    RoundTrips.describe(server, 200));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot measure the round trip through " + proxy, e);
        }
        return database;
    }

    /** Closes {@code database} and the proxy it was opened through, if any. */
    public static void close(TestDatabase database) {
        try {
            database.close();
        } finally {
            LatencyProxy proxy = PROXIES.remove(database);
            if (proxy != null) {
                proxy.close();
            }
        }
    }

    /** {@code addedRttMs} (milliseconds, a decimal) as a duration; clear message when not a number or negative. */
    static Duration roundTrip(String addedRttMs) {
        BigDecimal ms;
        try {
            ms = new BigDecimal(addedRttMs.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "addedRttMs must be milliseconds as a decimal number such as 0.25, was '" + addedRttMs + "'");
        }
        if (ms.signum() < 0) {
            throw new IllegalArgumentException("addedRttMs must be 0 or more, was " + addedRttMs);
        }
        return Duration.ofNanos(ms.movePointRight(6).longValue());
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
