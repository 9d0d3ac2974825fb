package dev.leanjdbc.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import javax.sql.DataSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs sample test classes (static nested classes, which Surefire does not run by itself) in a nested
 * Jupiter engine, against the database of the calling test.
 */
final class Samples {

    private static volatile DataSource dataSource;

    private Samples() {}

    /** The database of the running outer test, for {@code @AnalyzedDataSource} members of samples. */
    static DataSource dataSource() {
        DataSource ds = dataSource;
        if (ds == null) {
            throw new IllegalStateException("samples run only from their outer test (Samples.run)");
        }
        return ds;
    }

    static EngineExecutionResults run(DataSource ds, Class<?> sample) {
        return run(ds, sample, Map.of());
    }

    static EngineExecutionResults run(DataSource ds, Class<?> sample, Map<String, String> configuration) {
        dataSource = ds;
        try {
            return EngineTestKit.engine("junit-jupiter")
                    .configurationParameters(configuration)
                    .selectors(selectClass(sample))
                    .execute();
        } finally {
            dataSource = null;
        }
    }

    /** Runs {@code body} with {@code ds} as the samples' database. */
    static void withDataSource(DataSource ds, Runnable body) {
        dataSource = ds;
        try {
            body.run();
        } finally {
            dataSource = null;
        }
    }

    /** The failure message of the test method {@code name}, or null when it passed. */
    static String failureOf(EngineExecutionResults results, String name) {
        org.junit.platform.testkit.engine.Event event = results.testEvents().finished().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(name + "("))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no test " + name + " ran"));
        return event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .orElseThrow()
                .getThrowable()
                .map(Throwable::getMessage)
                .orElse(null);
    }

    /** Times vary between runs: {@code 2.1 ms} becomes {@code T ms}. */
    static String withoutTimes(String message) {
        return message == null ? null : message.replaceAll("\\d+\\.\\d ms", "T ms");
    }
}
