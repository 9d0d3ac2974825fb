package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leanjdbc.testing.DbTest;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Budgets from text settings: system properties, init parameters, and the analyzer's default budget. */
class ScopeBudgetTest {

    private static final String[] KEYS = {"maxStatements", "maxRowsRead", "maxRowsBuffered", "action"};

    @AfterEach
    void clearProperties() {
        for (String key : KEYS) {
            System.clearProperty(ScopeBudget.PROPERTY_PREFIX + key);
        }
    }

    @Test
    void settingsOverrideOnlyTheKeysTheyHave() {
        ScopeBudget base = ScopeBudget.unlimited().withMaxStatements(10).withAction(BudgetAction.THROW);

        ScopeBudget b = base.withSettings(Map.of("job.maxRowsRead", " 100_000 ", "job.action", "warn")::get, "job.");

        assertThat(b.maxStatements()).isEqualTo(10);
        assertThat(b.maxRowsRead()).isEqualTo(100_000);
        assertThat(b.maxRowsBuffered()).isEqualTo(ScopeBudget.UNLIMITED);
        assertThat(b.action()).isEqualTo(BudgetAction.WARN);
        assertThat(base.withSettings(Map.<String, String>of()::get, "")).isSameAs(base);
    }

    @Test
    void badSettingsNameTheKeyAndTheValue() {
        assertThatThrownBy(() -> ScopeBudget.unlimited().withSettings(Map.of("x.maxStatements", "0")::get, "x."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x.maxStatements must be >= 1, was 0; leave it unset for no limit");
        assertThatThrownBy(() -> ScopeBudget.unlimited().withSettings(Map.of("maxRowsBuffered", "1e6")::get, ""))
                .hasMessage("maxRowsBuffered must be a whole number >= 1, was '1e6'");
        assertThatThrownBy(() -> ScopeBudget.unlimited().withSettings(Map.of("action", "")::get, ""))
                .hasMessage("action must be WARN or THROW, was ''");
    }

    @Test
    void systemPropertiesMakeTheBudgetOfEveryNewAnalyzer() {
        assertThat(ScopeBudget.fromSystemProperties()).isEqualTo(ScopeBudget.unlimited());
        assertThat(QueryAnalyzer.create().defaultBudget()).isEqualTo(ScopeBudget.unlimited());

        System.setProperty("leanjdbc.analyzer.budget.maxStatements", "200");
        System.setProperty("leanjdbc.analyzer.budget.maxRowsRead", "50000");
        System.setProperty("leanjdbc.analyzer.budget.action", "THROW");

        ScopeBudget expected = ScopeBudget.unlimited()
                .withMaxStatements(200)
                .withMaxRowsRead(50_000)
                .withAction(BudgetAction.THROW);
        assertThat(ScopeBudget.fromSystemProperties()).isEqualTo(expected);
        assertThat(QueryAnalyzer.create().defaultBudget()).isEqualTo(expected);
        ScopeBudget mine = ScopeBudget.unlimited().withMaxStatements(3);
        assertThat(QueryAnalyzer.builder().defaultBudget(mine).build().defaultBudget())
                .isSameAs(mine);
    }

    @Test
    void aBadSystemPropertyStopsTheBuilderNamingIt() {
        System.setProperty("leanjdbc.analyzer.budget.maxRowsRead", "-1");

        assertThatThrownBy(QueryAnalyzer::builder)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leanjdbc.analyzer.budget.maxRowsRead must be >= 1, was -1; leave it unset for no limit");
    }

    @DbTest
    void scopesOpenedWithoutABudgetGetTheDefaultOne(DataSource raw) throws Exception {
        System.setProperty("leanjdbc.analyzer.budget.maxRowsRead", "1500");
        System.setProperty("leanjdbc.analyzer.budget.action", "throw");
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);

        try (AnalysisScope scope = analyzer.scope("nightly job");
                Connection c = ds.getConnection()) {
            assertThat(BudgetTest.readAll(c, 1_000)).isEqualTo(1_000);
            BudgetExceededException e =
                    catchThrowableOfType(BudgetExceededException.class, () -> BudgetTest.readAll(c, 1_000));
            assertThat(e.budget()).isEqualTo("maxRowsRead");
            assertThat(e.limit()).isEqualTo(1_500);
            assertThat(e.scopeName()).isEqualTo("nightly job");
        }
        try (AnalysisScope scope = analyzer.scope("explicitly unlimited", ScopeBudget.unlimited());
                Connection c = ds.getConnection()) {
            assertThat(BudgetTest.readAll(c, 3_000)).isEqualTo(3_000);
        }
    }
}
