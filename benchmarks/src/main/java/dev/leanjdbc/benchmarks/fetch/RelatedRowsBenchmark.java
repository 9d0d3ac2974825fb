package dev.leanjdbc.benchmarks.fetch;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static dev.leanjdbc.testing.shop.Tables.ORDER_LINE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import dev.leanjdbc.benchmarks.bulk.BenchDatabases;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A page of {@value #PAGE} orders with their lines (about three per order), built four ways into the same
 * {@link OrderWithLines} list:
 *
 * <ul>
 *   <li>{@code N_PLUS_ONE}: the orders, then one query per order for its lines — {@value #PAGE} + 1 round
 *       trips, what lazy loading sends;
 *   <li>{@code JOIN}: one query joining orders to lines, grouped in Java (order columns repeat per line);
 *   <li>{@code IN_BATCH}: the orders, then all their lines with one {@code order_id in (...)} — two queries
 *       (what batch fetching / prefetching does);
 *   <li>{@code MULTISET}: one query with the lines nested per order by jOOQ's {@code multiset} (JSON on the
 *       server).
 * </ul>
 *
 * Read-only: the data is loaded once per trial. The page moves on every call so the databases read
 * different rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RelatedRowsBenchmark {

    static final int PAGE = 100;
    private static final int ORDERS_COUNT = 10_000;

    /** One line as a screen shows it. */
    public record Line(int lineNo, int quantity, BigDecimal lineTotal) {}

    /** An order with its lines. */
    public record OrderWithLines(long id, String orderNumber, List<Line> lines) {}

    @Param({"N_PLUS_ONE", "JOIN", "IN_BATCH", "MULTISET"})
    public String how;

    @Param({"H2", "POSTGRES"})
    public Db db;

    private TestDatabase database;
    private DSLContext dsl;
    private long page;

    @Setup(Level.Trial)
    public void setUp() {
        database = BenchDatabases.open(db, "bench_related");
        database.seedShop(new ShopScale(1_000, 100, ORDERS_COUNT));
        dsl = database.dsl();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
    }

    @Benchmark
    public List<OrderWithLines> fetch() {
        long from = page * PAGE + 1;
        page = (page + 1) % (ORDERS_COUNT / PAGE);
        long to = from + PAGE - 1;
        switch (how) {
            case "N_PLUS_ONE":
                return nPlusOne(from, to);
            case "JOIN":
                return join(from, to);
            case "IN_BATCH":
                return inBatch(from, to);
            case "MULTISET":
                return multisetQuery(from, to);
            default:
                throw new IllegalArgumentException("how must be N_PLUS_ONE, JOIN, IN_BATCH or MULTISET, was " + how);
        }
    }

    private List<OrderWithLines> nPlusOne(long from, long to) {
        List<OrderWithLines> result = new ArrayList<>(PAGE);
        for (var o : dsl.select(ORDERS.ID, ORDERS.ORDER_NUMBER)
                .from(ORDERS)
                .where(ORDERS.ID.between(from, to))
                .orderBy(ORDERS.ID)
                .fetch()) {
            List<Line> lines = dsl.select(ORDER_LINE.LINE_NO, ORDER_LINE.QUANTITY, ORDER_LINE.LINE_TOTAL)
                    .from(ORDER_LINE)
                    .where(ORDER_LINE.ORDER_ID.eq(o.value1()))
                    .orderBy(ORDER_LINE.LINE_NO)
                    .fetch(RelatedRowsBenchmark::line);
            result.add(new OrderWithLines(o.value1(), o.value2(), lines));
        }
        return result;
    }

    private List<OrderWithLines> join(long from, long to) {
        List<OrderWithLines> result = new ArrayList<>(PAGE);
        OrderWithLines current = null;
        for (var r : dsl.select(
                        ORDERS.ID, ORDERS.ORDER_NUMBER, ORDER_LINE.LINE_NO, ORDER_LINE.QUANTITY, ORDER_LINE.LINE_TOTAL)
                .from(ORDERS)
                .leftJoin(ORDER_LINE)
                .on(ORDER_LINE.ORDER_ID.eq(ORDERS.ID))
                .where(ORDERS.ID.between(from, to))
                .orderBy(ORDERS.ID, ORDER_LINE.LINE_NO)
                .fetch()) {
            if (current == null || current.id() != r.value1()) {
                current = new OrderWithLines(r.value1(), r.value2(), new ArrayList<>(4));
                result.add(current);
            }
            if (r.value3() != null) {
                current.lines().add(new Line(r.value3(), r.value4(), r.value5()));
            }
        }
        return result;
    }

    private List<OrderWithLines> inBatch(long from, long to) {
        var orders = dsl.select(ORDERS.ID, ORDERS.ORDER_NUMBER)
                .from(ORDERS)
                .where(ORDERS.ID.between(from, to))
                .orderBy(ORDERS.ID)
                .fetch();
        List<Long> ids = orders.getValues(ORDERS.ID);
        Map<Long, List<Line>> linesByOrder = new HashMap<>(PAGE * 2);
        for (var l : dsl.select(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO, ORDER_LINE.QUANTITY, ORDER_LINE.LINE_TOTAL)
                .from(ORDER_LINE)
                .where(ORDER_LINE.ORDER_ID.in(ids))
                .orderBy(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO)
                .fetch()) {
            linesByOrder
                    .computeIfAbsent(l.value1(), k -> new ArrayList<>(4))
                    .add(new Line(l.value2(), l.value3(), l.value4()));
        }
        List<OrderWithLines> result = new ArrayList<>(PAGE);
        for (var o : orders) {
            result.add(new OrderWithLines(o.value1(), o.value2(), linesByOrder.getOrDefault(o.value1(), List.of())));
        }
        return result;
    }

    private List<OrderWithLines> multisetQuery(long from, long to) {
        return dsl.select(
                        ORDERS.ID,
                        ORDERS.ORDER_NUMBER,
                        multiset(select(ORDER_LINE.LINE_NO, ORDER_LINE.QUANTITY, ORDER_LINE.LINE_TOTAL)
                                        .from(ORDER_LINE)
                                        .where(ORDER_LINE.ORDER_ID.eq(ORDERS.ID))
                                        .orderBy(ORDER_LINE.LINE_NO))
                                .convertFrom(r -> r.map(RelatedRowsBenchmark::line)))
                .from(ORDERS)
                .where(ORDERS.ID.between(from, to))
                .orderBy(ORDERS.ID)
                .fetch(r -> new OrderWithLines(r.value1(), r.value2(), r.value3()));
    }

    private static Line line(Record3<Integer, Integer, BigDecimal> r) {
        return new Line(r.value1(), r.value2(), r.value3());
    }
}
