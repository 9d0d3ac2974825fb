package dev.leanjdbc.analyzer.corpus;

import static dev.leanjdbc.analyzer.FindingType.N_PLUS_ONE;
import static dev.leanjdbc.analyzer.corpus.Corpus.assertFindings;
import static dev.leanjdbc.analyzer.corpus.Corpus.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;

/** Two analyzers over one DataSource (an application's and a test's): both find the same N+1. */
class DoubleWrappingCorpusTest {

    @DbTest
    void bothAnalyzersOfADoublyWrappedDataSourceFindTheNPlusOne(TestDatabase db) throws Exception {
        Corpus.seed(db);
        for (CallSiteMode mode : new CallSiteMode[] {CallSiteMode.ALWAYS, CallSiteMode.SAMPLED}) {
            QueryAnalyzer application =
                    QueryAnalyzer.builder().callSiteMode(mode).build();
            QueryAnalyzer test = QueryAnalyzer.builder().callSiteMode(mode).build();
            OrderService s = new OrderService(test.wrap(application.wrap(db.dataSource())));
            Report byApplication;
            Report byTest;
            try (AnalysisScope outer = application.scope("application " + mode);
                    AnalysisScope inner = test.scope("test " + mode)) {
                s.emailsPerOrder();
                inner.close();
                outer.close();
                byApplication = outer.report();
                byTest = inner.report();
            }
            for (Report r : new Report[] {byApplication, byTest}) {
                assertThat(r.statementCount()).as(r.toText()).isEqualTo(41);
                assertFindings(r, N_PLUS_ONE);
                Finding f = only(r, N_PLUS_ONE);
                assertThat(f.executions()).isEqualTo(40);
                assertThat(f.callSite().methodName()).isEqualTo("customerEmail");
                assertThat(f.parent().column()).isEqualTo("orders.customer_id");
            }
        }
    }
}
