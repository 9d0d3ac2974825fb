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

    /**
     * Runs both versions on {@code dataSource} (a seeded shop). The data each run writes is undone before
     * the next one, so both start from the same data; the lean run's writes stay.
     */
    static Outcome run(DataSource dataSource, SQLDialect dialect, Workload work) throws SQLException, IOException {
        QueryAnalyzer analyzer = QueryAnalyzer.builder().build();
        DataSource analyzed = analyzer.wrap(dataSource);

        ShopReset.undoWrites(dataSource);
        Run naive;
        RunMetrics.Meter meter = new RunMetrics.Meter().start();
        try (AnalysisScope scope = analyzer.scope("naive shop");
                Writer export = Writer.nullWriter()) {
            ShopResults results = new NaiveShop(analyzed, dialect, work).run(export);
            scope.close();
            naive = new Run("naive", results, scope.report(), meter.stop(scope.report()));
        }

        ShopReset.undoWrites(dataSource);
        Run lean;
        meter = new RunMetrics.Meter().start();
        try (AnalysisScope scope = analyzer.scope("lean shop");
                Writer export = Writer.nullWriter()) {
            ShopResults results = new LeanShop(Lean.of(analyzed, dialect), work).run(export);
            scope.close();
            lean = new Run("lean", results, scope.report(), meter.stop(scope.report()));
        }
        return new Outcome(naive, lean);
    }
}
