package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.DbTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Call sites: the first application frame; sampled by default, on every execution in ALWAYS mode. */
class CallSiteTest {

    @DbTest
    void alwaysModeGivesEveryEventItsLine(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = Items.exactAnalyzer();
        DataSource ds = analyzer.wrap(raw);
        try (AnalysisScope scope = analyzer.scope("always")) {
            for (int i = 0; i < 3; i++) {
                query(ds, i);
            }
            scope.close();
            List<StatementEvent> events = scope.report().events();
            assertThat(events).allSatisfy(e -> {
                assertThat(e.callSite()).isNotNull();
                assertThat(e.callSite().className()).isEqualTo(CallSiteTest.class.getName());
                assertThat(e.callSite().methodName()).isEqualTo("query");
                assertThat(e.callSite().fileName()).isEqualTo("CallSiteTest.java");
            });
            assertThat(events.get(0).callSite().toString())
                    .matches("CallSiteTest\\.query\\(CallSiteTest\\.java:\\d+\\)");
        }
    }

    @DbTest
    void sampledModeWalksOnFirstSightAndEveryKth(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.builder()
                .callSiteMode(CallSiteMode.SAMPLED)
                .callSiteSampleEvery(10)
                .maxCallSitesPerFingerprint(2)
                .build();
        DataSource ds = analyzer.wrap(raw);
        try (AnalysisScope scope = analyzer.scope("sampled")) {
            for (int i = 0; i < 25; i++) {
                query(ds, i);
            }
            for (int i = 0; i < 25; i++) {
                queryFromElsewhere(ds, i);
            }
            scope.close();
            List<StatementEvent> events = scope.report().events();
            long withSite = events.stream()
                    .map(StatementEvent::callSite)
                    .filter(Objects::nonNull)
                    .count();
            // walks at executions 1 and 11 (query), then the gap doubles: 31 (elsewhere); then both are known
            assertThat(withSite).isEqualTo(3);
            assertThat(events.get(0).callSite()).isNotNull();
            assertThat(events.get(1).callSite()).isNull();
            FingerprintStats stats = scope.report().fingerprints().get(0);
            assertThat(stats.callSites())
                    .extracting(CallSite::methodName)
                    .containsExactly("query", "queryFromElsewhere");
        }
    }

    @DbTest
    void offModeNeverWalks(DataSource raw) throws Exception {
        QueryAnalyzer analyzer =
                QueryAnalyzer.builder().callSiteMode(CallSiteMode.OFF).build();
        DataSource ds = analyzer.wrap(raw);
        query(ds, 1);
        assertThat(analyzer.globalReport().events().get(0).callSite()).isNull();
    }

    @DbTest
    void configuredSkipFramesAreSkipped(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.builder()
                .callSiteMode(CallSiteMode.ALWAYS)
                .skipFrames(CallSiteTest.class.getName())
                .build();
        query(analyzer.wrap(raw), 1);
        CallSite site = analyzer.globalReport().events().get(0).callSite();
        assertThat(site == null || !site.className().equals(CallSiteTest.class.getName()))
                .as("%s", site)
                .isTrue();
    }

    @Test
    void toStringLooksLikeAStackTraceElement() {
        assertThat(new CallSite("com.shop.OrderService", "list", "OrderService.java", 42).toString())
                .isEqualTo("OrderService.list(OrderService.java:42)");
        assertThat(new CallSite("Main", "run", null, -1).toString()).isEqualTo("Main.run(Unknown Source)");
    }

    private static void query(DataSource ds, int i) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select ? as v")) {
            ps.setInt(1, i);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
    }

    private static void queryFromElsewhere(DataSource ds, int i) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select ? as v")) {
            ps.setInt(1, i);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
    }
}
