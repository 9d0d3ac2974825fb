package dev.leanjdbc.junit;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.junit.internal.RunningTests;

/**
 * Makes work done for a test on another thread count for that test: above all the requests a test sends to
 * its application's own server, which run on server threads. The Spring Boot starter uses it with no test
 * code (its HTTP clients send {@link #HEADER}, its server filter {@linkplain #attach attaches} the request
 * thread); other integrations can do the same.
 *
 * <p>Every running test with {@link LeanJdbcExtension} or the suite report has an opaque id, known on the
 * thread that runs it. A thread attached to a test records into its scopes — the extension's and the suite
 * report's — so the statements count for {@code @NoNPlusOne}, {@code @ExpectQueries} and the report.
 *
 * <p><b>Parallel tests.</b> With the id every request goes to its own test. Without it ({@code attach(null)},
 * a client that sends no header) a request goes to the only test running, and to none while several run
 * at once: counting a request for the wrong test would be worse than not counting it.
 *
 * <p><b>Performance.</b> A map lookup and one push per scope per attached request; nothing per statement.
 */
public final class TestScopes {

    /** The request header that carries the id of the test a request is sent for. */
    public static final String HEADER = "X-LeanJdbc-Test";

    private TestScopes() {}

    /** The id of the test running on the current thread, or {@code null} outside a recorded test. */
    public static String currentTestId() {
        return RunningTests.currentId();
    }

    /**
     * Attaches the current thread to the scopes of the running test {@code testId} (a value of {@link
     * #currentTestId()}); with {@code null}, to those of the only test running, if exactly one is. Close the
     * handle when the work is done; an unknown or finished test gives a handle that does nothing.
     */
    public static AnalysisScope.Attachment attach(String testId) {
        return RunningTests.attach(testId);
    }
}
