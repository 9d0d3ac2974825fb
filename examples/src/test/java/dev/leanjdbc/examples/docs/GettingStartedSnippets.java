package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.Lean;
import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * The code of README.md's quick start and of docs/getting-started.md's "In the application", on the sample shop
 * (the page's own steps are built by {@link GettingStartedWalkTest}); run by {@link GettingStartedSnippetsTest}.
 */
final class GettingStartedSnippets {

    private GettingStartedSnippets() {}

    // tag::quick-start[]
    record OrderRow(long id, String orderNumber, BigDecimal totalAmount) {}

    static Report nightlyJob(DataSource pool, SQLDialect dialect, Consumer<OrdersRecord> export) {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        Lean lean = Lean.of(analyzer.wrap(pool), dialect); // records everything run through the pool
        try (AnalysisScope job = analyzer.scope("nightly job")) {
            lean.forEach(lean.dsl().selectFrom(ORDERS), export); // streams: constant memory
            lean.updateWhere(ORDERS, Map.of(ORDERS.STATUS, "SHIPPED"), ORDERS.STATUS.eq("PAID")); // 1 statement
            List<OrderRow> page = lean.project(OrderRow.class).from(ORDERS).fetch(); // 3 columns, not 16
            job.close();
            job.report().findings().forEach(f -> System.out.println(f.headline())); // N+1 etc., with file:line
            return job.report();
        }
    }
    // end::quick-start[]

    // tag::wrap[]
    static Report nightlyExport(DataSource pool, SQLDialect dialect, Consumer<OrdersRecord> export) {
        QueryAnalyzer analyzer = QueryAnalyzer.create(); // in an application: one, made at start-up
        Lean lean = Lean.of(analyzer.wrap(pool), dialect); // the wrapper goes to the application, not the pool
        try (AnalysisScope job = analyzer.scope("nightly export")) { // what the job runs on this thread
            lean.forEach(lean.dsl().selectFrom(ORDERS).where(ORDERS.STATUS.eq("NEW")), export);
            job.close();
            System.out.println(job.report().toText()); // statements by shape, findings with file:line and a fix
            return job.report();
        }
    }
    // end::wrap[]
}
