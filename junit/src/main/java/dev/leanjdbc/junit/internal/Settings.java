package dev.leanjdbc.junit.internal;

import dev.leanjdbc.junit.QueryScope;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The settings of the JUnit support, read from JUnit configuration parameters: system properties or
 * {@code junit-platform.properties}.
 */
public final class Settings {

    /** Which phases count: {@code TEST_METHOD} (default) or {@code WITH_LIFECYCLE}. */
    public static final String PHASES = "leanjdbc.junit.scope.phases";

    /** Which threads count: {@code ATTACHED} (default) or {@code ALL}. */
    public static final String THREADS = "leanjdbc.junit.scope.threads";

    /** Finding types that fail every test of the suite, comma-separated, e.g. {@code N_PLUS_ONE}. */
    public static final String FAIL_ON = "leanjdbc.junit.failOn";

    /** Writes the suite report when {@code true}. */
    public static final String REPORT = "leanjdbc.report";

    /** Directory of the suite report (default {@code target/leanjdbc}). */
    public static final String REPORT_DIR = "leanjdbc.report.dir";

    /** Writes {@code report.sarif} beside the suite report unless {@code false}. */
    public static final String REPORT_SARIF = "leanjdbc.report.sarif";

    /**
     * Where the call sites' source files are looked up for SARIF and annotations, comma-separated, relative
     * to the working directory (default {@link #DEFAULT_SOURCE_ROOTS}).
     */
    public static final String REPORT_SOURCE_ROOTS = "leanjdbc.report.sourceRoots";

    public static final String DEFAULT_SOURCE_ROOTS = "src/main/java,src/test/java,src/main/kotlin,src/test/kotlin";

    /**
     * Prints a GitHub Actions annotation per finding at the end of the run; default {@code true} when the
     * environment variable {@code GITHUB_ACTIONS} is {@code true}, as GitHub sets it on its runners.
     */
    public static final String REPORT_GITHUB_ANNOTATIONS = "leanjdbc.report.githubAnnotations";

    private Settings() {}

    /** The rule for this test: the method's {@link QueryScope}, else its class's, else the settings. */
    public static QueryScope.Phases phases(ExtensionContext context) {
        Optional<QueryScope> a = annotation(context);
        if (a.isPresent()) {
            return a.get().phases();
        }
        return context.getConfigurationParameter(PHASES)
                .map(v -> parse(QueryScope.Phases.class, PHASES, v))
                .orElse(QueryScope.Phases.TEST_METHOD);
    }

    public static QueryScope.Threads threads(ExtensionContext context) {
        Optional<QueryScope> a = annotation(context);
        if (a.isPresent()) {
            return a.get().threads();
        }
        return context.getConfigurationParameter(THREADS)
                .map(v -> parse(QueryScope.Threads.class, THREADS, v))
                .orElse(QueryScope.Threads.ATTACHED);
    }

    private static Optional<QueryScope> annotation(ExtensionContext context) {
        return Annotations.find(context, QueryScope.class);
    }

    /** An enum constant by name, case-insensitive, or an error naming the key, the value and the choices. */
    public static <E extends Enum<E>> E parse(Class<E> type, String key, String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        StringBuilder choices = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            choices.append(choices.length() == 0 ? "" : ", ").append(e.name());
        }
        throw new IllegalArgumentException(key + " must be one of " + choices + ", was '" + value
                + "' (set it in junit-platform.properties" + " or as a system property)");
    }
}
