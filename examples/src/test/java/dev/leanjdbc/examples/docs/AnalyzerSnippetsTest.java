package dev.leanjdbc.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.util.List;
import org.jooq.impl.DSL;

/** The analyzer examples of docs/query-analyzer.md and docs/findings.md report what the pages say. */
class AnalyzerSnippetsTest {

    @DbTest
    void aScopeReportsTheRequestInOneLine(TestDatabase db) {
        db.seedShop(new ShopScale(50, 20, 100));

        Report report = AnalyzerSnippets.listOrdersRecorded(db.dataSource(), db.dialect());

        assertThat(report.summaryLine()).startsWith("GET /orders: 1 statement (1 SELECT), 20 rows, ");
    }

    @DbTest
    void theNPlusOneIsFoundAtItsLine(TestDatabase db) {
        db.seedShop(new ShopScale(50, 20, 100));

        List<Finding> findings = AnalyzerSnippets.findingsOfListOrders(db.dataSource(), db.dialect());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.N_PLUS_ONE);
            assertThat(f.callSite().methodName()).isEqualTo("listOrdersOneByOne");
        });
    }

    @DbTest
    void anAcceptedNPlusOneIsSuppressedWithItsReason(TestDatabase db) {
        db.seedShop(new ShopScale(50, 20, 100));
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        AdminPage page = new AdminPage(DSL.using(analyzer.wrap(db.dataSource()), db.dialect()));

        Report report;
        try (AnalysisScope scope = analyzer.scope("admin")) {
            page.emailsPerOrderAccepted();
            scope.close();
            report = scope.report();
        }

        assertThat(report.findings()).isEmpty();
        assertThat(report.suppressedFindings())
                .singleElement()
                .satisfies(f -> assertThat(f.suppressionReason()).isEqualTo("admin page, at most 40 orders"));
    }
}
