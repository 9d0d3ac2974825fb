package dev.leanjdbc.junit.internal;

import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementEvent;

/**
 * The checks that keep query assertions from passing without checking anything: nothing recorded at all
 * (the code's DataSource is not recorded by the analyzer of the assertions), or statements recorded twice
 * (two stacked wrappers of that analyzer). Each returns its failure message, or {@code null} when all is
 * well.
 */
public final class Canary {

    /** Turns both checks off for the extension's annotations when {@code false} (default {@code true}). */
    public static final String SETTING = "leanjdbc.junit.canary";

    private Canary() {}

    /**
     * {@code null} when {@code report} recorded a statement; else why the {@code assertions} of the {@code
     * subject} ("test", "block") would have passed vacuously and what to do.
     */
    public static String nothingRecorded(Report report, String subject, String assertions, String analyzer) {
        if (report.statementCount() > 0 || report.internalStatements() > 0) {
            return null;
        }
        boolean test = subject.equals("test");
        return "No statement at all was recorded for this " + subject + ", so its query assertions (" + assertions
                + ") would pass without checking anything.\n"
                + "  The code ran its SQL, if any, through a DataSource that " + analyzer
                + " does not record: an unwrapped pool, or one wrapped only by another QueryAnalyzer.\n"
                + "  Record it: "
                + (test
                        ? "take a RecordedDataSource parameter, or use LeanJdbcExtension.wrap(dataSource)"
                                + " (Spring tests: the starter's post-processor wraps the DataSource bean).\n"
                        : "run it through analyzer.wrap(dataSource) of the analyzer whose scope is asserted.\n")
                + "  A " + subject + " meant to run no SQL says so: "
                + (test ? "@ExpectQueries(total = 0)." : "hasTotalCount(0).");
    }

    /** {@code null} unless some of the events of {@code report} were recorded a second time by stacked wrappers. */
    public static String recordedTwice(Report report, String subject, String analyzer) {
        StatementEvent first = null;
        long again = 0;
        for (StatementEvent e : report.events()) {
            if (e.recordedAgain()) {
                again++;
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first == null) {
            return null;
        }
        long all = report.statementCount();
        return again + " of the " + all + (all == 1 ? " statement" : " statements") + " recorded for this " + subject
                + (again == 1 ? " was" : " were") + " recorded twice, so the counts include "
                + (again == 1 ? "it" : "them") + " twice: the DataSource is wrapped twice by " + analyzer
                + ", with a wrapper between the two that hides the inner one (its unwrap and isWrapperFor do not"
                + " reach it).\n"
                + "  First: " + FailureMessages.abbreviate(first.fingerprint()) + "\n"
                + "      " + (first.callSite().isCaptured() ? "at " + first.callSite() : "call site not captured")
                + "\n"
                + "  Wrap the DataSource once: drop one of the wrap calls, or wrap only the outermost DataSource.";
    }
}
