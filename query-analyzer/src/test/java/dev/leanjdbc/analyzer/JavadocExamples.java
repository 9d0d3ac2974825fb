package dev.leanjdbc.analyzer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The examples of the public classes' Javadoc, compiled and run: each {@code // tag::name[]} region is, line
 * for line, the {@code <pre>{@code ...}</pre>} block of a class's Javadoc ({@link JavadocExamplesTest}
 * checks both). The JDK 17 javadoc of this build has no {@code {@snippet}} tag to include them.
 */
final class JavadocExamples {

    private static final Logger log = LoggerFactory.getLogger(JavadocExamples.class);

    private JavadocExamples() {}

    /** The example of {@link QueryAnalyzer}; returns the closed scope's report. */
    static Report queryAnalyzer(DataSource hikari) throws SQLException {
        // tag::query-analyzer[]
        QueryAnalyzer analyzer = QueryAnalyzer.builder().build();
        DataSource ds = analyzer.wrap(hikari);
        OrderService service = new OrderService(ds);
        AnalysisScope scope = analyzer.scope("GET /orders");
        try (scope) {
            service.listOrders();
        }
        log.info(scope.report().summaryLine());
        // end::query-analyzer[]
        return scope.report();
    }

    /** The example of {@link AnalysisScope}; returns {so far, final}. */
    static Report[] analysisScope(QueryAnalyzer analyzer, OrderService service) throws SQLException {
        Report soFar;
        // tag::analysis-scope[]
        AnalysisScope scope = analyzer.scope("GET /orders");
        try (scope) {
            service.listOrders();
            soFar = scope.snapshot(); // what it recorded so far, while open
            service.listOrders();
        }
        Report report = scope.report(); // final: every statement, findings computed at close
        // end::analysis-scope[]
        return new Report[] {soFar, report};
    }

    /** The example of {@link Report}; returns the report it logged. */
    static Report report(AnalysisScope scope) {
        // tag::report[]
        Report report = scope.report();
        for (Finding f : report.findings()) { // to act on; suppressed ones are in suppressedFindings()
            log.warn("{}\nfix: {}", f.headline(), f.suggestedFix());
        }
        // end::report[]
        return report;
    }

    /** The service of the examples: lists orders, then asks for each order's item (an N+1). */
    static final class OrderService {

        private final DataSource ds;

        OrderService(DataSource ds) {
            this.ds = ds;
        }

        List<String> listOrders() throws SQLException {
            List<String> names = new ArrayList<>();
            try (Connection c = ds.getConnection()) {
                List<Long> ids = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("select id from item order by id");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                for (long id : ids) {
                    try (PreparedStatement ps = c.prepareStatement("select name from item where id = ?")) {
                        ps.setLong(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            names.add(rs.next() ? rs.getString(1) : null);
                        }
                    }
                }
            }
            return names;
        }
    }
}
