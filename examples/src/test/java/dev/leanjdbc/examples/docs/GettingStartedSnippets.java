package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.Lean;
import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * The code of docs/getting-started.md: each tagged region is a fenced block of that page, word for word
 * ({@link DocsSnippetsTest} checks it), and runs on H2 and PostgreSQL.
 */
final class GettingStartedSnippets {

    // tag::order-row[]
    record OrderRow(long id, String orderNumber, BigDecimal totalAmount) {}
    // end::order-row[]

    private final QueryAnalyzer analyzer;
    private final DataSource dataSource;
    private final Lean lean;

    GettingStartedSnippets(DataSource pool, SQLDialect dialect) {
        // tag::wrap[]
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource dataSource = analyzer.wrap(pool); // give this to the application instead of the pool
        Lean lean = Lean.of(dataSource, dialect); // the core facade; works on any DataSource
        // end::wrap[]
        this.analyzer = analyzer;
        this.dataSource = dataSource;
        this.lean = lean;
    }

    /** Returns the number of NEW orders listed. */
    int firstAssertion() {
        // tag::assertion[]
        try (AnalysisScope scope = analyzer.scope("list new orders")) {
            List<OrderRow> rows = lean.project(OrderRow.class)
                    .from(ORDERS)
                    .where(ORDERS.STATUS.eq("NEW"))
                    .fetch();
            scope.close();
            Report report = scope.report();
            assertThat(report.statementCount()).isEqualTo(1);
            assertThat(report.findings()).isEmpty();
            return rows.size();
        }
        // end::assertion[]
    }

    /** Returns the analyzer's report of an N+1 loop. */
    Report nPlusOne() throws SQLException {
        // tag::n-plus-one[]
        try (AnalysisScope scope = analyzer.scope("totals per customer");
                Connection c = dataSource.getConnection();
                PreparedStatement customers = c.prepareStatement("select id from customer where id <= 5");
                PreparedStatement orders = c.prepareStatement("select * from orders where customer_id = ?");
                ResultSet customer = customers.executeQuery()) {
            while (customer.next()) {
                orders.setLong(1, customer.getLong("id")); // one query per customer: an N+1
                try (ResultSet order = orders.executeQuery()) {
                    while (order.next()) {
                        order.getBigDecimal("total_amount");
                    }
                }
            }
            scope.close();
            assertThat(scope.report().findings(FindingType.N_PLUS_ONE))
                    .singleElement()
                    .satisfies(f -> assertThat(f.callSite().methodName()).isEqualTo("nPlusOne"));
            System.out.println(scope.report().toText()); // findings with file:line and a suggested fix
            return scope.report();
        }
        // end::n-plus-one[]
    }

    /** The README's quick start; returns the report of its scope and the rows the projection fetched. */
    static Report quickStart(DataSource pool, SQLDialect dialect, List<OrdersRecord> exported) {
        // tag::quick-start[]
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        Lean lean = Lean.of(analyzer.wrap(pool), dialect); // records everything run through the pool
        AnalysisScope job = analyzer.scope("nightly job");
        try (job) {
            lean.forEach(lean.dsl().selectFrom(ORDERS), exported::add); // streams: constant memory
            lean.updateWhere(ORDERS, Map.of(ORDERS.STATUS, "SHIPPED"), ORDERS.STATUS.eq("PAID")); // 1 statement
            List<OrderRow> page = lean.project(OrderRow.class).from(ORDERS).fetch(); // 3 columns, not 16
        }
        job.report().findings().forEach(f -> System.out.println(f.headline())); // N+1 etc., with file:line
        // end::quick-start[]
        return job.report();
    }

    /** Returns the sum of the totals of NEW orders and the number of orders exported. */
    BigDecimal[] firstStream() {
        List<String> lines = new ArrayList<>();
        // tag::stream[]
        BigDecimal total;
        try (Stream<OrdersRecord> orders =
                lean.stream(lean.dsl().selectFrom(ORDERS).where(ORDERS.STATUS.eq("NEW")))) {
            total = orders.map(OrdersRecord::getTotalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        lean.forEach( // closes everything itself, also when the action throws
                lean.dsl().select(ORDERS.ID, ORDERS.ORDER_NUMBER).from(ORDERS).orderBy(ORDERS.ID),
                row -> lines.add(row.value1() + ";" + row.value2()));
        // end::stream[]
        return new BigDecimal[] {total, BigDecimal.valueOf(lines.size())};
    }
}
