package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.DbTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;

/**
 * The call-site modes change what a finding shows, never what is found: the sampled default gives each scope
 * the same findings as {@link CallSiteMode#ALWAYS}, on a fresh analyzer and on one that lived through many
 * scopes, and never attributes an execution to a line it did not run at.
 */
class CallSiteModeTest {

    private static final String LOOKUP = "select name from item where id = ?";

    @DbTest
    void twoCallSitesEachBelowTheThresholdAreNoNPlusOneInAnyScopeOfALongLivedAnalyzer(DataSource raw) throws Exception {
        Items.create(raw, 20);
        for (CallSiteMode mode : List.of(CallSiteMode.SAMPLED, CallSiteMode.ALWAYS)) {
            QueryAnalyzer analyzer = QueryAnalyzer.builder().callSiteMode(mode).build();
            DataSource ds = analyzer.wrap(raw);
            headerAndFooter(ds, 0); // before any scope, as at application start
            for (int request = 1; request <= 4; request++) {
                try (AnalysisScope scope = analyzer.scope("request " + request)) {
                    headerAndFooter(ds, request * 4);
                    scope.close();
                    assertThat(scope.report().findings())
                            .as(
                                    "%s, request %d:%n%s",
                                    mode, request, scope.report().toText())
                            .isEmpty();
                }
            }
        }
    }

    @DbTest
    void theGettingStartedLoopRunTwiceOnOneAnalyzerNamesItsLineBothTimes(DataSource raw) throws Exception {
        Items.create(raw, 20);
        QueryAnalyzer analyzer = QueryAnalyzer.create(); // the default: SAMPLED
        DataSource ds = analyzer.wrap(raw);
        for (int run = 1; run <= 2; run++) {
            try (AnalysisScope scope = analyzer.scope("run " + run)) {
                nPlusOne(ds);
                scope.close();
                List<Finding> found = scope.report().findings(FindingType.N_PLUS_ONE);
                assertThat(found)
                        .as("run %d:%n%s", run, scope.report().toText())
                        .hasSize(1);
                Finding f = found.get(0);
                assertThat(f.executions()).as("run %d", run).isEqualTo(5);
                assertThat(f.callSite().methodName()).as("run %d", run).isEqualTo("nPlusOne");
            }
        }
    }

    /** Two lookups of one shape at each of two lines: two per site, below the N+1 threshold of 3. */
    private static void headerAndFooter(DataSource ds, int base) throws Exception {
        lookupInHeader(ds, base + 1);
        lookupInHeader(ds, base + 2);
        lookupInFooter(ds, base + 3);
        lookupInFooter(ds, base + 4);
    }

    private static void lookupInHeader(DataSource ds, long id) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(LOOKUP)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
    }

    private static void lookupInFooter(DataSource ds, long id) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(LOOKUP)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
    }

    /** The N+1 of docs/getting-started.md: one lookup per parent row. */
    private static void nPlusOne(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement parents = c.prepareStatement("select id from item where id <= 5");
                PreparedStatement child = c.prepareStatement(LOOKUP);
                ResultSet parent = parents.executeQuery()) {
            while (parent.next()) {
                child.setLong(1, parent.getLong("id"));
                try (ResultSet rs = child.executeQuery()) {
                    rs.next();
                }
            }
        }
    }
}
