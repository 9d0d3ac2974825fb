package dev.leanjdbc.junit.internal.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What changed from the base report to the pull request's. */
final class Comparison {

    /** A test run by both, with its statements on each side. */
    record Change(SuiteReportFile.Test base, SuiteReportFile.Test pr) {
        long delta() {
            return pr.statements() - base.statements();
        }
    }

    /** Most executions first; ties by type and statement, so both databases print the same summary. */
    private static final Comparator<SuiteReportFile.Finding> BY_IMPACT = Comparator.comparingLong(
                    SuiteReportFile.Finding::executions)
            .reversed()
            .thenComparing(SuiteReportFile.Finding::type)
            .thenComparing(SuiteReportFile.Finding::fingerprint)
            .thenComparing(SuiteReportFile.Finding::identity);

    final List<SuiteReportFile.Finding> newFindings = new ArrayList<>();
    final List<SuiteReportFile.Finding> fixedFindings = new ArrayList<>();
    final List<Change> moreStatements = new ArrayList<>();
    final List<Change> fewerStatements = new ArrayList<>();
    final List<SuiteReportFile.Test> missingTests = new ArrayList<>();
    final List<SuiteReportFile.Test> newTests = new ArrayList<>();

    static Comparison of(SuiteReportFile base, SuiteReportFile pr) {
        Comparison c = new Comparison();
        for (SuiteReportFile.Finding f : pr.findings.values()) {
            if (!base.findings.containsKey(f.identity())) {
                c.newFindings.add(f);
            }
        }
        for (SuiteReportFile.Finding f : base.findings.values()) {
            if (!pr.findings.containsKey(f.identity())) {
                c.fixedFindings.add(f);
            }
        }
        for (SuiteReportFile.Test b : base.tests.values()) {
            SuiteReportFile.Test p = pr.tests.get(b.uniqueId());
            if (p == null) {
                c.missingTests.add(b);
            } else if (p.statements() > b.statements()) {
                c.moreStatements.add(new Change(b, p));
            } else if (p.statements() < b.statements()) {
                c.fewerStatements.add(new Change(b, p));
            }
        }
        for (SuiteReportFile.Test p : pr.tests.values()) {
            if (!base.tests.containsKey(p.uniqueId())) {
                c.newTests.add(p);
            }
        }
        // the largest changes first: they are what a reviewer looks at
        c.moreStatements.sort((a, b) -> Long.compare(b.delta(), a.delta()));
        c.fewerStatements.sort((a, b) -> Long.compare(a.delta(), b.delta()));
        c.newFindings.sort(BY_IMPACT);
        c.fixedFindings.sort(BY_IMPACT);
        return c;
    }
}
