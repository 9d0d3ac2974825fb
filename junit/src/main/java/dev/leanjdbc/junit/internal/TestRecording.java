package dev.leanjdbc.junit.internal;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.junit.QueryScope;
import java.util.List;

/**
 * What is being recorded for one test: a scope on the test thread (always, so the test can attach other
 * threads to it), and with {@link QueryScope.Threads#ALL} a collector of every thread's events too.
 */
public final class TestRecording {

    private final AnalysisScope scope;
    private final EventCollector allThreads;
    private final QueryScope.Phases phases;
    private final QueryScope.Threads threads;
    private final RunningTests.Registration running;
    private Report finalReport;

    private TestRecording(String uniqueId, String name, QueryScope.Phases phases, QueryScope.Threads threads) {
        this.phases = phases;
        this.threads = threads;
        this.allThreads = threads == QueryScope.Threads.ALL ? SharedAnalyzer.collectAllThreads(name) : null;
        this.scope = SharedAnalyzer.get().scope(name);
        // Requests the test sends to its own server attach their threads to this scope (TestScopes).
        this.running = RunningTests.register(uniqueId, scope);
    }

    /** Starts recording on the current thread for the test of JUnit unique id {@code uniqueId}. */
    public static TestRecording start(
            String uniqueId, String name, QueryScope.Phases phases, QueryScope.Threads threads) {
        return new TestRecording(uniqueId, name, phases, threads);
    }

    public AnalysisScope scope() {
        return scope;
    }

    public QueryScope.Phases phases() {
        return phases;
    }

    public QueryScope.Threads threads() {
        return threads;
    }

    /** The rule, in words, for reports: {@code "test method, attached threads"}. */
    public String rule() {
        return (phases == QueryScope.Phases.TEST_METHOD ? "test method" : "test method with @BeforeEach/@AfterEach")
                + ", " + (threads == QueryScope.Threads.ATTACHED ? "test thread and attached threads" : "all threads");
    }

    /** What was recorded so far, or the final report once stopped. */
    public synchronized Report report() {
        if (finalReport != null) {
            return finalReport;
        }
        return allThreads != null ? allThreads.report(false, this::findingsOfScope) : scope.snapshot();
    }

    /**
     * Findings for the all-threads report: those of the test's scope (test thread and attached threads),
     * because the analyzer's detectors run only on its own scopes.
     */
    private List<Finding> findingsOfScope(Report ignored) {
        return scope.snapshot().allFindings();
    }

    /** Stops recording and returns the final report; idempotent. */
    public synchronized Report stop() {
        if (finalReport == null) {
            running.close();
            scope.close();
            if (allThreads != null) {
                SharedAnalyzer.stopCollecting(allThreads);
                finalReport = allThreads.report(true, this::findingsOfScope);
            } else {
                finalReport = scope.report();
            }
        }
        return finalReport;
    }
}
