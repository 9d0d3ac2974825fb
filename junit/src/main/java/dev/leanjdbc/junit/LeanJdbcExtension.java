package dev.leanjdbc.junit;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.junit.internal.DataSourceLocator;
import dev.leanjdbc.junit.internal.Expectations;
import dev.leanjdbc.junit.internal.ScaleTemplate;
import dev.leanjdbc.junit.internal.Settings;
import dev.leanjdbc.junit.internal.SharedAnalyzer;
import dev.leanjdbc.junit.internal.TestRecording;
import dev.leanjdbc.junit.internal.contract.Contracts;
import dev.leanjdbc.junit.internal.report.SuiteCollector;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Records each test's statements in a scope of the shared analyzer and checks them against the test's
 * annotations ({@link ExpectQueries}, {@link MaxQueries}, {@link NoNPlusOne}, {@link NoFindings}, {@link
 * ExpectFinding}, {@link QueryContract}, {@link ConstantQueries}) and the suite default {@code leanjdbc.junit.failOn}. Register it with {@link
 * LeanJdbcTest} or {@code @ExtendWith(LeanJdbcExtension.class)}.
 *
 * <h2>Which statements count</h2>
 *
 * By default ({@link QueryScope}): the test method body — from this extension's {@code
 * BeforeTestExecutionCallback} to its {@code AfterTestExecutionCallback}, so {@code @BeforeEach} and
 * {@code @AfterEach} fixtures do not count — on the test thread, plus any thread the test {@linkplain
 * AnalysisScope#attach() attaches} to its scope. Switch with {@code @QueryScope} or the settings {@code
 * leanjdbc.junit.scope.phases} ({@code TEST_METHOD}, {@code WITH_LIFECYCLE}) and {@code
 * leanjdbc.junit.scope.threads} ({@code ATTACHED}, {@code ALL}).
 *
 * <h2>Parameters</h2>
 *
 * {@link RecordedDataSource} (the class's {@link AnalyzedDataSource}, recorded), {@link AnalysisScope}
 * (the test's scope) and {@link QueryAnalyzer} (the shared analyzer).
 *
 * <p>Statements count only when they run through a DataSource wrapped by {@link #analyzer()}: a {@link
 * RecordedDataSource}, {@link #wrap(DataSource)}, or a Spring {@code BeanPostProcessor} (see {@code
 * docs/junit.md}).
 */
public final class LeanJdbcExtension
        implements BeforeEachCallback,
                BeforeTestExecutionCallback,
                AfterTestExecutionCallback,
                AfterEachCallback,
                ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(LeanJdbcExtension.class);
    private static final String RECORDING = "recording";

    /**
     * The analyzer of the test JVM whose scopes the extension opens. It captures every call site ({@code
     * CallSiteMode.ALWAYS}) unless the system property {@code leanjdbc.analyzer.callSiteMode} says
     * otherwise; the other {@code leanjdbc.analyzer.*} properties apply as for any analyzer.
     */
    public static QueryAnalyzer analyzer() {
        return SharedAnalyzer.get();
    }

    /** {@code dataSource} wrapped by {@link #analyzer()} (unchanged when that analyzer records it already; another analyzer's wrapper is wrapped again, and both record). */
    public static DataSource wrap(DataSource dataSource) {
        return analyzer().wrap(dataSource);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (Settings.phases(context) == QueryScope.Phases.WITH_LIFECYCLE) {
            start(context);
        }
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        if (Settings.phases(context) == QueryScope.Phases.TEST_METHOD) {
            start(context);
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (Settings.phases(context) == QueryScope.Phases.TEST_METHOD) {
            finish(context);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        finish(context);
    }

    private static void start(ExtensionContext context) {
        // The test class's package is the application's: call sites name its code before other frames.
        String pkg = context.getTestClass().map(Class::getPackageName).orElse("");
        if (!pkg.isEmpty()) {
            SharedAnalyzer.get().addApplicationPackages(pkg);
        }
        TestRecording recording = TestRecording.start(
                context.getUniqueId(), testName(context), Settings.phases(context), Settings.threads(context));
        context.getStore(NS).put(RECORDING, recording);
        Contracts.enter(context);
    }

    private static void finish(ExtensionContext context) {
        TestRecording recording = context.getStore(NS).remove(RECORDING, TestRecording.class);
        if (recording == null) {
            return;
        }
        Contracts.enter(null);
        Report report = recording.stop();
        List<String> failures = Expectations.check(context, report);
        String scale = ScaleTemplate.check(context, report); // also told of runs that failed by themselves
        if (scale != null) {
            failures.add(scale);
        }
        // a test that failed by itself neither breaks nor records its contract
        if (context.getExecutionException().isEmpty()) {
            String contract = Expectations.contract(context, report);
            if (contract != null) {
                failures.add(contract);
            }
        }
        SuiteCollector.fromExtension(context, recording.rule(), report);
        // A test that already failed keeps its own failure; counts after an exception say little.
        if (!failures.isEmpty() && context.getExecutionException().isEmpty()) {
            throw Expectations.toError(failures);
        }
    }

    /** {@code OrdersTest.listsOrders} plus the invocation's name for repeated or templated tests. */
    static String testName(ExtensionContext context) {
        String method = context.getTestMethod().map(m -> m.getName()).orElse("");
        String className = context.getRequiredTestClass().getName();
        String name = className.substring(className.lastIndexOf('.') + 1) + "." + method;
        String display = context.getDisplayName();
        return display.startsWith(method + "(") ? name : name + " " + display;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RecordedDataSource.class || type == AnalysisScope.class || type == QueryAnalyzer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == QueryAnalyzer.class) {
            return analyzer();
        }
        if (type == RecordedDataSource.class) {
            return new RecordedDataSource(wrap(DataSourceLocator.find(context)), () -> recording(context));
        }
        try {
            return recording(context).scope();
        } catch (IllegalStateException e) {
            throw new ParameterResolutionException(e.getMessage());
        }
    }

    private static TestRecording recording(ExtensionContext context) {
        TestRecording r = context.getStore(NS).get(RECORDING, TestRecording.class);
        if (r == null) {
            throw new IllegalStateException("The test's recording has not started here: with "
                    + Settings.PHASES + "=TEST_METHOD (the default) it covers only the test method; ask for the"
                    + " scope or report in the test method, or use @QueryScope(phases = WITH_LIFECYCLE)");
        }
        return r;
    }
}
