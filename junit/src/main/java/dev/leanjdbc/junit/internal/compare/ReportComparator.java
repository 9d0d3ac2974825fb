package dev.leanjdbc.junit.internal.compare;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the suite reports of two runs, the base branch's and a pull request's, for CI: prints a Markdown
 * summary (for a pull request comment) headed PASS, FAIL or INCONCLUSIVE and exits 0, 1 or 2.
 *
 * <ul>
 *   <li>FAIL: the pull request has a finding the base has not (type, statement shape and call site, the
 *       line left out), or a test runs more statements than on the base;
 *   <li>INCONCLUSIVE: the reports are not comparable — a file is missing or unreadable, a schema version
 *       unknown, a run with tests that did not succeed or dropped tests, or base tests missing from the pull
 *       request — and it says why;
 *   <li>PASS: otherwise.
 * </ul>
 *
 * <p>The jar's Main-Class: {@code java -jar leanjdbc-junit.jar base/report.json pr/report.json}. It needs
 * nothing but the jar.
 */
public final class ReportComparator {

    static final int SCHEMA_VERSION = 1;

    public static final int PASS = 0;
    public static final int FAIL = 1;
    public static final int INCONCLUSIVE = 2;

    /** Rows per table; the rest is counted, so a comment stays under GitHub's size limit. */
    static final int MAX_ROWS = 30;

    private static final String USAGE = "usage: java -jar leanjdbc-junit.jar BASE_REPORT PR_REPORT\n"
            + "  compares two report.json files of the leanjdbc suite report (leanjdbc.report=true):\n"
            + "  prints a Markdown summary and exits 0 PASS, 1 FAIL, 2 INCONCLUSIVE";

    private ReportComparator() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Compares the reports named by {@code args}, writes the summary to {@code out}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: java -jar leanjdbc-junit-<version>.jar BASE_REPORT PR_REPORT (got " + args.length
                    + " arguments)\n" + USAGE.substring(USAGE.indexOf('\n') + 1));
            return INCONCLUSIVE;
        }
        List<String> why = new ArrayList<>();
        SuiteReportFile base = read(Path.of(args[0]), "base", why);
        SuiteReportFile pr = read(Path.of(args[1]), "pull request's", why);
        Comparison c = null;
        if (base != null && pr != null) {
            checkVersion(base, "base", why);
            checkVersion(pr, "pull request's", why);
            if (why.isEmpty()) {
                checkComplete(base, "base", why);
                checkComplete(pr, "pull request's", why);
                c = Comparison.of(base, pr);
                if (!c.missingTests.isEmpty()) {
                    why.add(c.missingTests.size()
                            + (c.missingTests.size() == 1 ? " test" : " tests")
                            + " of the base report are missing from the pull request's report (renamed, removed, or"
                            + " not run — compare runs of the same test set): "
                            + names(c.missingTests));
                }
            }
        }
        int verdict;
        if (!why.isEmpty()) {
            verdict = INCONCLUSIVE;
        } else if (!c.newFindings.isEmpty() || !c.moreStatements.isEmpty()) {
            verdict = FAIL;
        } else {
            verdict = PASS;
        }
        out.print(Markdown.of(verdict, base, pr, c, why));
        out.flush();
        return verdict;
    }

    private static SuiteReportFile read(Path p, String which, List<String> why) {
        try {
            return SuiteReportFile.read(p);
        } catch (IOException | RuntimeException e) {
            why.add("cannot read the " + which + " report " + p + ": " + e
                    + " (is it the report.json of a run with -Dleanjdbc.report=true?)");
            return null;
        }
    }

    private static void checkVersion(SuiteReportFile r, String which, List<String> why) {
        if (!Long.valueOf(SCHEMA_VERSION).equals(r.schemaVersion)) {
            why.add("the " + which + " report has schema version " + r.schemaVersion
                    + "; this comparator reads version " + SCHEMA_VERSION
                    + " (use the leanjdbc-junit jar of the version that wrote the reports)");
        }
    }

    private static void checkComplete(SuiteReportFile r, String which, List<String> why) {
        List<SuiteReportFile.Test> bad = r.notSuccessful();
        if (!bad.isEmpty()) {
            List<String> named = new ArrayList<>();
            for (SuiteReportFile.Test t : bad) {
                named.add(t.name() + " (" + t.status() + ")");
            }
            why.add("the " + which + " run has " + bad.size() + (bad.size() == 1 ? " test" : " tests")
                    + " that did not succeed, so its counts are not the code's: " + join(named));
        }
        if (r.droppedTests > 0) {
            why.add("the " + which + " report dropped " + r.droppedTests
                    + " tests beyond its bound of 100,000; compare smaller test sets");
        }
    }

    static String names(List<SuiteReportFile.Test> tests) {
        List<String> names = new ArrayList<>();
        for (SuiteReportFile.Test t : tests) {
            names.add(t.name());
        }
        return join(names);
    }

    private static String join(List<String> items) {
        int shown = Math.min(10, items.size());
        String s = String.join(", ", items.subList(0, shown));
        return items.size() > shown ? s + " and " + (items.size() - shown) + " more" : s;
    }
}
