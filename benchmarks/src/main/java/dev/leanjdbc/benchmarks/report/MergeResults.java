package dev.leanjdbc.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges JMH JSON result files into one, for the report:
 *
 * <pre>
 * java -cp benchmarks.jar dev.leanjdbc.benchmarks.report.MergeResults --out all.json first.json second.json
 * </pre>
 *
 * A benchmark method found in several files keeps the rows of the last file that has it, at the place it
 * first appeared: re-running one benchmark after a change (parameters added or removed included) and merging
 * its file last replaces all its rows and nothing else. {@code --out} may name one of the inputs.
 */
public final class MergeResults {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MergeResults() {}

    public static void main(String[] args) {
        if (args.length < 3 || !"--out".equals(args[0])) {
            throw new IllegalArgumentException(
                    "usage: --out <merged.json> <results.json>...; was " + String.join(" ", args));
        }
        List<Path> inputs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        ArrayNode merged = merge(inputs);
        write(merged, Path.of(args[1]));
        System.out.println(
                "Merged " + merged.size() + " configurations from " + inputs.size() + " files into " + args[1]);
    }

    static ArrayNode merge(List<Path> inputs) {
        // benchmark method -> its rows, in first-seen order; a later file's rows of a method replace them all
        Map<String, List<JsonNode>> byBenchmark = new LinkedHashMap<>();
        for (Path input : inputs) {
            JsonNode root = read(input);
            if (!root.isArray()) {
                throw new IllegalArgumentException(input + " is not a JMH JSON result (an array of runs)");
            }
            Map<String, List<JsonNode>> fromThisFile = new LinkedHashMap<>();
            for (JsonNode run : root) {
                fromThisFile
                        .computeIfAbsent(run.path("benchmark").asText(), b -> new ArrayList<>())
                        .add(run);
            }
            fromThisFile.forEach((benchmark, runs) -> {
                List<JsonNode> rows = byBenchmark.computeIfAbsent(benchmark, b -> new ArrayList<>());
                rows.clear();
                rows.addAll(runs);
            });
        }
        ArrayNode merged = MAPPER.createArrayNode();
        byBenchmark.values().forEach(rows -> rows.forEach(merged::add));
        return merged;
    }

    private static JsonNode read(Path input) {
        try {
            return MAPPER.readTree(input.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JMH results " + input, e);
        }
    }

    private static void write(ArrayNode merged, Path out) {
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), merged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }
}
