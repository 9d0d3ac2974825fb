package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.internal.ApiAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Findings contributed from outside the analyzer (the hook of leanjdbc-hibernate): one contribution per
 * scope and kind, its findings in the scope's report like the detectors', disabled and suppressed by the
 * same settings, released at close, fail-open.
 */
class ScopeContributionTest {

    /** A contribution that reports one finding per noted name. */
    static final class Notes implements ScopeContribution {
        final List<String> names = new ArrayList<>();

        synchronized void note(String name) {
            names.add(name);
        }

        @Override
        public synchronized List<Finding> findings() {
            List<Finding> out = new ArrayList<>();
            for (String n : names) {
                out.add(ApiAccess.finding(FindingType.ENTITY_OVER_FETCH, Severity.WARNING)
                        .fingerprint(0, "entity " + n)
                        .executions(1)
                        .explanation(n + " loaded, never read")
                        .suggestedFix("make it LAZY")
                        .build());
            }
            return out;
        }
    }

    @Test
    void aScopesContributionFindingsAreInItsReport() {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        assertThat(analyzer.contributions(Notes.class, Notes::new)).isEmpty(); // no scope open

        AnalysisScope scope = analyzer.scope("GET /owners");
        try (scope) {
            List<Notes> first = analyzer.contributions(Notes.class, Notes::new);
            assertThat(first).hasSize(1);
            assertThat(analyzer.contributions(Notes.class, Notes::new)).containsExactlyElementsOf(first);
            first.get(0).note("Owner.pets");
            assertThat(scope.snapshot().findings(FindingType.ENTITY_OVER_FETCH)).hasSize(1);
        }
        List<Finding> found = scope.report().findings(FindingType.ENTITY_OVER_FETCH);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).isEqualTo("Owner.pets loaded, never read");
        // closed: no contribution any more, and the frozen report keeps what it had
        assertThat(analyzer.contributions(Notes.class, Notes::new)).isEmpty();
        assertThat(scope.report().findings()).hasSize(1);
    }

    @Test
    void nestedScopesEachHaveTheirOwn() {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        AnalysisScope outer = analyzer.scope("test");
        AnalysisScope inner;
        try (outer) {
            inner = analyzer.scope("GET /owners");
            try (inner) {
                List<Notes> both = analyzer.contributions(Notes.class, Notes::new);
                assertThat(both).hasSize(2);
                assertThat(both.get(0)).isNotSameAs(both.get(1));
                both.get(0).note("Owner.pets"); // innermost first
            }
            assertThat(analyzer.contributions(Notes.class, Notes::new)).hasSize(1);
        }
        assertThat(inner.report().findings()).hasSize(1);
        assertThat(outer.report().findings()).isEmpty();
    }

    @Test
    void disabledAndSuppressedLikeTheDetectorsFindings() {
        QueryAnalyzer off =
                QueryAnalyzer.builder().disable(FindingType.ENTITY_OVER_FETCH).build();
        AnalysisScope a = off.scope("a");
        try (a) {
            off.contributions(Notes.class, Notes::new).get(0).note("Owner.pets");
        }
        assertThat(a.report().findings()).isEmpty();
        assertThat(a.report().suppressedFindings()).isEmpty();

        QueryAnalyzer suppressing = QueryAnalyzer.builder()
                .suppress(FindingType.ENTITY_OVER_FETCH, "entity Owner.")
                .build();
        AnalysisScope b = suppressing.scope("b");
        try (b) {
            suppressing.contributions(Notes.class, Notes::new).get(0).note("Owner.pets");
        }
        assertThat(b.report().findings()).isEmpty();
        assertThat(b.report().suppressedFindings()).hasSize(1);
    }

    @Test
    void aThrowingContributionIsCountedAndTheScopeReportsTheRest() {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        AtomicInteger asked = new AtomicInteger();
        AnalysisScope scope = analyzer.scope("a");
        try (scope) {
            analyzer.contributions(ScopeContribution.class, () -> () -> {
                asked.incrementAndGet();
                throw new IllegalStateException("broken");
            });
            analyzer.contributions(Notes.class, Notes::new).get(0).note("Owner.pets");
        }
        assertThat(scope.report().findings()).hasSize(1);
        assertThat(asked.get()).isEqualTo(1);
        assertThat(analyzer.caughtFailures()).isEqualTo(1);
    }

    @Test
    void theCallSiteNowIsTheCallersLine() {
        QueryAnalyzer analyzer = QueryAnalyzer.builder()
                .applicationPackages("dev.leanjdbc.analyzer")
                .build();
        CallSite site = analyzer.callSiteNow();
        assertThat(site.isCaptured()).isTrue();
        assertThat(site.methodName()).isEqualTo("theCallSiteNowIsTheCallersLine");
    }
}
