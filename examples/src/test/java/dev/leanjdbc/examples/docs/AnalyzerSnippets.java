package dev.leanjdbc.examples.docs;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The code of docs/query-analyzer.md and docs/findings.md, run by {@link AnalyzerSnippetsTest}. */
final class AnalyzerSnippets {

    private AnalyzerSnippets() {}

    // tag::record[]
    static Report listOrdersRecorded(DataSource hikari, SQLDialect dialect) {
        Logger log = LoggerFactory.getLogger("dev.leanjdbc.examples.orders");
        QueryAnalyzer analyzer = QueryAnalyzer.builder().build();
        DataSource ds = analyzer.wrap(hikari); // give this to the application
        OrderService orderService = new OrderService(ds, dialect);

        Report report;
        try (AnalysisScope scope = analyzer.scope("GET /orders")) {
            orderService.listOrders();
            scope.close();
            report = scope.report();
            log.info(report.summaryLine()); // GET /orders: 1 statement (1 SELECT), 20 rows, 1.2 ms
            log.debug(report.toText()); // grouped by fingerprint, with call sites
        }
        Report everything = analyzer.globalReport(); // all threads, no scope needed
        return report;
    }
    // end::record[]

    // tag::findings[]
    static List<Finding> findingsOfListOrders(DataSource pool, SQLDialect dialect) {
        Logger log = LoggerFactory.getLogger("dev.leanjdbc.examples.orders");
        QueryAnalyzer analyzer = QueryAnalyzer.builder()
                .callSiteMode(CallSiteMode.ALWAYS) // exact call sites (tests); SAMPLED is the default
                .nPlusOneThreshold(3)
                .build();
        OrderService service = new OrderService(analyzer.wrap(pool), dialect);
        try (AnalysisScope scope = analyzer.scope("GET /orders")) {
            service.listOrdersOneByOne();
            scope.close();
            for (Finding f : scope.report().findings()) {
                log.warn("{}\n{}\nfix: {}", f.headline(), f.explanation(), f.suggestedFix());
            }
            return scope.report().findings();
        }
    }
    // end::findings[]
}
