package dev.leanjdbc.analyzer.corpus;

import static dev.leanjdbc.analyzer.FindingType.BUFFERED_LARGE_RESULT;
import static dev.leanjdbc.analyzer.FindingType.DUPLICATE_QUERY;
import static dev.leanjdbc.analyzer.FindingType.LITERALS_INSTEAD_OF_BINDS;
import static dev.leanjdbc.analyzer.FindingType.N_PLUS_ONE;
import static dev.leanjdbc.analyzer.FindingType.OVER_FETCH;
import static dev.leanjdbc.analyzer.FindingType.PROJECTION_CANDIDATE;
import static dev.leanjdbc.analyzer.FindingType.ROW_BY_ROW_DML;
import static dev.leanjdbc.analyzer.FindingType.SLOW_STATEMENT;
import static dev.leanjdbc.analyzer.FindingType.UNBATCHED_INSERT;
import static dev.leanjdbc.analyzer.corpus.Corpus.assertFindings;
import static dev.leanjdbc.analyzer.corpus.Corpus.lineOf;
import static dev.leanjdbc.analyzer.corpus.Corpus.only;
import static dev.leanjdbc.analyzer.corpus.Corpus.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The labeled corpus, plain JDBC: each scenario asserts exactly which findings appear. */
@ParameterizedClass(name = "call sites {0}")
@EnumSource(
        value = CallSiteMode.class,
        names = {"SAMPLED", "ALWAYS"})
class JdbcCorpusTest {

    /** Every scenario runs in the default sampled mode and in ALWAYS, expecting the same findings. */
    @Parameter
    CallSiteMode mode;

    private QueryAnalyzer analyzer() {
        return Corpus.analyzer(mode, b -> b);
    }

    private QueryAnalyzer analyzer(UnaryOperator<QueryAnalyzer.Builder> config) {
        return Corpus.analyzer(mode, config);
    }

    private static OrderService service(QueryAnalyzer a, TestDatabase db) {
        Corpus.seed(db);
        return new OrderService(Corpus.wrap(a, db));
    }

    private static WriteService writes(QueryAnalyzer a, TestDatabase db) {
        Corpus.seed(db);
        return new WriteService(Corpus.wrap(a, db));
    }

