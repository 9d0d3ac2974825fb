package dev.leanjdbc.benchmarks.fetch;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.Lean;
import dev.leanjdbc.benchmarks.bulk.BenchDatabases;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * 10,000 rows of the 16-column {@code orders} table: full jOOQ records ({@code selectFrom(ORDERS).fetch()})
 * versus a 3-column projection into a Java record ({@code Lean.project}) and a 3-column subset ({@code
 * Lean.only}, which adds nothing: id is one of the three). Read {@code gc.alloc.rate.norm} / 10,000 for
 * bytes per row. Read-only: the data is loaded once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ProjectionFetchBenchmark {

    /** What a list screen shows. */
    public record OrderSummary(long id, String orderNumber, String status) {}

    @Param({"FULL_RECORD", "PROJECTION", "SUBSET"})
    public String how;

    @Param({"POSTGRES"})
    public Db db;

    private TestDatabase database;
    private Lean lean;

    @Setup(Level.Trial)
    public void setUp() {
        database = BenchDatabases.open(db, "bench_projection");
        database.seedShop(new ShopScale(1_000, 100, 10_000));
        lean = Lean.of(database.dataSource(), database.dialect());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
    }

    @Benchmark
    public List<?> fetch() {
        switch (how) {
            case "FULL_RECORD":
                return lean.dsl().selectFrom(ORDERS).fetch();
            case "PROJECTION":
                return lean.project(OrderSummary.class).from(ORDERS).fetch();
            default:
                return lean.only(ORDERS.ORDER_NUMBER, ORDERS.STATUS)
                        .from(ORDERS)
                        .fetch();
        }
    }
}
