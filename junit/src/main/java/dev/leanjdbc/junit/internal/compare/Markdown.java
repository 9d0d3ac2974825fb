package dev.leanjdbc.junit.internal.compare;

import java.util.List;

/** The comparator's summary, Markdown for a pull request comment or a job summary. */
final class Markdown {

    private final StringBuilder md = new StringBuilder();

    private Markdown() {}

    static String of(int verdict, SuiteReportFile base, SuiteReportFile pr, Comparison c, List<String> inconclusive) {
        Markdown m = new Markdown();
        String word =
                verdict == ReportComparator.PASS ? "PASS" : verdict == ReportComparator.FAIL ? "FAIL" : "INCONCLUSIVE";
        m.md.append("## leanjdbc query check: ").append(word).append("\n\n");
        if (base != null && pr != null && (!base.tests.isEmpty() || !pr.tests.isEmpty())) {
            m.md.append("| | Tests | Statements | Findings |\n|---|---:|---:|---:|\n");
            m.side("Base", base);
            m.side("Pull request", pr);
            m.md.append('\n');
        }
        if (verdict == ReportComparator.INCONCLUSIVE) {
            m.md.append("The reports cannot be compared:\n\n");
            for (String why : inconclusive) {
                m.md.append("- ").append(why).append('\n');
            }
            m.md.append('\n');
        } else if (verdict == ReportComparator.FAIL) {
            m.md.append(count(c.newFindings.size(), "new finding", "new findings"))
                    .append(" and ")
                    .append(count(c.moreStatements.size(), "test", "tests"))
                    .append(" running more statements than on the base.\n\n");
        } else {
            m.md.append("No new finding and no test runs more statements than on the base.\n\n");
        }
        if (c != null) {
            m.findings("New findings", c.newFindings);
            m.changes("Tests running more statements", c.moreStatements);
            m.findings("Fixed findings", c.fixedFindings);
            m.changes("Tests running fewer statements", c.fewerStatements);
            if (!c.newTests.isEmpty()) {
                m.md.append("New tests (not in the base report): ")
                        .append(ReportComparator.names(c.newTests))
                        .append("\n\n");
            }
        }
        m.md.append("<sub>Findings are matched by type, statement shape and call site (the line left out);"
                + " statements per test by the test's unique id.</sub>\n");
        return m.md.toString();
    }

    private void side(String label, SuiteReportFile r) {
        md.append("| ")
                .append(label)
                .append(" | ")
                .append(r.tests.size())
                .append(" | ")
                .append(r.statements())
                .append(" | ")
                .append(r.findings.size())
                .append(" |\n");
    }

    private void findings(String title, List<SuiteReportFile.Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append("\n\n");
        md.append("| Type | Statement | Call site | Executions | Tests |\n|---|---|---|---:|---:|\n");
        int shown = Math.min(ReportComparator.MAX_ROWS, findings.size());
        for (SuiteReportFile.Finding f : findings.subList(0, shown)) {
            md.append("| ")
                    .append(f.type())
                    .append(" | ")
                    .append(code(f.fingerprint()))
                    .append(" | ")
                    .append(f.callSite() == null ? "(not captured)" : code(f.callSite()))
                    .append(" | ")
                    .append(f.executions())
                    .append(" | ")
                    .append(f.tests())
                    .append(" |\n");
        }
        more(findings.size() - shown);
    }

    private void changes(String title, List<Comparison.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append("\n\n");
        md.append("| Test | Base | Pull request | Change |\n|---|---:|---:|---:|\n");
        int shown = Math.min(ReportComparator.MAX_ROWS, changes.size());
        for (Comparison.Change ch : changes.subList(0, shown)) {
            md.append("| ")
                    .append(cell(ch.pr().name()))
                    .append(" | ")
                    .append(ch.base().statements())
                    .append(" | ")
                    .append(ch.pr().statements())
                    .append(" | ")
                    .append(ch.delta() > 0 ? "+" : "")
                    .append(ch.delta())
                    .append(" |\n");
        }
        more(changes.size() - shown);
    }

    private void more(int left) {
        if (left > 0) {
            md.append("\n... and ").append(left).append(" more (see the reports).\n");
        }
        md.append('\n');
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Inline code in a table cell: no pipe may end the cell, no backtick the code. */
    private static String code(String s) {
        return "`" + cell(s).replace('`', '\'') + "`";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
