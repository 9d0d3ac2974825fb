package dev.leanjdbc.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JmhResultsTest {

    @Test
    void readsPrimaryScoreParamsAndAllocationPerOperation() {
        List<JmhResult> results = Fixtures.results();

        assertThat(results).hasSize(6);
        JmhResult first = results.get(0);
        assertThat(first.benchmark())
                .isEqualTo("dev.leanjdbc.benchmarks.analyzer.WrapperOverheadBenchmark.primaryKeyLookup");
        assertThat(first.className()).isEqualTo("dev.leanjdbc.benchmarks.analyzer.WrapperOverheadBenchmark");
        assertThat(first.simpleClassName()).isEqualTo("WrapperOverheadBenchmark");
        assertThat(first.method()).isEqualTo("primaryKeyLookup");
        assertThat(first.mode()).isEqualTo("avgt");
        assertThat(first.params()).containsExactly(Map.entry("backend", "stub"), Map.entry("wrapper", "raw"));
        assertThat(first.score()).isEqualTo(0.1);
        assertThat(first.scoreError()).isEqualTo(0.01);
        assertThat(first.unit()).isEqualTo("us/op");
        assertThat(first.allocatedBytesPerOp()).isEqualTo(112.0);
        assertThat(first.settings().forks()).isEqualTo(2);
        assertThat(first.settings().jdkVersion()).isEqualTo("17.0.15");
        assertThat(first.settings().measurementTime()).isEqualTo("2 s");
    }

    @Test
    void nanErrorsAndMissingGcMetricsBecomeNaN() {
        JmhResult stream = Fixtures.results().get(4);

        assertThat(stream.scoreError()).isNaN();
        assertThat(stream.hasAllocation()).isFalse();
        assertThat(stream.allocatedBytesPerOp()).isNaN();
    }

    @Test
    void rejectsJsonThatIsNotAResultArray() {
        assertThatThrownBy(() -> JmhResults.read(
                        new ByteArrayInputStream("{\"benchmark\":\"x\"}".getBytes(StandardCharsets.UTF_8)), "bad.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json is not a JMH JSON result file")
                .hasMessageContaining("OBJECT");
    }

    @Test
    void rejectsAResultWithoutPrimaryMetric() {
        assertThatThrownBy(() -> JmhResults.read(
                        new ByteArrayInputStream(
                                "[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\"}]".getBytes(StandardCharsets.UTF_8)),
                        "partial.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("partial.json: result of a.B.c has no primaryMetric");
    }
}
