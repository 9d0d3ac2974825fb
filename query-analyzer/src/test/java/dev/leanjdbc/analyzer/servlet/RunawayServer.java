package dev.leanjdbc.analyzer.servlet;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.leanjdbc.analyzer.BudgetAction;
import dev.leanjdbc.analyzer.InFlightScope;
import dev.leanjdbc.analyzer.MemoryPressureMonitor;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.ScopeBudget;
import dev.leanjdbc.testing.ForkedJvm;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Child-JVM main: a small-heap server with the filter (rows budget, throw) and a memory-pressure monitor,
 * hit by a runaway request that hoards rows. Prints what happened, one {@code KEY value} line each, and
 * exits 0 only if it kept serving afterwards. Args: rows budget (0: none), rows the runaway asks for,
 * threshold, and {@code budget} (the budget stops it) or {@code cancel} (the pressure callback stops the top
 * scope; H2 then buffers the whole result, the case budgets cannot catch).
 * Database from {@code -Dleanjdbc.url/user/password}.
 */
public final class RunawayServer {

    public static void main(String[] args) throws Exception {
        long budget = Long.parseLong(args[0]);
        int runawayRows = Integer.parseInt(args[1]);
        double threshold = Double.parseDouble(args[2]);
        boolean cancel = args[3].equals("cancel");
        HikariConfig config = ForkedJvm.childDatabase();
        if (config.getJdbcUrl().startsWith("jdbc:h2:") && !cancel) {
            // H2 streams only in lazy mode; otherwise it buffers the result
            config.setJdbcUrl(config.getJdbcUrl() + ";LAZY_QUERY_EXECUTION=TRUE");
        }
        config.setMaximumPoolSize(4);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        MemoryPressureMonitor monitor = MemoryPressureMonitor.builder(analyzer)
                .threshold(threshold)
                .minInterval(Duration.ofMillis(200))
                .onPressure(p -> {
                    InFlightScope top = p.scopes().isEmpty() ? null : p.scopes().get(0);
                    // The application's own policy: stop the biggest reader, a request that allocated more than
                    // 16 MiB. Callbacks run on every pressure decision (only log lines are rate-limited), also
                    // while the stopped hoard's garbage is still promoted, so "whatever is on top" would stop
                    // the innocent lookups that follow (seen: AFTER ok=19 of 20 on JDK 25).
                    if (cancel && top != null && top.allocatedBytes() > 16L << 20) {
                        System.out.println("STOP " + top.name() + " " + top.stop("memory pressure"));
                    }
                    System.out.println("PRESSURE pool=" + p.pool() + " scopes="
                            + p.scopes().size() + " top="
                            + (top == null
                                    ? "-"
                                    : top.name() + " rows=" + top.rowsRead() + " allocated="
                                            + top.allocatedBytes() + " statement=" + top.fingerprint() + " site="
                                            + top.callSite()));
                })
                .start();
        System.out.println("WATCHING " + monitor.watchedPools());
        ScopeBudget perRequest = budget == 0
                ? ScopeBudget.unlimited()
                // the runaway streams: its rows count against maxRowsRead only where streams are not exempt
                : ScopeBudget.unlimited()
                        .withMaxRowsRead(budget)
                        .withStreamsExempt(false)
                        .withAction(BudgetAction.THROW);
        AnalysisFilter filter =
                AnalysisFilter.builder(analyzer).budget(perRequest).build();
        try (HikariDataSource raw = new HikariDataSource(config)) {
            ItemApp.createItems(raw, 100);
            try (ItemApp app = new ItemApp(analyzer.wrap(raw), filter)) {
                System.out.println("WARM " + app.get("/items/1").statusCode());
                HttpResponse<String> runaway = app.get("/hoard?rows=" + runawayRows);
                System.out.println("RUNAWAY " + runaway.statusCode());
                int ok = 0;
                for (int i = 1; i <= 20; i++) {
                    if (app.get("/items/" + i).body().equals("item " + i)) {
                        ok++;
                    }
                }
                HttpResponse<String> small = app.get("/hoard?rows=1000");
                System.out.println("AFTER ok=" + ok + " small=" + small.statusCode() + " " + small.body());
                System.out.println("REPORTS " + monitor.reports());
            }
        }
        monitor.close();
    }
}
