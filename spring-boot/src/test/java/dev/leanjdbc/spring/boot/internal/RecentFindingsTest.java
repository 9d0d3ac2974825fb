package dev.leanjdbc.spring.boot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentFindingsTest {

    private static Report scope(String name, Finding... findings) {
        return ApiAccess.report(
                name,
                0,
                true,
                new long[StatementKind.values().length],
                0,
                0,
                0,
                0,
                List.of(),
                List.of(),
                0,
                0,
                r -> List.of(findings));
    }

    private static Finding nPlusOne(long fingerprintId, CallSite site) {
        return nPlusOne(fingerprintId, site, 6, 0);
    }

    private static Finding nPlusOne(long fingerprintId, CallSite site, long executions, long nanos) {
        return ApiAccess.finding(FindingType.N_PLUS_ONE, Severity.WARNING)
                .fingerprint(fingerprintId, "select " + fingerprintId)
                .executions(executions)
                .totalNanos(nanos)
                .callSite(site)
                .explanation("ran 6 times")
                .suggestedFix("join")
                .build();
    }

    @Test
    void mergesByTypeAndShapeKeepingTheLastKnownCallSite() {
        RecentFindings recent = new RecentFindings(10);
        CallSite site = new CallSite("com.shop.Orders", "list", "Orders.java", 42);
        recent.onScopeClosed(scope("GET /a", nPlusOne(1, site)));
        recent.onScopeClosed(scope("GET /b", nPlusOne(1, null))); // sampled: no call site this time
        assertThat(recent.snapshot()).singleElement().satisfies(e -> {
            assertThat(e.occurrences()).isEqualTo(2);
            assertThat(e.scope()).isEqualTo("GET /a"); // as bad as the first: the first stays
            assertThat(e.lastScope()).isEqualTo("GET /b");
            assertThat(e.callSite()).isEqualTo("Orders.list(Orders.java:42)");
        });
    }

    @Test
    void keepsTheWorstOccurrenceAndItsScopeNotTheLatest() {
        RecentFindings recent = new RecentFindings(10);
        CallSite list = new CallSite("com.shop.Orders", "list", "Orders.java", 42);
        CallSite one = new CallSite("com.shop.Orders", "one", "Orders.java", 50);
        recent.onScopeClosed(scope("GET /orders", nPlusOne(1, list, 6, 600)));
        recent.onScopeClosed(scope("POST /orders", nPlusOne(1, one, 3, 900)));
        recent.onScopeClosed(scope("GET /orders/slow", nPlusOne(1, list, 6, 700)));
        assertThat(recent.snapshot()).singleElement().satisfies(e -> {
            assertThat(e.worst().executions()).isEqualTo(6);
            assertThat(e.worst().totalNanos()).isEqualTo(700); // same executions: the slower one
            assertThat(e.scope()).isEqualTo("GET /orders/slow");
            assertThat(e.callSite()).isEqualTo("Orders.list(Orders.java:42)");
            assertThat(e.occurrences()).isEqualTo(3);
            assertThat(e.lastScope()).isEqualTo("GET /orders/slow");
        });
    }

    @Test
    void keepsAtMostItsCapacityAndCountsWhatItEvicted() {
        RecentFindings recent = new RecentFindings(3);
        for (long id = 1; id <= 10; id++) {
            recent.onScopeClosed(scope("GET /" + id, nPlusOne(id, null)));
        }
        assertThat(recent.snapshot()).extracting(e -> e.worst().fingerprintId()).containsExactly(10L, 9L, 8L);
        assertThat(recent.evicted()).isEqualTo(7);
        recent.clear();
        assertThat(recent.snapshot()).isEmpty();
        assertThatThrownBy(() -> new RecentFindings(0)).hasMessage("capacity must be >= 1, was 0");
    }
}
