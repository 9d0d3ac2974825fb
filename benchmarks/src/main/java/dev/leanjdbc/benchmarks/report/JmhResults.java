package dev.leanjdbc.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON that JMH writes with {@code -rf json}. */
public final class JmhResults {

    static final String ALLOCATION_METRIC = "gc.alloc.rate.norm";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JmhResults() {}

    public static List<JmhResult> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JMH results from " + file, e);
        }
    }

    static List<JmhResult> read(InputStream in, String source) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(source + " is not a JMH JSON result file: expected an array of"
                    + " results, found " + (root == null ? "nothing" : root.getNodeType()));
        }
        List<JmhResult> results = new ArrayList<>();
        for (JsonNode node : root) {
            results.add(result(node, source));
        }
        return results;
    }

    private static JmhResult result(JsonNode node, String source) {
        String benchmark = text(node, "benchmark", source);
        JsonNode primary = node.path("primaryMetric");
        if (primary.isMissingNode()) {
            throw new IllegalArgumentException(source + ": result of " + benchmark + " has no primaryMetric");
        }
        Map<String, String> params = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.path("params").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            params.put(field.getKey(), field.getValue().asText());
        }
        JsonNode allocation = node.path("secondaryMetrics").path(ALLOCATION_METRIC);
        return new JmhResult(
                benchmark,
                text(node, "mode", source),
                params,
                number(primary.path("score")),
                number(primary.path("scoreError")),
                primary.path("scoreUnit").asText(""),
                number(allocation.path("score")),
                number(allocation.path("scoreError")),
                new JmhResult.RunSettings(
                        node.path("jmhVersion").asText(""),
                        node.path("jdkVersion").asText(""),
                        node.path("vmName").asText(""),
                        node.path("vmVersion").asText(""),
                        node.path("forks").asInt(),
                        node.path("threads").asInt(),
                        node.path("warmupIterations").asInt(),
                        node.path("warmupTime").asText(""),
                        node.path("measurementIterations").asInt(),
                        node.path("measurementTime").asText("")));
    }

    private static String text(JsonNode node, String field, String source) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException(source + ": a result has no text field '" + field + "'");
        }
        return value.asText();
    }

    /** JMH writes NaN and infinities as strings ("NaN"); a missing metric is NaN too. */
    private static double number(JsonNode value) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual()) {
            try {
                return Double.parseDouble(value.asText());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
