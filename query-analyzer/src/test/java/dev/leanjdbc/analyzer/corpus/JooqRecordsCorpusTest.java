package dev.leanjdbc.analyzer.corpus;

import static dev.leanjdbc.analyzer.FindingType.PROJECTION_CANDIDATE;
import static dev.leanjdbc.analyzer.corpus.Corpus.assertFindings;
import static dev.leanjdbc.analyzer.corpus.Corpus.lineOf;
import static dev.leanjdbc.analyzer.corpus.Corpus.only;
import static dev.leanjdbc.analyzer.corpus.Corpus.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.Lean;
import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.internal.FieldUseTarget;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whole jOOQ records (generated with {@code TrackingJavaGenerator}) judged by the fields the code used on
 * them: jOOQ reads every column, so only the record level can tell a projection candidate.
 */
@ParameterizedClass(name = "call sites {0}")
@EnumSource(
        value = CallSiteMode.class,
        names = {"SAMPLED", "ALWAYS"})
class JooqRecordsCorpusTest {

    /** Every scenario runs in the default sampled mode and in ALWAYS, expecting the same findings. */
    @Parameter
    CallSiteMode mode;

    private QueryAnalyzer analyzer() {
        return Corpus.analyzer(mode, b -> b);
    }

    private QueryAnalyzer analyzer(UnaryOperator<QueryAnalyzer.Builder> config) {
        return Corpus.analyzer(mode, config);
    }

    private static JooqRecordService service(QueryAnalyzer a, TestDatabase db) {
        Corpus.seed(db);
        DataSource ds = Corpus.wrap(a, db);
        return new JooqRecordService(DSL.using(ds, db.dialect()), Lean.of(ds, db.dialect()));
    }

    @DbTest
    void wholeRecordsWithTwoFieldsUsedAreAProjectionCandidate(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        JooqRecordService s = service(a, db);
        Report r = run(a, "jooq records, two fields", s::totalOfShipped);
        assertFindings(r, PROJECTION_CANDIDATE);
        Finding f = only(r, PROJECTION_CANDIDATE);
        assertThat(f.columnsRead()).containsExactly("status", "total_amount");
        assertThat(f.callSite().fileName()).isEqualTo("JooqRecordService.java");
        assertThat(f.callSite().lineNumber()).isEqualTo(lineOf("JooqRecordService.java", "RECORDS-TWO"));
        assertThat(f.explanation()).contains("16 columns", "jOOQ orders records", "only 2 fields");
        assertThat(f.suggestedFix())
                .contains("select status, total_amount from orders")
                .contains("ctx.select(ORDERS.STATUS, ORDERS.TOTAL_AMOUNT).from(ORDERS)")
                .contains("Lean.project(Record.class)")
                .contains("Lean.only(ORDERS.STATUS, ORDERS.TOTAL_AMOUNT)");
    }

    @DbTest
    void wholeRecordsWithTwelveOfSixteenFieldsUsedAreClean(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        JooqRecordService s = service(a, db);
        Report r = run(a, "jooq records, twelve fields", s::labels);
        assertFindings(r);
    }

    @DbTest
    void threeColumnsFetchedIntoADtoAreClean(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        JooqRecordService s = service(a, db);
        Report r = run(a, "jooq dto", () -> assertThat(s.summaries()).hasSize(Corpus.SCALE.orders()));
        assertFindings(r);
    }

    @DbTest
    void wholeRecordsThroughLeanWithOneFieldUsedAreAProjectionCandidateAndTheFixesAreClean(TestDatabase db)
            throws Exception {
        QueryAnalyzer a = analyzer();
        JooqRecordService s = service(a, db);
        Report r = run(a, "lean records, one field", s::statusesThroughLean);
        assertFindings(r, PROJECTION_CANDIDATE);
        Finding f = only(r, PROJECTION_CANDIDATE);
        assertThat(f.columnsRead()).containsExactly("status");
        assertThat(f.callSite().lineNumber()).isEqualTo(lineOf("JooqRecordService.java", "LEAN-ONE"));

        assertFindings(run(a, "lean project", s::statusesThroughLeanProject));
        assertFindings(run(a, "lean only", s::statusesThroughLeanOnly));
    }

    @DbTest
    void leanProjectAndOnlyAreReportedAtTheCallersLineNotInsideLeanjdbc(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        JooqRecordService s = service(a, db);
        Report project = run(a, "lean project", s::statusesThroughLeanProject);
        assertThat(project.events()).singleElement().satisfies(e -> {
            assertThat(e.callSite().fileName()).as("%s", e.callSite()).isEqualTo("JooqRecordService.java");
            assertThat(e.callSite().lineNumber()).isEqualTo(lineOf("JooqRecordService.java", "LEAN-PROJECT"));
        });
        Report only = run(a, "lean only", s::statusesThroughLeanOnly);
        assertThat(only.events()).singleElement().satisfies(e -> {
            assertThat(e.callSite().fileName()).as("%s", e.callSite()).isEqualTo("JooqRecordService.java");
            assertThat(e.callSite().lineNumber()).isEqualTo(lineOf("JooqRecordService.java", "LEAN-ONLY"));
        });
    }

