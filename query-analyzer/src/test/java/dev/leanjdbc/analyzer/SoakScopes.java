package dev.leanjdbc.analyzer;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.leanjdbc.analyzer.micrometer.LeanJdbcMetrics;
import dev.leanjdbc.testing.Heap;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.ref.Reference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * Child-JVM main for the soak test: {@code args[0]} primary-key lookups on in-memory H2 across {@code args[1]}
 * scopes (request-like: 50 route names, a rows budget each) on {@code args[2]} threads, with the meters
 * bound. All threads stop at checkpoints (every tenth of the scopes) where the heap in use after GC is
 * printed; the first tenth is warm-up. {@code args[3]}: {@code bounded}, or {@code leaky} (negative
 * control: an {@code onEvent} listener keeps every event, as a careless application listener would).
 */
public final class SoakScopes {

    static final int CHECKPOINTS = 10;

    public static void main(String[] args) throws Exception {
        long statements = Long.parseLong(args[0]);
        int scopes = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        boolean leaky = args[3].equals("leaky");
        int perScope = (int) (statements / scopes);
        int scopesPerThreadPerCheckpoint = scopes / threads / CHECKPOINTS;

        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:soak;DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(threads);
        try (HikariDataSource raw = new HikariDataSource(config)) {
            try (Connection c = raw.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create table item (id int primary key, name varchar(40))");
                s.execute("insert into item select x, 'item ' || x from system_range(1, 1000)");
            }
            QueryAnalyzer.Builder builder = QueryAnalyzer.builder();
            List<StatementEvent> kept = new ArrayList<>();
            if (leaky) {
                builder.onEvent(e -> {
                    synchronized (kept) {
                        kept.add(e);
                    }
                });
            }
            QueryAnalyzer analyzer = builder.build();
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            LeanJdbcMetrics.bind(analyzer, registry);
            DataSource ds = analyzer.wrap(raw);
            ScopeBudget budget = ScopeBudget.unlimited().withMaxRowsRead(10_000).withMaxStatements(5_000);
            AtomicLong done = new AtomicLong();
            long[] heap = new long[CHECKPOINTS + 1];
            CyclicBarrier checkpoint = new CyclicBarrier(threads + 1);
            CountDownLatch finished = new CountDownLatch(threads);
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    try {
                        int scope = 0;
                        for (int cp = 0; cp < CHECKPOINTS; cp++) {
                            for (int i = 0; i < scopesPerThreadPerCheckpoint; i++, scope++) {
                                String name = "GET /items/{id}#" + ((thread * 7 + scope) % 50);
                                try (AnalysisScope s = analyzer.scope(name, budget);
                                        Connection c = ds.getConnection();
                                        PreparedStatement ps =
                                                c.prepareStatement("select name from item where id = ?")) {
                                    for (int q = 0; q < perScope; q++) {
                                        ps.setInt(1, 1 + (q * 31 + scope) % 1000);
                                        try (ResultSet rs = ps.executeQuery()) {
                                            rs.next();
                                            rs.getString(1);
                                        }
                                    }
                                }
                                done.addAndGet(perScope);
                            }
                            checkpoint.await();
                            checkpoint.await(); // the main thread measures in between
                        }
                    } catch (Throwable e) {
                        LoggerFactory.getLogger(SoakScopes.class).error("soak worker failed", e);
                        System.exit(3);
                    } finally {
                        finished.countDown();
                    }
                });
                worker.start();
            }
            heap[0] = Heap.usedAfterGc();
            for (int cp = 1; cp <= CHECKPOINTS; cp++) {
                checkpoint.await();
                heap[cp] = Heap.usedAfterGc();
                System.out.println("checkpoint " + cp + " statements=" + done.get() + " heapAfterGc=" + heap[cp]);
                checkpoint.await();
            }
            finished.await();
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            long max = Long.MIN_VALUE;
            for (int cp = 1; cp <= CHECKPOINTS; cp++) {
                max = Math.max(max, heap[cp]);
            }
            Report global = analyzer.globalReport();
            System.out.println("statements=" + done.get() + " scopes=" + scopes + " threads=" + threads
                    + " globalStatements=" + global.statementCount() + " inFlight="
                    + analyzer.inFlightScopes().size()
                    + " elapsedMs=" + elapsedMs);
            // growth after warm-up: the highest checkpoint above the first one
            System.out.println("growthAfterWarmupBytes=" + (max - heap[1]));
            Reference.reachabilityFence(kept);
            Reference.reachabilityFence(registry);
        }
    }
}
