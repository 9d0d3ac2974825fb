package dev.leanjdbc.benchmarks.analyzer;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.ColumnSet;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.ReadValueSample;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.ResultMode;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.FailOpen;
import dev.leanjdbc.analyzer.internal.detect.DetectorConfig;
import dev.leanjdbc.analyzer.internal.detect.Detectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the detectors cost at scope end: all of them over one scope of synthetic events that look like a busy
 * request — N+1 loops under a parent whose values they bind, keyset pages, duplicates, single-row inserts
 * and updates, wide selects read in part, literal SQL — with call sites and value samples on every event.
 * Target: time and bytes per event flat within 1.5× from 10,000 to 1,000,000 events. A million events in one
 * scope needs {@code maxEventsPerScope} raised from its default of 10,000 (the global view keeps only {@code
 * maxGlobalEvents}, 1,000); the other caps apply as they are: at most {@code maxFingerprints} (1,000) shapes
 * — this scope has 7 —, {@code maxReadValues} (64) sampled values per result — its parents sample 60 —, and
 * the literals detector's 1,024 distinct texts per shape.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DetectorsBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class DetectorsBenchmark {

    @Param({"10000", "100000", "1000000"})
    public int events;

    private Report report;
    private Detectors detectors;

    @Setup(Level.Trial)
    public void setUp() {
        report = SyntheticScope.report(events);
        detectors = new Detectors(DetectorConfig.DEFAULTS, new FailOpen());
        List<Finding> findings = detectors.detect(report);
        if (findings.isEmpty()) {
            throw new IllegalStateException("the synthetic scope must produce findings");
        }
    }

    @Benchmark
    public List<Finding> detectAll() {
        return detectors.detect(report);
    }

    /** Builds the synthetic scope: a repeating request pattern of 100 statements. */
    static final class SyntheticScope {

        private static final CallSite[] SITES = {
            new CallSite("com.shop.OrderService", "list", "OrderService.java", 42),
            new CallSite("com.shop.OrderService", "customer", "OrderService.java", 88),
            new CallSite("com.shop.StockService", "update", "StockService.java", 17),
            new CallSite("com.shop.AuditService", "log", "AuditService.java", 23),
            new CallSite("com.shop.Pager", "page", "Pager.java", 9),
            new CallSite("com.shop.ReportService", "wide", "ReportService.java", 64),
        };

        private static final String[] SHAPES = {
            "select id, customer_id, order_number from orders where status = ?",
            "select id, email, first_name from customer where id = ?",
            "update product set stock = stock - ? where id = ?",
            "insert into audit (id, event, at) values (?, ?, ?)",
            "select id, order_number from orders where id > ? order by id limit ?",
            "select id, customer_id, order_number, status, placed_at, total_amount, currency, payment_method"
                    + " from orders where id = ?",
            "select email from customer where id = ?",
        };

        static Report report(int n) {
            List<StatementEvent> list = new ArrayList<>(n);
            Map<Integer, long[]> totals = new HashMap<>();
            long seq = 0;
            long key = 1;
            while (list.size() < n) {
                // 1 parent reading 20 rows, 20 children binding its values
                long[] sample = new long[60];
                for (int r = 0; r < 20; r++) {
                    sample[3 * r] = ReadValueSample.entry(hash(key + r), 1);
                    sample[3 * r + 1] = ReadValueSample.entry(hash(1000 + (key + r) % 500), 2);
                    sample[3 * r + 2] = ReadValueSample.entry(hash(-key - r), 3);
                }
                list.add(select(++seq, 0, 0, new long[] {hash(7)}, 20, 3, ColumnSet.of(1, 2, 3), sample));
                for (int r = 0; r < 20 && list.size() < n; r++) {
                    long customer = 1000 + (key + r) % 500;
                    list.add(select(++seq, 1, 1, new long[] {hash(customer)}, 1, 3, ColumnSet.of(2), null));
                }
                // 5 keyset pages whose bind is the last id of the previous page
                long last = 0;
                for (int p = 0; p < 5 && list.size() < n; p++) {
                    long[] page = new long[20];
                    for (int r = 0; r < 10; r++) {
                        page[2 * r] = ReadValueSample.entry(hash(last + r + 1), 1);
                        page[2 * r + 1] = ReadValueSample.entry(hash(-(last + r + 1)), 2);
                    }
                    list.add(select(++seq, 4, 4, new long[] {hash(last), hash(10)}, 10, 2, ColumnSet.of(1, 2), page));
                    last += 10;
                }
                // 20 single-row updates and 20 single-row inserts
                for (int r = 0; r < 20 && list.size() < n; r++) {
                    list.add(write(++seq, 2, StatementKind.UPDATE, 2, new long[] {hash(1), hash(key + r)}));
                }
                for (int r = 0; r < 20 && list.size() < n; r++) {
                    list.add(write(++seq, 3, StatementKind.INSERT, 3, new long[] {hash(key + r), hash(2), hash(3)}));
                }
                // 10 wide selects reading 2 of 8 columns, 2 duplicates, 3 literal statements
                for (int r = 0; r < 10 && list.size() < n; r++) {
                    list.add(select(++seq, 5, 5, new long[] {hash(key + r)}, 1, 8, ColumnSet.of(1, 3), null));
                }
                for (int r = 0; r < 2 && list.size() < n; r++) {
                    list.add(select(++seq, 1, 1, new long[] {hash(1001)}, 1, 3, ColumnSet.of(2), null));
                }
                for (int r = 0; r < 3 && list.size() < n; r++) {
                    StatementEvent e = literal(++seq, (int) (key + r));
                    list.add(e);
                }
                key += 20;
            }
            List<FingerprintStats> stats = new ArrayList<>();
            for (StatementEvent e : list) {
                long[] t = totals.computeIfAbsent(
                        e.fingerprint().hashCode(), k -> new long[] {e.fingerprintId(), 0, 0, e.columnCount()});
                t[1]++;
                t[2] += e.rowsRead();
            }
            for (int s = 0; s < SHAPES.length; s++) {
                long[] t = totals.get(SHAPES[s].hashCode());
                if (t != null) {
                    stats.add(new FingerprintStats(
                            t[0],
                            SHAPES[s],
                            SHAPES[s].startsWith("select") ? StatementKind.SELECT : StatementKind.UPDATE,
                            t[1],
                            t[1] * 10_000,
                            10_000,
                            t[2],
                            0,
                            0,
                            (int) t[3],
                            s == 5 ? ColumnSet.of(1, 3) : ColumnSet.of(1),
                            List.of(SITES[Math.min(s, SITES.length - 1)])));
                }
            }
            return ApiAccess.report(
                    "synthetic",
                    1_000_000_000L,
                    true,
                    new long[StatementKind.values().length],
                    0,
                    0,
                    0,
                    0,
                    stats,
                    list,
                    0,
                    0);
        }

        private static long hash(long v) {
            long z = v ^ 0x3c6ef372fe94f82bL;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }

        private static StatementEvent select(
                long seq, int shape, int site, long[] params, long rows, int columns, ColumnSet read, long[] sample) {
            return event(
                    seq,
                    shape,
                    StatementKind.SELECT,
                    site,
                    params,
                    rows,
                    columns,
                    read,
                    sample == null ? null : new ReadValueSample(sample, sample.length),
                    -1,
                    SHAPES[shape].hashCode());
        }

        private static StatementEvent write(long seq, int shape, StatementKind kind, int site, long[] params) {
            return event(seq, shape, kind, site, params, 0, 0, ColumnSet.EMPTY, null, 1, SHAPES[shape].hashCode());
        }

        private static StatementEvent literal(long seq, int id) {
            return event(seq, 6, StatementKind.SELECT, 1, null, 1, 1, ColumnSet.of(1), null, -1, id * 31);
        }

        private static StatementEvent event(
                long seq,
                int shape,
                StatementKind kind,
                int site,
                long[] params,
                long rows,
                int columns,
                ColumnSet read,
                ReadValueSample sample,
                long updateCount,
                int sqlHash) {
            long paramHash = 0;
            if (params != null) {
                for (long p : params) {
                    paramHash = paramHash * 31 + p;
                }
            }
            return ApiAccess.statementEvent(
                    seq,
                    SHAPES[shape].hashCode() * 0x9E3779B97F4A7C15L,
                    SHAPES[shape],
                    kind,
                    sqlHash,
                    20_000,
                    25_000,
                    updateCount,
                    0,
                    rows,
                    0,
                    columns,
                    read,
                    0,
                    true,
                    kind == StatementKind.SELECT ? ResultMode.BUFFERED : ResultMode.UNKNOWN,
                    paramHash,
                    params,
                    null,
                    sample,
                    false,
                    false,
                    SITES[site],
                    "main",
                    1);
        }
    }
}
