package dev.leanjdbc.junit.internal.report;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.junit.internal.RunningTests;
import dev.leanjdbc.junit.internal.Settings;
import dev.leanjdbc.junit.internal.SharedAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The suite report: registered with the launcher through {@code META-INF/services} (so it is always
 * loaded) and idle unless the configuration parameter {@code leanjdbc.report} is {@code true} (system
 * property or {@code junit-platform.properties}). Then it opens a scope of the shared analyzer around every
 * test — on the thread that runs the test, from its start to its end, so {@code @BeforeEach}/{@code
 * @AfterEach} count here — and at the end of the run writes {@code report.json} and {@code report.html}
 * into {@code leanjdbc.report.dir} (default {@code target/leanjdbc}). For tests where the {@code
 * LeanJdbcExtension} is active, the extension's report, which follows the test's {@code QueryScope} rule,
 * replaces the listener's.
 */
public final class SuiteReportListener implements TestExecutionListener {

    private SuiteCollector collector;
    private Path directory;
    private boolean sarif;
    private boolean annotations;
    private String sourceRoots;
    private final Map<String, AnalysisScope> scopes = new ConcurrentHashMap<>();
    private final Map<String, RunningTests.Registration> running = new ConcurrentHashMap<>();

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean on =
                plan.getConfigurationParameters().getBoolean(Settings.REPORT).orElse(false);
        if (on) {
            directory = Path.of(
                    plan.getConfigurationParameters().get(Settings.REPORT_DIR).orElse("target/leanjdbc"));
            var params = plan.getConfigurationParameters();
            sarif = params.getBoolean(Settings.REPORT_SARIF).orElse(true);
            annotations = params.getBoolean(Settings.REPORT_GITHUB_ANNOTATIONS)
                    .orElse("true".equals(System.getenv("GITHUB_ACTIONS")));
            sourceRoots = params.get(Settings.REPORT_SOURCE_ROOTS).orElse(Settings.DEFAULT_SOURCE_ROOTS);
            collector = SuiteCollector.activate();
        }
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (collector != null && id.isTest()) {
            AnalysisScope scope = SharedAnalyzer.get().scope(name(id));
            scopes.put(id.getUniqueId(), scope);
            // Requests the test sends to its own server attach their threads to this scope too (TestScopes).
            running.put(id.getUniqueId(), RunningTests.register(id.getUniqueId(), scope));
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (collector == null || !id.isTest()) {
            return;
        }
        AnalysisScope scope = scopes.remove(id.getUniqueId());
        RunningTests.Registration registration = running.remove(id.getUniqueId());
        if (registration != null) {
            registration.close();
        }
        if (scope == null) {
            return;
        }
        scope.close();
        TestEntry own = TestEntry.of(
                id.getUniqueId(),
                className(id),
                scope.name(),
                "whole test incl. @BeforeEach/@AfterEach, test thread",
                scope.report());
        collector.finished(id.getUniqueId(), own, result.getStatus().name());
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (collector == null) {
            return;
        }
        SuiteCollector c = collector;
        collector = null;
        c.deactivate();
        try {
            SuiteReport report = SuiteReport.of(c.tests(), c.droppedTests()).withStaleBaseline(c.staleBaseline());
            report.write(directory);
            if (sarif || annotations) {
                SourceRoots roots = new SourceRoots(Path.of(""), sourceRoots);
                if (sarif) {
                    report.writeSarif(directory, roots);
                }
                if (annotations) {
                    // GitHub reads workflow commands from the step's output, one per line
                    GithubAnnotations.lines(report, roots).forEach(System.out::println);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write the leanjdbc suite report to " + directory.toAbsolutePath(), e);
        }
    }

    private static String name(TestIdentifier id) {
        return id.getSource()
                .filter(MethodSource.class::isInstance)
                .map(MethodSource.class::cast)
                .map(m -> simple(m.getClassName()) + "." + m.getMethodName()
                        + (id.getDisplayName().startsWith(m.getMethodName() + "(") ? "" : " " + id.getDisplayName()))
                .orElse(id.getDisplayName());
    }

    private static String className(TestIdentifier id) {
        return id.getSource()
                .filter(MethodSource.class::isInstance)
                .map(s -> ((MethodSource) s).getClassName())
                .orElse("");
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
