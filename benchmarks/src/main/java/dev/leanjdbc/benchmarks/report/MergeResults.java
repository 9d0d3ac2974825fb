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
 * A configuration (benchmark, mode and parameters) found in several files keeps the entry of the last file
 * that has it, at the place it first appeared: re-running one benchmark after a change and merging its file
 * last replaces just its rows. {@code --out} may name one of the inputs.
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
        Map<String, JsonNode> byConfiguration = new LinkedHashMap<>();
        for (Path input : inputs) {
            JsonNode root = read(input);
            if (!root.isArray()) {
                throw new IllegalArgumentException(input + " is not a JMH JSON result (an array of runs)");
            }
            for (JsonNode run : root) {
                byConfiguration.put(key(run), run);
            }
        }
        ArrayNode merged = MAPPER.createArrayNode();
        byConfiguration.values().forEach(merged::add);
        return merged;
    }

    private static String key(JsonNode run) {
        StringBuilder key = new StringBuilder(run.path("benchmark").asText())
                .append(' ')
                .append(run.path("mode").asText());
        run.path("params")
                .fields()
                .forEachRemaining(p -> key.append(' ')
                        .append(p.getKey())
                        .append('=')
                        .append(p.getValue().asText()));
        return key.toString();
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
