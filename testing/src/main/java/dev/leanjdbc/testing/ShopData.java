package dev.leanjdbc.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * Deterministic sample data for the shop schema: the same scale gives the same rows, byte for byte, on every
 * database. Every value is a pure function of the row's id, so nothing is held in memory while loading.
 *
 * <p>Loads through COPY on PostgreSQL and JDBC batches elsewhere, in one transaction.
 */
public final class ShopData {

    /** Rows loaded per table. */
    public record Counts(long customers, long products, long orders, long orderLines) {
        public long total() {
            return customers + products + orders + orderLines;
        }
    }

    static final String[] CUSTOMER_COLUMNS = {
        "id",
        "email",
        "first_name",
        "last_name",
        "phone",
        "street",
        "city",
        "postal_code",
        "country",
        "birth_date",
        "created_at",
        "loyalty_points",
        "marketing_opt_in",
        "notes"
    };
    static final String[] PRODUCT_COLUMNS = {
        "id", "sku", "name", "description", "category", "price", "stock", "active", "created_at"
    };
    static final String[] ORDER_COLUMNS = {
        "id",
        "customer_id",
        "order_number",
        "status",
        "placed_at",
        "shipped_at",
        "total_amount",
        "currency",
        "payment_method",
        "shipping_street",
        "shipping_city",
        "shipping_postal_code",
        "shipping_country",
        "discount_code",
        "notes",
        "updated_at"
    };
    static final String[] ORDER_LINE_COLUMNS = {
        "id", "order_id", "product_id", "line_no", "quantity", "unit_price", "discount", "line_total"
    };

    private static final long CUSTOMER_SEED = 0x5EED_0001L;
    private static final long PRODUCT_SEED = 0x5EED_0002L;
    private static final long ORDER_SEED = 0x5EED_0003L;
    private static final LocalDateTime EPOCH = LocalDateTime.of(2023, 1, 1, 0, 0);
    private static final int PROGRESS_EVERY = 10_000;

    private static final String[] FIRST = {
        "Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Hugo", "Iris", "Jonas", "Klara", "Leon",
        "Mia", "Noah", "Olivia", "Paul", "Quinn", "Rosa", "Samuel", "Tara", "Umar", "Vera", "William", "Yara"
    };
    private static final String[] LAST = {
        "Schmidt", "Martin", "Rossi", "Novak", "Garcia", "Smith", "Dubois", "Jansen", "Nowak", "Silva",
        "Müller", "Bernard", "Costa", "Horvat", "Larsen", "Virtanen", "Kowalski", "Murphy", "Weber", "Moreau"
    };
    private static final String[] STREETS = {
        "Main Street",
        "Station Road",
        "Church Lane",
        "Park Avenue",
        "Mill Road",
        "High Street",
        "Lake View",
        "Oak Drive",
        "Harbour Quay",
        "Market Square",
        "River Walk",
        "Hill Crest"
    };
    private static final String[][] CITIES = {
        {"Berlin", "DE"}, {"Hamburg", "DE"}, {"Paris", "FR"}, {"Lyon", "FR"}, {"Madrid", "ES"},
        {"Lisbon", "PT"}, {"Rome", "IT"}, {"Milan", "IT"}, {"Vienna", "AT"}, {"Prague", "CZ"},
        {"Warsaw", "PL"}, {"Amsterdam", "NL"}, {"Dublin", "IE"}, {"Helsinki", "FI"}, {"Oslo", "NO"}
    };
    private static final String[] CATEGORIES = {
        "books", "garden", "kitchen", "toys", "sports", "office", "music", "outdoor", "beauty", "tools"
    };
    private static final String[] ADJECTIVES = {
        "Compact", "Classic", "Deluxe", "Eco", "Handmade", "Portable", "Pro", "Rustic", "Smart", "Vintage"
    };
    private static final String[] NOUNS = {
        "Lamp", "Kettle", "Backpack", "Notebook", "Chair", "Speaker", "Planter", "Puzzle", "Racket", "Drill"
    };
    private static final String[] WORDS = {
        "please", "deliver", "after", "noon", "door", "neighbour", "gift", "wrap", "fragile", "call",
        "before", "arrival", "leave", "parcel", "garage", "quality", "customer", "since", "prefers", "email",
        "invoice", "company", "address", "weekend", "return", "exchange", "size", "colour", "thanks", "again"
    };
    private static final String[] STATUSES = {"NEW", "PAID", "SHIPPED", "DELIVERED", "CANCELLED"};
    private static final int[] STATUS_WEIGHTS = {10, 10, 15, 60, 5};
    private static final String[] PAYMENT = {"CARD", "PAYPAL", "INVOICE", "BANK_TRANSFER"};