    @DbTest
    void nPlusOneInsideTheParentsOpenResultNamesThatParent(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "emails per order, nested", s::emailsPerOrderNested);
        assertFindings(r, N_PLUS_ONE);
        Finding f = only(r, N_PLUS_ONE);
        assertThat(f.executions()).isEqualTo(40);
        assertThat(f.parent()).as(r.toText()).isNotNull();
        assertThat(f.parent().fingerprint()).isEqualTo("select id, customer_id from orders order by id limit ?");
        assertThat(f.parent().column()).isEqualTo("orders.customer_id");
        assertThat(f.parent().statement()).as("the parent started first").isEqualTo(1);
        assertThat(f.explanation()).contains("Values of orders.customer_id read from statement #1 drive 40");
    }

    @DbTest
    void nPlusOneNamesItsParentAndTheLine(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "emails per order", s::emailsPerOrder);
        assertFindings(r, N_PLUS_ONE);
        Finding f = only(r, N_PLUS_ONE);
        assertThat(f.executions()).isEqualTo(40);
        assertThat(f.fingerprint()).isEqualTo("select id, email, first_name from customer where id = ?");
        assertThat(f.callSite().methodName()).isEqualTo("customerEmail");
        assertThat(f.callSite().fileName()).isEqualTo("OrderService.java");
        assertThat(f.callSite().lineNumber()).isEqualTo(lineOf("OrderService.java", "CHILD-QUERY"));
        assertThat(f.firstStatement()).isEqualTo(2);
        assertThat(f.parent()).isNotNull();
        assertThat(f.parent().column()).isEqualTo("orders.customer_id");
        assertThat(f.parent().statement()).isEqualTo(1);
        assertThat(f.parent().matchedExecutions()).isGreaterThanOrEqualTo(2);
        assertThat(f.explanation())
                .contains("Values of orders.customer_id read from statement #1 drive 40 executions of statement #2");
        assertThat(f.suggestedFix()).contains("in (?)", "multiset", "Lean.stream");
        assertThat(f.suppressed()).isFalse();
    }

    @DbTest
    void joinInsteadOfTheLoopIsClean(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        assertFindings(run(a, "joined", s::emailsPerOrderJoined));
    }

    @DbTest
    void batchedInFetchesAreNotNPlusOne(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "chunks", s::customersInChunks);
        assertThat(r.count(dev.leanjdbc.analyzer.StatementKind.SELECT)).isGreaterThanOrEqualTo(4);
        assertFindings(r);
    }

    @DbTest
    void keysetPagingIsNotNPlusOne(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "pages of 20", () -> s.keysetPages(20));
        assertThat(r.statementCount()).isEqualTo(7);
        assertFindings(r);
    }

    @DbTest
    void keysetPagingWithPagesLargerThanTheValueSampleIsNotNPlusOne(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "pages of 50", () -> s.keysetPages(50));
        assertThat(r.statementCount()).isEqualTo(3);
        assertFindings(r);
    }

    @DbTest
    void twoCallSitesWithTwoLookupsEachAreClean(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        assertFindings(run(a, "header and footer", s::headerAndFooter));
    }

    @DbTest
    void twoCallSitesBelowTheThresholdStayCleanInEveryScopeOfALongLivedAnalyzer(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        s.headerAndFooter(); // before any scope, as at application start
        for (int request = 1; request <= 3; request++) {
            assertFindings(run(a, "header and footer " + request, s::headerAndFooter));
        }
    }

    @DbTest
    void anNPlusOneRunAgainOnTheSameAnalyzerNamesItsLineEveryTime(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        for (int run = 1; run <= 3; run++) {
            Report r = run(a, "emails, run " + run, s::emailsPerOrder);
            assertFindings(r, N_PLUS_ONE);
            Finding f = only(r, N_PLUS_ONE);
            assertThat(f.executions()).isEqualTo(40);
            assertThat(f.callSite().methodName()).isEqualTo("customerEmail");
            assertThat(f.callSite().lineNumber()).isEqualTo(lineOf("OrderService.java", "CHILD-QUERY"));
            assertThat(f.callSites()).containsExactly(new Finding.CallSiteCount(f.callSite(), 40));
        }
    }

    @DbTest
    void generatedProxiesInTheApplicationsPackageAreSkippedForTheLineThatCalledThem(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        Corpus.seed(db);
        GeneratedProxies p = new GeneratedProxies(Corpus.wrap(a, db));
        Report lazy = run(a, "lazy names", () -> p.lazyNames(6));
        assertFindings(lazy, N_PLUS_ONE);
        assertThat(only(lazy, N_PLUS_ONE).callSite().toString())
                .isEqualTo("GeneratedProxies.lazyNames(GeneratedProxies.java:"
                        + lineOf("GeneratedProxies.java", "HIBERNATE-PROXY-CALLER") + ")");
        Report cglib = run(a, "cglib lookups", () -> p.repositoryLookups(6));
        assertFindings(cglib, N_PLUS_ONE);
        assertThat(only(cglib, N_PLUS_ONE).callSite().lineNumber())
                .isEqualTo(lineOf("GeneratedProxies.java", "CGLIB-CALLER"));
    }

    @DbTest
    void theSameLoopInSeparateScopesIsNotNPlusOne(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        for (int request = 1; request <= 3; request++) {
            final long id = request;
            Report r = run(a, "request " + request, () -> {
                s.customerName(id);
                s.customerName(id + 10);
            });
            assertFindings(r);
        }
    }

    @DbTest
    void theSameLookupTwiceIsADuplicate(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "twice", () -> {
            s.customerName(7);
            s.customerName(7);
        });
        assertFindings(r, DUPLICATE_QUERY);
        Finding f = only(r, DUPLICATE_QUERY);
        assertThat(f.executions()).isEqualTo(1);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.callSite().methodName()).isEqualTo("customerName");
    }

    @DbTest
    void aRepeatAfterAChangeIsNotADuplicate(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        assertFindings(run(a, "read, change, read", () -> s.readChangeRead(5)));
    }

    @DbTest
    void selectStarReadingTwoColumnsIsAProjectionCandidate(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "numbers", () -> s.orderNumbersOfStatus("NEW"));
        assertFindings(r, PROJECTION_CANDIDATE);
        Finding f = only(r, PROJECTION_CANDIDATE);
        assertThat(f.columnsRead()).containsExactly("orders.id", "orders.order_number");
        assertThat(f.callSite().lineNumber()).isEqualTo(lineOf("OrderService.java", "SELECT-STAR"));
        assertThat(f.suggestedFix()).contains("Lean.project(Record.class)", "Lean.only(");
    }

    @DbTest
    void namedColumnsReadingTwoOfEightIsAProjectionCandidate(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "summaries", s::orderSummaries);
        assertFindings(r, PROJECTION_CANDIDATE);
        assertThat(only(r, PROJECTION_CANDIDATE).columnsRead()).containsExactly("orders.id", "orders.customer_id");
        assertThat(only(r, PROJECTION_CANDIDATE).suggestedFix())
                .contains("select orders.id, orders.customer_id from orders", "ORDERS.ID, ORDERS.CUSTOMER_ID");
    }

    @DbTest
    void readingSixOfEightColumnsIsClean(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        assertFindings(run(a, "details", s::orderDetails));
    }

    @DbTest
    void updatesOneRowAtATimeAreRowByRow(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        WriteService w = writes(a, db);
        Report r = run(a, "touch", () -> w.touchOrdersOneByOne(8));
        assertFindings(r, ROW_BY_ROW_DML);
        Finding f = only(r, ROW_BY_ROW_DML);
        assertThat(f.executions()).isEqualTo(8);
        assertThat(f.rows()).isEqualTo(8);
        assertThat(f.callSite().lineNumber()).isEqualTo(lineOf("WriteService.java", "ROW-BY-ROW-UPDATE"));
        assertThat(f.suggestedFix()).contains("Lean.updateFromValues");
    }

    @DbTest
    void batchedAndSetBasedUpdatesAreClean(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        WriteService w = writes(a, db);
        assertFindings(run(a, "batched", () -> w.touchOrdersBatched(8)));
        assertFindings(run(a, "set-based", () -> w.touchOrdersSetBased(8)));
    }

    @DbTest
    void fewSingleUpdatesAreClean(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        WriteService w = writes(a, db);
        assertFindings(run(a, "four", () -> w.touchOrdersOneByOne(4)));
    }

    @DbTest
    void insertsOneRowAtATimeAreUnbatchedAndDeletesRowByRow(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        WriteService w = writes(a, db);
        try {
            Report r = run(a, "insert then delete", () -> {
                w.insertLinesOneByOne(6);
                w.deleteLinesOneByOne(6);
            });
            assertFindings(r, UNBATCHED_INSERT, ROW_BY_ROW_DML);
            assertThat(only(r, UNBATCHED_INSERT).callSite().lineNumber())
                    .isEqualTo(lineOf("WriteService.java", "UNBATCHED-INSERT"));
            assertThat(only(r, UNBATCHED_INSERT).suggestedFix()).contains("Lean.insertMany", "COPY");
            assertThat(only(r, ROW_BY_ROW_DML).suggestedFix()).contains("Lean.deleteInChunks");
        } finally {
            w.cleanUp();
        }
    }

    @DbTest
    void batchedAndMultiRowInsertsAreClean(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        WriteService w = writes(a, db);
        try {
            assertFindings(run(a, "batch", () -> w.insertLinesBatched(6)));
            w.cleanUp();
            assertFindings(run(a, "multi-row", () -> w.insertLinesMultiRow(6)));
        } finally {
            w.cleanUp();
        }
    }

    // Not on MariaDB yet: the analyzer cannot yet tell whether MariaDB Connector/J or MySQL Connector/J buffered a
    // result (its result mode is UNKNOWN there), which each driver's rules in issue 23 point 5 add.
    @DbTest({Db.H2, Db.POSTGRES})
    void aLargeBufferedResultIsReportedWithItsSettings(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "cross join", () -> s.crossJoin(false));
        assertFindings(r, BUFFERED_LARGE_RESULT);
        Finding f = only(r, BUFFERED_LARGE_RESULT);
        assertThat(f.rows()).isGreaterThanOrEqualTo(10_000);
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.explanation()).contains("fetch size ", "auto-commit on", "result BUFFERED");
        assertThat(f.suggestedFix()).contains("Lean.stream", "LAZY_QUERY_EXECUTION");
    }

    @DbTest
    void theSameLargeResultStreamedIsClean(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        assertFindings(run(a, "cross join streamed", () -> s.crossJoin(true)));
    }

    @DbTest
    void countingRowsInJavaIsOverFetch(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "count in java", s::countOrdersInJava);
        assertFindings(r, OVER_FETCH);
        assertThat(only(r, OVER_FETCH).rows()).isEqualTo(120);
        assertThat(only(r, OVER_FETCH).suggestedFix()).contains("count(*)", "fetchExists");
    }

    // Not on MariaDB yet: the analyzer cannot yet tell whether MariaDB Connector/J or MySQL Connector/J buffered a
    // result (its result mode is UNKNOWN there), which each driver's rules in issue 23 point 5 add.
    @DbTest({Db.H2, Db.POSTGRES})
    void readingTheFirstRowsOfALargeBufferedResultIsOverFetch(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "first rows", () -> s.firstPairs(10, false));
        assertFindings(r, OVER_FETCH);
        Finding f = only(r, OVER_FETCH);
        // 120 orders paired with 120 orders: 14,400 rows, of which the code read 10.
        assertThat(r.events().get(0).rowsLeftUnread()).isEqualTo(14_390);
        assertThat(f.explanation()).contains("read 10 rows and closed a result that still held 14,390 more");
        assertThat(f.suggestedFix()).contains("limit n", ".limit(n)", "Lean.stream");
        assertThat(f.callSite().lineNumber()).isEqualTo(lineOf("OrderService.java", "FIRST-ROWS"));
    }

    @DbTest
    void askingForTheFirstRowsWithLimitIsClean(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "first rows, limited", () -> s.firstPairs(10, true));
        assertFindings(r);
        assertThat(r.events().get(0).rowsLeftUnread()).isZero();
    }

    @DbTest
    void countingInTheDatabaseIsClean(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        assertFindings(run(a, "count(*)", s::countOrders));
    }

    @DbTest
    void idsPastedIntoTheSqlAreLiteralsAndALoop(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "literals", () -> s.customersByLiteralId(12));
        assertFindings(r, LITERALS_INSTEAD_OF_BINDS, N_PLUS_ONE);
        assertThat(only(r, LITERALS_INSTEAD_OF_BINDS).explanation()).contains("12 different SQL strings");
    }

    @DbTest
    void aFewLiteralStatementsAreNotLiteralsFindings(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "two literals", () -> s.customersByLiteralId(2));
        assertFindings(r);
    }

    @DbTest
    void aSlowStatementIsReported(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer(b -> b.slowFindingMillis(100));
        WriteService w = writes(a, db);
        Report r = run(a, "slow", () -> w.sleep(250));
        assertFindings(r, SLOW_STATEMENT);
        assertThat(only(r, SLOW_STATEMENT).callSite().methodName()).isEqualTo("sleep");
        assertFindings(run(a, "fast", () -> w.sleep(1)));
    }

    @DbTest
    void anAnnotatedMethodSuppressesItsNPlusOneVisibly(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "accepted", s::emailsPerOrderAccepted);
        assertFindings(r, N_PLUS_ONE);
        Finding f = only(r, N_PLUS_ONE);
        assertThat(f.suppressed()).isTrue();
        assertThat(f.suppressionReason()).isEqualTo("admin page, at most 40 orders");
        assertThat(r.findings(N_PLUS_ONE)).isEmpty();
        assertThat(r.toText()).contains("suppressed: admin page, at most 40 orders");
    }

    @DbTest
    void configurationSuppressesByCallSiteOrFingerprint(TestDatabase db) throws Exception {
        QueryAnalyzer bySite = analyzer(b -> b.suppress(N_PLUS_ONE, OrderService.class.getName() + ".customerEmail"));
        Report r = run(bySite, "by site", service(bySite, db)::emailsPerOrder);
        assertThat(only(r, N_PLUS_ONE).suppressed()).isTrue();
        assertThat(only(r, N_PLUS_ONE).suppressionReason()).contains("suppress(N_PLUS_ONE");

        QueryAnalyzer byShape = analyzer(b -> b.suppress(N_PLUS_ONE, "SELECT id, email, first_name from customer"));
        Report r2 = run(byShape, "by fingerprint", service(byShape, db)::emailsPerOrder);
        assertThat(only(r2, N_PLUS_ONE).suppressed()).isTrue();

        QueryAnalyzer other = analyzer(b -> b.suppress(N_PLUS_ONE, "OrderService.somethingElse"));
        Report r3 = run(other, "other site", service(other, db)::emailsPerOrder);
        assertThat(only(r3, N_PLUS_ONE).suppressed()).isFalse();
    }

    @DbTest
    void aDisabledTypeIsNotReportedAndItsRepeatsShowAsDuplicates(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer(b -> b.disable(N_PLUS_ONE));
        OrderService s = service(a, db);
        // 40 orders of 30 customers: without the N+1 finding, the customers fetched again are duplicates
        assertFindings(run(a, "disabled", s::emailsPerOrder), DUPLICATE_QUERY);
        QueryAnalyzer none = analyzer(b -> b.disable(N_PLUS_ONE, DUPLICATE_QUERY));
        assertFindings(run(none, "both disabled", service(none, db)::emailsPerOrder));
    }

    @DbTest
    void thresholdsAreConfigurable(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer(b -> b.nPlusOneThreshold(41).duplicateQueryThreshold(20));
        OrderService s = service(a, db);
        assertFindings(run(a, "41 needed", s::emailsPerOrder));
    }

    @DbTest
    void nestedLoopsAreTwoNPlusOnesEachWithItsParent(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        Report r = run(a, "lines and products", s::productNamesPerLine);
        assertFindings(r, N_PLUS_ONE, N_PLUS_ONE);
        Finding lines = r.findings().stream()
                .filter(f -> f.fingerprint().startsWith("select id, product_id"))
                .findFirst()
                .orElseThrow();
        assertThat(lines.executions()).isEqualTo(20);
        assertThat(lines.callSite().lineNumber()).isEqualTo(lineOf("OrderService.java", "LINES-QUERY"));
        assertThat(lines.parent().column()).isEqualTo("orders.id");
        Finding products = r.findings().stream()
                .filter(f -> f.fingerprint().startsWith("select name from product"))
                .findFirst()
                .orElseThrow();
        assertThat(products.callSite().lineNumber()).isEqualTo(lineOf("OrderService.java", "PRODUCT-QUERY"));
        assertThat(products.parent()).as(r.toText()).isNotNull();
        assertThat(products.parent().column()).isEqualTo("order_line.product_id");
        assertThat(products.parent().fingerprint()).isEqualTo(lines.fingerprint());
    }

    @DbTest
    void theDefaultSampledModeStillPointsAtTheLine(TestDatabase db) throws Exception {
        QueryAnalyzer a = QueryAnalyzer.create(); // call sites sampled: first execution, then every 64th
        OrderService s = service(a, db);
        s.emailsPerOrder(); // the fingerprints' first executions happen outside the scope
        Report r = run(a, "sampled", s::emailsPerOrder);
        assertFindings(r, N_PLUS_ONE);
        assertThat(only(r, N_PLUS_ONE).callSite().lineNumber()).isEqualTo(lineOf("OrderService.java", "CHILD-QUERY"));
    }

    @DbTest
    void theGlobalViewComputesFindingsOnDemand(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        OrderService s = service(a, db);
        s.emailsPerOrder(); // no scope
        Report global = a.globalReport();
        assertThat(global.findings()).extracting(Finding::type).containsExactly(N_PLUS_ONE);
        assertThat(global.findings().get(0).parent().column()).isEqualTo("orders.customer_id");
    }
}
