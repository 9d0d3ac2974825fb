package dev.leanjdbc.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeResultsTest {

    @TempDir
    Path dir;

    @Test
    void aBenchmarkInALaterFileReplacesAllItsEarlierRows() throws IOException {
        Path first = write(
                "first.json",
                run("A.x", "impl", "raw", 1.0),
                run("A.x", "impl", "old", 2.0),
                run("C.z", "impl", "raw", 5.0));
        Path second = write(
                "second.json",
                run("A.x", "impl", "raw", 1.1),
                run("A.x", "impl", "lean", 1.5),
                run("B.y", "impl", "raw", 9.0));
        Path out = dir.resolve("out.json");

        MergeResults.main(new String[] {"--out", out.toString(), first.toString(), second.toString()});

        List<JmhResult> merged = JmhResults.read(out);
        List<String> rows = new ArrayList<>();
        for (JmhResult r : merged) {
            rows.add(r.method() + " " + r.params().get("impl") + " " + r.score());
        }
        assertThat(rows).containsExactly("x raw 1.1", "x lean 1.5", "z raw 5.0", "y raw 9.0");
    }

    @Test
    void outputMayBeOneOfTheInputs() throws IOException {
        Path all = write("all.json", run("A.x", "impl", "raw", 1.0));
        Path again = write("again.json", run("A.x", "impl", "raw", 3.0));

        MergeResults.main(new String[] {"--out", all.toString(), all.toString(), again.toString()});

        assertThat(JmhResults.read(all))
                .singleElement()
                .extracting(JmhResult::score)
                .isEqualTo(3.0);
    }

    @Test
    void rejectsAFileThatIsNotAResultArray() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"benchmark\": \"A.x\"}");

        assertThatThrownBy(() -> MergeResults.merge(List.of(bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json is not a JMH JSON result");
    }

    @Test
    void namesTheUsageWhenArgumentsAreMissing() {
        assertThatThrownBy(() -> MergeResults.main(new String[] {"--out", "x.json"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("usage: --out <merged.json> <results.json>...");
    }

    private Path write(String name, String... runs) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "[" + String.join(",", runs) + "]");
        return p;
    }

    private static String run(String benchmark, String param, String value, double score) {
        return """
                {"jmhVersion": "1.37", "benchmark": "dev.leanjdbc.benchmarks.%s", "mode": "avgt", "threads": 1,
                 "forks": 2, "jvm": "java", "jdkVersion": "17.0.15", "vmName": "OpenJDK", "vmVersion": "17",
                 "warmupIterations": 3, "warmupTime": "1 s", "measurementIterations": 5, "measurementTime": "1 s",
                 "params": {"%s": "%s"},
                 "primaryMetric": {"score": %s, "scoreError": 0.1, "scoreUnit": "us/op", "rawData": [[%s]]},
                 "secondaryMetrics": {}}
                """.formatted(benchmark, param, value, score, score);
    }
}