    private ShopData() {}

    /**
     * Creates the shop schema in {@code dataSource} (which must not have it yet) and fills it: tables first,
     * then the rows, then foreign keys and indexes.
     */
    public static Counts seed(DataSource dataSource, SQLDialect dialect, ShopScale scale, SeedProgress progress) {
        ShopSchema.execute(dataSource, ShopSchema.forDialect(ShopSchema.tableStatements(), dialect));
        Counts counts = load(dataSource, dialect, scale, progress);
        ShopSchema.execute(dataSource, ShopSchema.forDialect(ShopSchema.afterLoadStatements(), dialect));
        if (dialect.family() == SQLDialect.POSTGRES) {
            ShopSchema.execute(dataSource, java.util.List.of("analyze"));
        }
        return counts;
    }

    /** Loads rows into the shop tables, which must exist and be empty, in one transaction. */
    public static Counts load(DataSource dataSource, SQLDialect dialect, ShopScale scale, SeedProgress progress) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                RowSink sink = dialect.family() == SQLDialect.POSTGRES ? new CopyRowSink(c) : new BatchRowSink(c);
                Counts counts = load(sink, scale, progress);
                restartIdentities(c, dialect, counts);
                c.commit();
                return counts;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the shop data: " + e.getMessage(), e);
        }
    }

    static Counts load(RowSink sink, ShopScale scale, SeedProgress progress) throws SQLException {
        sink.begin("customer", CUSTOMER_COLUMNS);
        for (long id = 1; id <= scale.customers(); id++) {
            sink.row(customer(id));
            report(progress, "customer", id, scale.customers());
        }
        sink.end();

        sink.begin("product", PRODUCT_COLUMNS);
        for (long id = 1; id <= scale.products(); id++) {
            sink.row(product(id));
            report(progress, "product", id, scale.products());
        }
        sink.end();

        sink.begin("orders", ORDER_COLUMNS);
        for (long id = 1; id <= scale.orders(); id++) {
            sink.row(order(id, scale));
            report(progress, "orders", id, scale.orders());
        }
        sink.end();

        long estimatedLines = 3L * scale.orders();
        long lineId = 0;
        sink.begin("order_line", ORDER_LINE_COLUMNS);
        Object[][] lines = new Object[5][];
        for (long orderId = 1; orderId <= scale.orders(); orderId++) {
            int n = orderLines(orderId, scale, lines);
            for (int i = 0; i < n; i++) {
                lines[i][0] = ++lineId;
                sink.row(lines[i]);
                report(progress, "order_line", lineId, Math.max(estimatedLines, lineId));
            }
        }
        sink.end();
        progress.progress("order_line", lineId, lineId);
        return new Counts(scale.customers(), scale.products(), scale.orders(), lineId);
    }

    private static void report(SeedProgress progress, String table, long done, long total) {
        if (done % PROGRESS_EVERY == 0 || done == total) {
            progress.progress(table, done, total);
        }
    }

    private static SplittableRandom random(long seed, long id) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + id);
    }

    static Object[] customer(long id) {
        SplittableRandom r = random(CUSTOMER_SEED, id);
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = LAST[r.nextInt(LAST.length)];
        String[] city = CITIES[r.nextInt(CITIES.length)];
        return new Object[] {
            id,
            (first + "." + last + id + "@example.com").toLowerCase(java.util.Locale.ROOT),
            first,
            last,
            r.nextInt(10) < 8
                    ? String.format("+%02d %03d %07d", 30 + r.nextInt(20), r.nextInt(1000), r.nextInt(10_000_000))
                    : null,
            (1 + r.nextInt(250)) + " " + STREETS[r.nextInt(STREETS.length)],
            city[0],
            String.format("%05d", r.nextInt(100_000)),
            city[1],
            r.nextInt(10) < 9 ? LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 55)) : null,
            EPOCH.minusDays(r.nextInt(1500)).plusSeconds(r.nextInt(86_400)),
            r.nextInt(5_000),
            r.nextBoolean(),
            r.nextInt(10) < 4 ? text(r, 8 + r.nextInt(40)) : null
        };
    }

    static Object[] product(long id) {
        SplittableRandom r = random(PRODUCT_SEED, id);
        return new Object[] {
            id,
            String.format("SKU-%07d", id),
            ADJECTIVES[r.nextInt(ADJECTIVES.length)] + " " + NOUNS[r.nextInt(NOUNS.length)] + " " + id,
            text(r, 15 + r.nextInt(50)),
            CATEGORIES[r.nextInt(CATEGORIES.length)],
            BigDecimal.valueOf(productPriceCents(id), 2),
            r.nextInt(1_000),
            r.nextInt(100) < 95,
            EPOCH.minusDays(r.nextInt(700))
        };
    }

    /** The price of a product; a function of its id alone, so order lines can use it without a lookup. */
    static long productPriceCents(long productId) {
        return 199 + random(PRODUCT_SEED ^ 0xABCDL, productId).nextInt(49_800);
    }

    static Object[] order(long id, ShopScale scale) {
        SplittableRandom r = random(ORDER_SEED, id);
        long customerId = 1 + r.nextLong(scale.customers());
        String status = weighted(r, STATUSES, STATUS_WEIGHTS);
        LocalDateTime placedAt = EPOCH.plusSeconds(r.nextLong(2L * 365 * 86_400));
        boolean shipped = status.equals("SHIPPED") || status.equals("DELIVERED");
        LocalDateTime shippedAt = shipped ? placedAt.plusHours(12 + r.nextInt(120)) : null;
        String payment = PAYMENT[r.nextInt(PAYMENT.length)];
        String discountCode = r.nextInt(10) == 0 ? "SAVE" + (5 + r.nextInt(4) * 5) : null;
        String notes = r.nextInt(5) == 0 ? text(r, 5 + r.nextInt(25)) : null;
        Object[] customer = customer(customerId);
        return new Object[] {
            id,
            customerId,
            String.format("ORD-%09d", id),
            status,
            placedAt,
            shippedAt,
            BigDecimal.valueOf(orderTotalCents(id, scale), 2),
            "EUR",
            payment,
            customer[5],
            customer[6],
            customer[7],
            customer[8],
            discountCode,
            notes,
            shippedAt != null ? shippedAt : placedAt
        };
    }

    private static long orderTotalCents(long orderId, ShopScale scale) {
        SplittableRandom r = lineRandom(orderId);
        int n = 1 + r.nextInt(5);
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += line(r, scale)[2];
        }
        return total;
    }

    /** Fills {@code out} with the order's lines (id left for the caller) and returns how many there are. */
    static int orderLines(long orderId, ShopScale scale, Object[][] out) {
        SplittableRandom r = lineRandom(orderId);
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            long[] l = line(r, scale);
            long productId = l[0];
            long quantity = l[1];
            long lineTotal = l[2];
            long unitPrice = productPriceCents(productId);
            long discount = unitPrice * quantity - lineTotal;
            out[i] = new Object[] {
                null,
                orderId,
                productId,
                i + 1,
                (int) quantity,
                BigDecimal.valueOf(unitPrice, 2),
                BigDecimal.valueOf(discount, 2),
                BigDecimal.valueOf(lineTotal, 2)
            };
        }
        return n;
    }

    private static SplittableRandom lineRandom(long orderId) {
        return random(ORDER_SEED ^ 0x11L, orderId);
    }

    /** product id, quantity, line total in cents (10% off one line in eight). */
    private static long[] line(SplittableRandom r, ShopScale scale) {
        long productId = 1 + r.nextLong(scale.products());
        long quantity = 1 + r.nextInt(4);
        long gross = productPriceCents(productId) * quantity;
        long total = r.nextInt(8) == 0 ? gross - gross / 10 : gross;
        return new long[] {productId, quantity, total};
    }

    private static String weighted(SplittableRandom r, String[] values, int[] weights) {
        int pick = r.nextInt(100);
        for (int i = 0; i < values.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static String text(SplittableRandom r, int words) {
        StringBuilder sb = new StringBuilder(words * 7);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[r.nextInt(WORDS.length)]);
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.append('.').toString();
    }

    private static void restartIdentities(Connection c, SQLDialect dialect, Counts counts) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (dialect.family() == SQLDialect.MARIADB || dialect.family() == SQLDialect.MYSQL) {
                // InnoDB already moved its counters past the explicit ids; set them anyway, as documented.
                s.execute("alter table customer auto_increment = " + (counts.customers() + 1));
                s.execute("alter table product auto_increment = " + (counts.products() + 1));
                s.execute("alter table orders auto_increment = " + (counts.orders() + 1));
                s.execute("alter table order_line auto_increment = " + (counts.orderLines() + 1));
                return;
            }
            s.execute("alter table customer alter column id restart with " + (counts.customers() + 1));
            s.execute("alter table product alter column id restart with " + (counts.products() + 1));
            s.execute("alter table orders alter column id restart with " + (counts.orders() + 1));
            s.execute("alter table order_line alter column id restart with " + (counts.orderLines() + 1));
        }
    }
}
