package dev.leanjdbc.benchmarks.report;

import dev.leanjdbc.benchmarks.streaming.HeapRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders JMH JSON results into the Markdown report and its SVG charts.
 *
 * <pre>
 * java -cp benchmarks.jar dev.leanjdbc.benchmarks.report.ReportRenderer \
 *     --results benchmarks/results/full-2026-01-31-120000.json --preset full \
 *     --out docs/benchmarks.md --charts docs/benchmarks [--date 2026-01-31] [--note "2-core VM"]
 * </pre>
 *
 * The chart directory holds only this report's charts: SVG files in it that the report no longer links are
 * deleted, so charts of renamed or removed benchmarks do not linger.
 */
public final class ReportRenderer {

    private static final Set<String> OPTIONS =
            Set.of("--results", "--preset", "--out", "--charts", "--date", "--note", "--heap");

    private ReportRenderer() {}

    public static void main(String[] args) {
        Map<String, String> options = parse(args);
        Path results = Path.of(required(options, "--results"));
        Path out = Path.of(required(options, "--out"));
        Path charts = Path.of(required(options, "--charts"));
        MarkdownReport.Run run = new MarkdownReport.Run(
                required(options, "--preset"),
                options.getOrDefault("--date", LocalDate.now(ZoneOffset.UTC).toString()),
                results.toString(),
                options.get("--note"));
        String heapFile = options.get("--heap");
        List<HeapRun.Measurement> heap = heapFile == null ? List.of() : HeapRun.read(Path.of(heapFile));
        render(JmhResults.read(results), run, Machine.detect(), out, charts, heap);
        System.out.println("Wrote " + out + " and its charts in " + charts);
    }

    static void render(List<JmhResult> results, MarkdownReport.Run run, Machine machine, Path out, Path charts) {
        render(results, run, machine, out, charts, List.of());
    }

    static void render(
            List<JmhResult> results,
            MarkdownReport.Run run,
            Machine machine,
            Path out,
            Path charts,
            List<HeapRun.Measurement> heap) {
        Path base = out.toAbsolutePath().getParent();
        String chartLink = base.relativize(charts.toAbsolutePath()).toString().replace('\\', '/');
        MarkdownReport.Rendered rendered = new MarkdownReport(
                        results, run, machine, chartLink, MarkdownReport::classpathNotes)
                .withHeap(heap)
                .withClaims(Claims.ALL)
                .render();
        try {
            Files.createDirectories(charts);
            try (DirectoryStream<Path> old = Files.newDirectoryStream(charts, "*.svg")) {
                for (Path svg : old) {
                    if (!rendered.charts().containsKey(svg.getFileName().toString())) {
                        Files.delete(svg);
                    }
                }
            }
            for (Map.Entry<String, String> chart : rendered.charts().entrySet()) {
                Files.writeString(charts.resolve(chart.getKey()), chart.getValue(), StandardCharsets.UTF_8);
            }
            Files.writeString(out, rendered.markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + out + " or its charts in " + charts, e);
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i])) {
                throw new IllegalArgumentException("unknown option '" + args[i] + "'; known: " + OPTIONS);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing option " + name + "; usage: --results <jmh.json> --preset"
                    + " <quick|full> --out <report.md> --charts <dir> [--date <text>] [--note <text>]");
        }
        return value;
    }
}