    @DbTest
    void recordsKeptInACacheAfterTheScopeAreNoFindingAndDoNotKeepTheScope(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        JooqRecordService s = service(a, db);
        String key = "orders-" + db.dialect() + "-" + System.nanoTime();
        AnalysisScope scope = a.scope("warm cache");
        s.warmCache(key);
        List<OrdersRecord> cached = JooqRecordService.CACHE.get(key);
        FieldUseTarget target = targetOf(cached.get(0));
        assertThat(target).as("records made in a scope are tracked").isNotNull();

        // negative control: while the scope is open it holds the bits, so the poll below must see them kept
        assertThat(releasedAfterGc(target::isReleased, 5)).isFalse();

        scope.close();
        Report report = scope.report();
        // the code reads the cached records after the scope: not counted, the report stays clean
        for (OrdersRecord o : cached) {
            assertThat(o.getStatus()).isNotNull();
            assertThat(o.getTotalAmount()).isNotNull();
        }
        assertFindings(report);
        assertThat(report.findings()).isEmpty();

        WeakReference<AnalysisScope> scopeRef = new WeakReference<>(scope);
        WeakReference<Report> reportRef = new WeakReference<>(report);
        scope = null;
        report = null;
        assertThat(releasedAfterGc(target::isReleased, 100))
                .as("field-use bits released while the records stay cached")
                .isTrue();
        assertThat(releasedAfterGc(() -> scopeRef.get() == null && reportRef.get() == null, 100))
                .as("the cached records do not keep the scope or its report")
                .isTrue();
        assertThat(JooqRecordService.CACHE.get(key)).hasSize(Corpus.SCALE.orders());
        JooqRecordService.CACHE.remove(key);
    }

    @DbTest
    void readsAfterTheInnerScopeClosedCountForTheOuterScopeOnly(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        JooqRecordService s = service(a, db);
        String key = "nested-" + db.dialect() + "-" + System.nanoTime();
        Report inner;
        Report outer;
        try (AnalysisScope out = a.scope("outer")) {
            try (AnalysisScope in = a.scope("inner")) {
                s.warmCache(key);
                JooqRecordService.CACHE.get(key).forEach(OrdersRecord::getStatus);
                in.close();
                inner = in.report();
            }
            JooqRecordService.CACHE.get(key).forEach(o -> o.getOrderNumber());
            out.close();
            outer = out.report();
        } finally {
            JooqRecordService.CACHE.remove(key);
        }
        assertThat(only(inner, PROJECTION_CANDIDATE).columnsRead()).containsExactly("status");
        assertThat(only(outer, PROJECTION_CANDIDATE).columnsRead()).containsExactly("order_number", "status");
    }

    @DbTest
    void recordsMadeOutsideAnyScopeAreNotTracked(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        JooqRecordService s = service(a, db);
        String key = "unscoped-" + db.dialect() + "-" + System.nanoTime();
        s.warmCache(key);
        try {
            assertThat(targetOf(JooqRecordService.CACHE.get(key).get(0))).isNull();
            assertThat(targetOf(new OrdersRecord())).isNull();
        } finally {
            JooqRecordService.CACHE.remove(key);
        }
    }

    @DbTest
    void fieldsUsedOnAnotherThreadCountToo(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        Corpus.seed(db);
        org.jooq.DSLContext ctx = DSL.using(Corpus.wrap(a, db), db.dialect());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            Report r = run(a, "two threads", () -> {
                List<OrdersRecord> orders =
                        ctx.selectFrom(dev.leanjdbc.testing.shop.Tables.ORDERS).fetch();
                // the worker is not attached to the scope: the records still report to the scope they came from
                pool.submit(() -> orders.forEach(OrdersRecord::getStatus)).get();
                orders.forEach(OrdersRecord::getTotalAmount);
            });
            assertThat(only(r, PROJECTION_CANDIDATE).columnsRead()).containsExactly("status", "total_amount");
        } finally {
            pool.shutdown();
        }
    }

    @DbTest
    void trackingStateIsCappedAtMaxFingerprintsPerScope(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer(b -> b.maxFingerprints(2));
        Corpus.seed(db);
        org.jooq.DSLContext ctx = DSL.using(Corpus.wrap(a, db), db.dialect());
        var orders = dev.leanjdbc.testing.shop.Tables.ORDERS;
        try (AnalysisScope scope = a.scope("capped")) {
            OrdersRecord first = ctx.selectFrom(orders).where(orders.ID.eq(1L)).fetchOne();
            OrdersRecord second =
                    ctx.selectFrom(orders).where(orders.STATUS.eq("NEW")).fetchAny();
            OrdersRecord third =
                    ctx.selectFrom(orders).where(orders.CURRENCY.eq("EUR")).fetchAny();
            assertThat(targetOf(first)).isNotNull();
            assertThat(targetOf(second)).isNotNull();
            assertThat(targetOf(third))
                    .as("a third fingerprint is beyond the cap of 2")
                    .isNull();
        }
    }

    /** The generated record's private read target (null: untracked). */
    static FieldUseTarget targetOf(OrdersRecord r) throws ReflectiveOperationException {
        var f = OrdersRecord.class.getDeclaredField("leanjdbcFieldUse");
        f.setAccessible(true);
        return (FieldUseTarget) f.get(r);
    }

    /** Polls the garbage collector a bounded number of times until {@code released} holds. */
    static boolean releasedAfterGc(BooleanSupplier released, int attempts) throws InterruptedException {
        for (int i = 0; i < attempts && !released.getAsBoolean(); i++) {
            System.gc();
            Thread.sleep(10);
        }
        return released.getAsBoolean();
    }
}
