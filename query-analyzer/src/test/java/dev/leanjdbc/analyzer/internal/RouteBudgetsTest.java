package dev.leanjdbc.analyzer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.analyzer.ScopeBudget;
import org.junit.jupiter.api.Test;

class RouteBudgetsTest {

    private static final ScopeBudget EXPORT = ScopeBudget.unlimited().withMaxRowsHeld(10_000);
    private static final ScopeBudget ORDER = ScopeBudget.unlimited().withMaxRowsRead(500);
    private static final ScopeBudget CSV = ScopeBudget.unlimited().withMaxStatements(3);

    @Test
    void theFirstMatchingPatternGivesTheBudget() {
        RouteBudgets routes = new RouteBudgets();
        routes.add("/export/**", EXPORT);
        routes.add("GET /orders/{id}", ORDER);
        routes.add("/reports/*/csv", CSV);

        assertThat(routes.budget("GET", "/export")).isSameAs(EXPORT);
        assertThat(routes.budget("POST", "/export/orders/2024")).isSameAs(EXPORT);
        assertThat(routes.budget("GET", "/orders/42")).isSameAs(ORDER);
        assertThat(routes.budget("get", "/orders/42")).isSameAs(ORDER);
        assertThat(routes.budget("DELETE", "/orders/42")).isNull();
        assertThat(routes.budget("GET", "/orders/42/lines")).isNull();
        assertThat(routes.budget("GET", "/orders")).isNull();
        assertThat(routes.budget("GET", "/reports/sales/csv")).isSameAs(CSV);
        assertThat(routes.budget("GET", "/reports/sales/pdf")).isNull();
        assertThat(routes.budget("GET", "/exports")).isNull();
        assertThat(routes.patterns()).containsExactly("/export/**", "GET /orders/{id}", "/reports/*/csv");
    }

    @Test
    void aPatternMustBeAPath() {
        assertThatThrownBy(() -> new RouteBudgets().add("export/**", EXPORT))
                .hasMessage("route pattern must look like '/export/**' or 'GET /orders/{id}', was 'export/**'");
    }
}
