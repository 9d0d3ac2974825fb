package dev.leanjdbc.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.BudgetAction;
import dev.leanjdbc.analyzer.InFlightScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.ScopeBudget;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.testing.DbTest;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * A budget breach and a stop read as final in Spring: both translators map them to non-transient
 * exceptions on H2 and PostgreSQL, so retry policies (Spring Retry's defaults, {@code @Retryable} on
 * transient exceptions) do not re-run the request. The error-code translator is the one JdbcTemplate uses.
 */
class StopTranslationTest {

    private static void assertFinal(DataAccessException e, SQLException cause) {
        assertThat(e).as("translation of " + cause).isInstanceOf(NonTransientDataAccessException.class);
        assertThat(e).isNotInstanceOf(TransientDataAccessException.class);
        assertThat(e).isNotInstanceOf(RecoverableDataAccessException.class);
        assertThat(e).hasRootCauseInstanceOf(cause.getClass());
    }

    @DbTest
    void bothTranslatorsMapBudgetsAndStopsToNonTransientExceptions(DataSource db) {
        SQLException budget = ApiAccess.budgetExceeded("maxRowsRead", 50_000, 50_001, "GET /report", null, null);
        SQLException stop = ApiAccess.scopeStopped("GET /hoard", "memory pressure", null);
        for (SQLException e : new SQLException[] {budget, stop}) {
            assertFinal(new SQLErrorCodeSQLExceptionTranslator(db).translate("query", "select", e), e);
            assertFinal(new SQLStateSQLExceptionTranslator().translate("query", "select", e), e);
        }
        // the state a stop used to have, 57014 (query canceled), reads as a transient timeout
        DataAccessException canceled = new SQLStateSQLExceptionTranslator()
                .translate("query", "select", new SQLException("canceled", "57014"));
        assertThat(canceled).isInstanceOf(TransientDataAccessException.class);
    }

    @DbTest
    void jdbcTemplateThrowsNonTransientExceptionsForARealBreachAndARealStop(DataSource raw) {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        JdbcTemplate jdbc = new JdbcTemplate(analyzer.wrap(raw));
        String rows = "with recursive r(n) as (select 1 union all select n + 1 from r where n < 5000) select n from r";
        try (AnalysisScope scope = analyzer.scope(
                "GET /report", ScopeBudget.unlimited().withMaxRowsRead(1_000).withAction(BudgetAction.THROW))) {
            DataAccessException e = catchThrowableOfType(DataAccessException.class, () -> jdbc.queryForList(rows));
            assertThat(e).hasMessageContaining("exceeded its maxRowsRead budget: 1001 > limit 1000");
            assertFinal(e, ApiAccess.budgetExceeded("maxRowsRead", 1, 2, "x", null, null));
        }
        try (AnalysisScope scope = analyzer.scope("GET /hoard")) {
            InFlightScope self = analyzer.inFlightScopes().stream()
                    .filter(s -> s.name().equals("GET /hoard"))
                    .findFirst()
                    .orElseThrow();
            assertThat(self.stop("memory pressure")).isTrue();
            DataAccessException e = catchThrowableOfType(DataAccessException.class, () -> jdbc.queryForList(rows));
            assertThat(e).hasMessageContaining("scope 'GET /hoard' was stopped: memory pressure");
            assertFinal(e, ApiAccess.scopeStopped("x", "y", null));
        }
    }
}
