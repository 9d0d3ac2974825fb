package dev.leanjdbc.examples;

import dev.leanjdbc.Lean;
import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * The heart of the demo: runs the shop application the naive way and the lean way on a seeded shop, each
 * through the query analyzer in its own scope, and measures both. Takes any data source, so the tests run
 * it on H2 and PostgreSQL.
 */
final class ShopComparison {

    /** One run: what it produced, what the analyzer recorded and found, what it cost. */
    record Run(String name, ShopResults results, Report report, RunMetrics metrics) {}

    /** Both runs. */
    record Outcome(Run naive, Run lean) {}

    private ShopComparison() {}

    /** How {@link #run} measures; the console and the HTML page both say it. */
    static final String METHOD = "Both versions first ran once unmeasured, naive then lean, as a warm-up (class"
            + " loading, JIT compilation, database caches), so neither measured run starts cold; then the"
            + " measured runs, naive then lean, each from the same data.";

    /**
     * Runs both versions on {@code dataSource} (a seeded shop): a warm-up round of both through their own
     * analyzer (not reported), then the measured naive and lean runs. The data each run writes is undone
     * before the next one, so every run starts from the same data; the measured lean run's writes stay.
     */
    static Outcome run(DataSource dataSource, SQLDialect dialect, Workload work) throws SQLException, IOException {
        // Warm-up: without it the naive run, always first, paid the JIT and cache warm-up alone.
        QueryAnalyzer warmUp = QueryAnalyzer.builder().build();
        measure(warmUp, dataSource, dialect, work, false);
        measure(warmUp, dataSource, dialect, work, true);

        QueryAnalyzer analyzer = QueryAnalyzer.builder().build();
        Run naive = measure(analyzer, dataSource, dialect, work, false);
        Run lean = measure(analyzer, dataSource, dialect, work, true);
        return new Outcome(naive, lean);
    }

    private static Run measure(
            QueryAnalyzer analyzer, DataSource dataSource, SQLDialect dialect, Workload work, boolean leanVersion)
            throws SQLException, IOException {
        DataSource analyzed = analyzer.wrap(dataSource);
        ShopReset.undoWrites(dataSource);
        String name = leanVersion ? "lean" : "naive";
        RunMetrics.Meter meter = new RunMetrics.Meter().start();
        try (AnalysisScope scope = analyzer.scope(name + " shop");
                Writer export = Writer.nullWriter()) {
            ShopResults results = leanVersion
                    ? new LeanShop(Lean.of(analyzed, dialect), work).run(export)
                    : new NaiveShop(analyzed, dialect, work).run(export);
            scope.close();
            return new Run(name, results, scope.report(), meter.stop(scope.report()));
        }
    }
}
