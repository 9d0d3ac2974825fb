package dev.leanjdbc.junit.internal.report;

import dev.leanjdbc.analyzer.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The tests of one suite run for the suite report. The {@link SuiteReportListener} makes it and keeps
 * the outcome of every test; the extension hands over its per-test report when it is active, since that
 * one follows the test's {@code QueryScope} rule. Bounded: at most {@link #MAX_TESTS} tests are kept.
 */
public final class SuiteCollector {

    static final int MAX_TESTS = 100_000;

    /** Extension reports waiting for their test to finish. */
    static final int MAX_PENDING = 10_000;

    private static volatile SuiteCollector active;

    private final Map<String, TestEntry> fromExtension = new ConcurrentHashMap<>();
    private final List<TestEntry> tests = new ArrayList<>();
    private long droppedTests;

    /** Hands over the extension's report of a test, when a suite report is being made. */
    public static void fromExtension(ExtensionContext context, String rule, Report report) {
        SuiteCollector c = active;
        if (c == null) {
            return;
        }
        String name = report.name();
        if (c.fromExtension.size() >= MAX_PENDING) {
            return; // reports of tests this run's listener never sees (e.g. nested engines) must not pile up
        }
        c.fromExtension.put(
                context.getUniqueId(),
                TestEntry.of(
                        context.getUniqueId(), context.getRequiredTestClass().getName(), name, rule, report));
    }

    static SuiteCollector activate() {
        SuiteCollector previous = active;
        SuiteCollector c = new SuiteCollector();
        c.previous = previous;
        active = c;
        return c;
    }

    private SuiteCollector previous;

    /** Baseline entries no finding of the run matched, per baseline file. */
    private final Map<String, List<String>> staleBaseline = new java.util.TreeMap<>();

    /**
     * Hands over the entries of the baseline {@code file} that no finding of the run matched (the code was
     * fixed: the entries can go), when a suite report is being made.
     */
    public static void baselineStale(String file, List<String> entries) {
        SuiteCollector c = active;
        if (c != null) {
            synchronized (c.staleBaseline) {
                c.staleBaseline.put(file, List.copyOf(entries));
            }
        }
    }

    Map<String, List<String>> staleBaseline() {
        synchronized (staleBaseline) {
            return Map.copyOf(staleBaseline);
        }
    }

    void deactivate() {
        active = previous;
    }

    /** Records a finished test: the extension's entry when there is one, else the listener's own. */
    void finished(String uniqueId, TestEntry listenerEntry, String status) {
        TestEntry e = fromExtension.remove(uniqueId);
        TestEntry chosen = (e != null ? e : listenerEntry).withStatus(status);
        synchronized (tests) {
            if (tests.size() < MAX_TESTS) {
                tests.add(chosen);
            } else {
                droppedTests++;
            }
        }
    }

    List<TestEntry> tests() {
        synchronized (tests) {
            return List.copyOf(tests);
        }
    }

    long droppedTests() {
        synchronized (tests) {
            return droppedTests;
        }
    }
}
