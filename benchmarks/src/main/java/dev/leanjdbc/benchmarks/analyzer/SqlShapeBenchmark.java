package dev.leanjdbc.benchmarks.analyzer;

import dev.leanjdbc.analyzer.internal.sql.SqlShape;
import dev.leanjdbc.analyzer.internal.sql.SqlShapeCache;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of shaping a statement on the analyzer's hot path: a {@link SqlShapeCache} hit (what every execution
 * of a known SQL string pays) against shaping from scratch with {@link SqlShape#of(String)} (what a miss
 * pays). Run with {@code -prof gc}: a hit should allocate nothing.
 *
 * <p>The hit uses the same {@code String} instance on every call, as a prepared statement or a constant
 * does; a freshly built but equal string additionally pays one {@code hashCode} and {@code equals} over its
 * characters.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@Threads(1)
@State(Scope.Thread)
public class SqlShapeBenchmark {

    /** Typical statements: a key lookup, a join with an IN list, a multi-row insert, an ORM-style select. */
    @Param({"pkLookup", "joinWithInList", "multiRowInsert", "ormSelect"})
    public String statement;

    private String sql;
    private SqlShapeCache cache;

    @Setup
    public void setUp() {
        sql = switch (statement) {
            case "pkLookup" -> "select id, name, email, city from customer where id = ?";
            case "joinWithInList" ->
                "SELECT o.id, o.total, c.name FROM orders o JOIN customer c ON c.id = o.customer_id"
                        + " WHERE o.status IN ('NEW', 'PAID', 'SHIPPED') AND o.created > ? ORDER BY o.id LIMIT 50";
            case "multiRowInsert" ->
                "insert into order_line (order_id, product_id, quantity, price)"
                        + " values (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?)";
            case "ormSelect" ->
                "select o1_0.id,o1_0.customer_id,o1_0.created,o1_0.status,o1_0.total,"
                        + "o1_0.currency,o1_0.note from orders o1_0 where o1_0.customer_id=? and o1_0.status<>'DELETED'"
                        + " /* load com.example.Order */";
            default -> throw new IllegalArgumentException("unknown statement " + statement);
        };
        cache = new SqlShapeCache(1_000);
        cache.shapeOf(sql);
    }

    @Benchmark
    public SqlShape cacheHit() {
        return cache.shapeOf(sql);
    }

    @Benchmark
    public SqlShape uncached() {
        return SqlShape.of(sql);
    }
}
