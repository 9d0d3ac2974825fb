package dev.leanjdbc.analyzer.corpus;

import static dev.leanjdbc.analyzer.FindingType.N_PLUS_ONE;
import static dev.leanjdbc.analyzer.FindingType.ROW_BY_ROW_DML;
import static dev.leanjdbc.analyzer.FindingType.UNBATCHED_INSERT;
import static dev.leanjdbc.analyzer.corpus.Corpus.assertFindings;
import static dev.leanjdbc.analyzer.corpus.Corpus.only;
import static dev.leanjdbc.analyzer.corpus.Corpus.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fixes speak the language of the client recognised behind the statements (Hibernate has its own corpus,
 * {@link HibernateCorpusTest}): MyBatis nested result maps and {@code ExecutorType.BATCH}, Spring's
 * {@code NamedParameterJdbcTemplate} IN lists and {@code batchUpdate}, JDBI {@code bindList} and {@code
 * @SqlBatch}; jOOQ and plain JDBC keep the SQL, jOOQ and leanjdbc core text.
 */
@ParameterizedClass(name = "call sites {0}")
@EnumSource(
        value = CallSiteMode.class,
        names = {"SAMPLED", "ALWAYS"})
class ClientFixesCorpusTest {

    /** Every scenario runs in the default sampled mode and in ALWAYS, expecting the same findings. */
    @Parameter
    CallSiteMode mode;

    private QueryAnalyzer analyzer() {
        return Corpus.analyzer(mode, b -> b);
    }

    @DbTest
    void myBatisNestedSelectPerRowIsToldResultMapOrForeach(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        Corpus.seed(db);
        MyBatisOrderService s = new MyBatisOrderService(Corpus.wrap(a, db));
        Report r = run(a, "mybatis n+1", s::emailsPerOrder);
        assertFindings(r, N_PLUS_ONE);
        Finding f = only(r, N_PLUS_ONE);
        // (The call site is the mapper's JDK proxy, jdk.proxy2.$ProxyNN.email(Unknown Source): proxy frames
        // are not skipped yet; that is the call-site work, not the client's.)
        assertThat(f.parent()).isNotNull();
        assertThat(f.suggestedFix())
                .contains("resultMap", "<collection", "<foreach")
                .doesNotContain("multiset", "Lean.");
    }

    @DbTest
    void myBatisUpdatesPerRowAreToldExecutorTypeBatchAndABatchIsClean(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        Corpus.seed(db);
        MyBatisOrderService s = new MyBatisOrderService(Corpus.wrap(a, db));
        Report r = run(a, "mybatis per row", () -> s.touchOrdersOneByOne(6));
        assertFindings(r, ROW_BY_ROW_DML);
        assertThat(only(r, ROW_BY_ROW_DML).suggestedFix())
                .contains("ExecutorType.BATCH", "<foreach")
                .doesNotContain("ctx.batch", "Lean.");
        assertFindings(run(a, "mybatis batch", () -> s.touchOrdersBatched(6)));
    }

    @DbTest
    void springLookupPerRowIsToldNamedParameterInList(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        Corpus.seed(db);
        SpringOrderService s = new SpringOrderService(Corpus.wrap(a, db));
        Finding f = only(run(a, "spring n+1", s::emailsPerOrder), N_PLUS_ONE);
        assertThat(f.suggestedFix())
                .contains("NamedParameterJdbcTemplate", "where id in (:ids)")
                .doesNotContain("multiset", "Lean.");
    }

    @DbTest
    void springUpdatePerRowIsToldBatchUpdate(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        Corpus.seed(db);
        SpringOrderService s = new SpringOrderService(Corpus.wrap(a, db));
        Finding f = only(run(a, "spring per row", () -> s.touchOrdersOneByOne(6)), ROW_BY_ROW_DML);
        assertThat(f.suggestedFix()).contains("jdbcTemplate.batchUpdate").doesNotContain("ctx.batch", "Lean.");
    }

    @DbTest
    void jdbiLookupPerRowIsToldBindListAndInsertsSqlBatch(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        Corpus.seed(db);
        JdbiOrderService s = new JdbiOrderService(Corpus.wrap(a, db));
        assertThat(only(run(a, "jdbi n+1", s::emailsPerOrder), N_PLUS_ONE).suggestedFix())
                .contains("bindList")
                .doesNotContain("multiset", "Lean.");
        try {
            Finding f = only(run(a, "jdbi inserts", () -> s.insertLinesOneByOne(6)), UNBATCHED_INSERT);
            assertThat(f.suggestedFix()).contains("@SqlBatch", "prepareBatch").doesNotContain("valuesOfRows");
        } finally {
            s.cleanUp();
        }
    }

    @DbTest
    void jooqAndPlainJdbcKeepTheSqlAndJooqFixes(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        Corpus.seed(db);
        JooqOrderService jooq = new JooqOrderService(DSL.using(Corpus.wrap(a, db), db.dialect()));
        assertThat(only(run(a, "jooq n+1", jooq::emailsPerOrder), N_PLUS_ONE).suggestedFix())
                .contains("multiset", "JOIN");
        OrderService jdbc = new OrderService(Corpus.wrap(a, db));
        assertThat(only(run(a, "jdbc n+1", jdbc::emailsPerOrder), N_PLUS_ONE).suggestedFix())
                .contains("JOIN", "in (?)")
                .doesNotContain("join fetch", "NamedParameterJdbcTemplate", "bindList", "resultMap");
    }
}
