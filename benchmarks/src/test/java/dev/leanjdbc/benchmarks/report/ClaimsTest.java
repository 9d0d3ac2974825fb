package dev.leanjdbc.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

class ClaimsTest {

    private static final List<String> PACKAGES =
            List.of("analyzer", "bulk", "fetch", "inserts", "jooqrecords", "production", "streaming");

    @Test
    void fitOnOneScreen() {
        assertThat(Claims.ALL).hasSizeBetween(10, 25);
    }

    /** A typo in a declaration would read as "not measured" forever: every name must be the benchmark's. */
    @Test
    void everyClaimNamesAnExistingBenchmarkMethodAndItsParameters() throws Exception {
        for (Claim claim : Claims.ALL) {
            Class<?> type = benchmarkClass(claim.className());
            assertThat(java.util.Arrays.stream(type.getMethods()).map(java.lang.reflect.Method::getName))
                    .as(claim.text())
                    .contains(claim.method());
            List<Map<String, String>> selectors = new ArrayList<>(claim.baselines());
            selectors.add(claim.measured());
            for (Map<String, String> selector : selectors) {
                for (String name : selector.keySet()) {
                    Field field = type.getField(name);
                    assertThat(field.getAnnotation(Param.class))
                            .as("%s: %s.%s is a @Param", claim.text(), type.getSimpleName(), name)
                            .isNotNull();
                }
            }
            if (claim.bar().unitParam() != null) {
                assertThat(type.getField(claim.bar().unitParam()).getAnnotation(Param.class))
                        .isNotNull();
            }
        }
    }

    @Test
    void everyClaimOnTheCommittedFullRunFindsItsRowsUnlessTheyAreNewerThanTheRun() {
        List<JmhResult> run = JmhResults.read(Path.of("results/full-2026-11-28-051513.json"));
        List<String> notMeasured = Claims.ALL.stream()
                .filter(c -> c.check(run).verdict() == Claim.Verdict.NOT_MEASURED)
                .map(Claim::text)
                .toList();

        // 1,000,000 detector events and the MariaDB streams were not part of that run; everything else was.
        assertThat(notMeasured).allSatisfy(text -> assertThat(text).containsAnyOf("1,000,000 events", "MariaDB"));
    }

    private static Class<?> benchmarkClass(String simpleName) {
        for (String p : PACKAGES) {
            try {
                return Class.forName("dev.leanjdbc.benchmarks." + p + "." + simpleName);
            } catch (ClassNotFoundException e) {
                // next package
            }
        }
        throw new AssertionError("no benchmark class " + simpleName + " in " + PACKAGES);
    }
}
