package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.DbTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.samples.petclinic.owner.OwnerRepository;

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
                assertThat(e.callSite().isCaptured()).isTrue();
                assertThat(e.callSite().className()).isEqualTo(CallSiteTest.class.getName());
                assertThat(e.callSite().methodName()).isEqualTo("query");
                assertThat(e.callSite().fileName()).isEqualTo("CallSiteTest.java");
            });
            assertThat(events.get(0).callSite().toString())
                    .matches("CallSiteTest\\.query\\(CallSiteTest\\.java:\\d+\\)");
        }
    }

    @DbTest
    void sampledModeOutsideScopesWalksOnFirstSightAndAtDoublingGaps(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.builder()
                .callSiteMode(CallSiteMode.SAMPLED)
                .callSiteSampleEvery(10)
                .maxCallSitesPerFingerprint(2)
                .build();
        DataSource ds = analyzer.wrap(raw);
        for (int i = 0; i < 25; i++) {
            query(ds, i);
        }
        for (int i = 0; i < 25; i++) {
            queryFromElsewhere(ds, i);
        }
        List<StatementEvent> events = analyzer.globalReport().events();
        long withSite = events.stream().filter(e -> e.callSite().isCaptured()).count();
        // walks at executions 1 and 11 (query), then the gap doubles: 31 (elsewhere); then both are known
        assertThat(withSite).isEqualTo(3);
        assertThat(events.get(0).callSite().isCaptured()).isTrue();
        assertThat(events.get(1).callSite()).isSameAs(CallSite.NOT_CAPTURED);
        FingerprintStats stats = analyzer.globalReport().fingerprints().get(0);
        assertThat(stats.callSites()).extracting(CallSite::methodName).containsExactly("query", "queryFromElsewhere");
    }

    @DbTest
    void sampledModeInAScopeGivesEveryExecutionOfARepeatingShapeItsLine(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.builder()
                .callSiteMode(CallSiteMode.SAMPLED)
                .callSiteSampleEvery(1)
                .build();
        DataSource ds = analyzer.wrap(raw);
        query(ds, 0); // the shape's first execution ever: walked
        try (AnalysisScope learning = analyzer.scope("learning")) {
            query(ds, 1); // its first scope: walked while the analyzer learns whether it repeats
        }
        try (AnalysisScope once = analyzer.scope("once")) {
            query(ds, 2); // learned it runs once per scope: not walked
            once.close();
            assertThat(once.report().events())
                    .singleElement()
                    .satisfies(e -> assertThat(e.callSite().isCaptured()).isFalse());
        }
        try (AnalysisScope scope = analyzer.scope("repeats")) {
            for (int i = 0; i < 25; i++) {
                query(ds, i);
            }
            for (int i = 0; i < 25; i++) {
                queryFromElsewhere(ds, i);
            }
            scope.close();
            List<StatementEvent> events = scope.report().events();
            // the first execution in the scope may lack its line (the repeat was not known yet), no other
            assertThat(events.subList(1, 25))
                    .allSatisfy(e -> assertThat(e.callSite().methodName()).isEqualTo("query"));
            assertThat(events.subList(25, 50))
                    .allSatisfy(e -> assertThat(e.callSite().methodName()).isEqualTo("queryFromElsewhere"));
        }
        try (AnalysisScope next = analyzer.scope("next")) {
            query(ds, 1); // known to repeat: walked on its first execution in every scope from now on
            next.close();
            assertThat(next.report().events().get(0).callSite().methodName()).isEqualTo("query");
        }
    }

    @DbTest
    void offModeNeverWalks(DataSource raw) throws Exception {
        QueryAnalyzer analyzer =
                QueryAnalyzer.builder().callSiteMode(CallSiteMode.OFF).build();
        DataSource ds = analyzer.wrap(raw);
        query(ds, 1);
        assertThat(analyzer.globalReport().events().get(0).callSite()).isSameAs(CallSite.NOT_CAPTURED);
    }

    @DbTest
    void configuredSkipFramesAreSkipped(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.builder()
                .callSiteMode(CallSiteMode.ALWAYS)
                .skipFrames(CallSiteTest.class.getName())
                .build();
        query(analyzer.wrap(raw), 1);
        CallSite site = analyzer.globalReport().events().get(0).callSite();
        assertThat(site.className()).as("%s", site).isNotEqualTo(CallSiteTest.class.getName());
        assertThat(!site.className().equals(CallSiteTest.class.getName()))
                .as("%s", site)
                .isTrue();
    }

    @DbTest
    void anApplicationUnderOrgSpringframeworkIsItsOwnCallSiteAndCanBeSuppressedByMethod(DataSource raw)
            throws Exception {
        Items.create(raw, 10);
        String method = OwnerRepository.class.getName() + ".names";
        for (CallSiteMode mode : List.of(CallSiteMode.SAMPLED, CallSiteMode.ALWAYS)) {
            QueryAnalyzer analyzer = QueryAnalyzer.builder().callSiteMode(mode).build();
            OwnerRepository owners = new OwnerRepository(analyzer.wrap(raw));
            Report r;
            try (AnalysisScope scope = analyzer.scope("owners")) {
                owners.names(5);
                scope.close();
                r = scope.report();
            }
            assertThat(r.findings())
                    .as("%s%n%s", mode, r.toText())
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.callSite().className()).isEqualTo(OwnerRepository.class.getName());
                        assertThat(f.callSite().methodName()).isEqualTo("names");
                        assertThat(f.callSites()).containsExactly(new Finding.CallSiteCount(f.callSite(), 5));
                    });
            assertThat(r.toJson())
                    .contains("\"callSites\":[{\"callSite\":{\"class\":\"" + OwnerRepository.class.getName());

            QueryAnalyzer suppressing = QueryAnalyzer.builder()
                    .callSiteMode(mode)
                    .suppress(FindingType.N_PLUS_ONE, method)
                    .build();
            OwnerRepository suppressed = new OwnerRepository(suppressing.wrap(raw));
            try (AnalysisScope scope = suppressing.scope("owners, accepted")) {
                suppressed.names(5);
                scope.close();
                assertThat(scope.report().suppressedFindings())
                        .singleElement()
                        .satisfies(f -> assertThat(f.suppressed())
                                .as("suppress(N_PLUS_ONE, %s)", method)
                                .isTrue());
            }
        }
    }

    @Test
    void toStringLooksLikeAStackTraceElement() {
        assertThat(new CallSite("com.shop.OrderService", "list", "OrderService.java", 42).toString())
                .isEqualTo("OrderService.list(OrderService.java:42)");
        assertThat(new CallSite("Main", "run", null, -1).toString()).isEqualTo("Main.run(Unknown Source)");
        assertThat(CallSite.NOT_CAPTURED.toString()).isEqualTo("(call site not captured)");
        assertThat(CallSite.NOT_CAPTURED.methodName()).isEqualTo("(not captured)");
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
