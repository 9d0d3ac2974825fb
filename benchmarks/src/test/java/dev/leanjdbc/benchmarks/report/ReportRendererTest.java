package dev.leanjdbc.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRendererTest {

    @TempDir
    Path dir;

    @Test
    void writesTheReportAndItsChartsAndRemovesChartsItNoLongerLinks() throws Exception {
        Path charts = dir.resolve("docs/benchmarks");
        Files.createDirectories(charts);
        Files.writeString(charts.resolve("RemovedBenchmark-old.svg"), "<svg/>");
        Path out = dir.resolve("docs/benchmarks.md");

        ReportRenderer.render(
                Fixtures.results(),
                new MarkdownReport.Run("quick", "2026-01-31", "results/quick.json", null),
                Fixtures.machine(),
                out,
                charts);

        assertThat(Files.readString(out)).contains("(benchmarks/StreamBenchmark-readAll.svg)");
        try (Stream<Path> files = Files.list(charts)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "WrapperOverheadBenchmark-primaryKeyLookup-backend_stub.svg",
                            "WrapperOverheadBenchmark-primaryKeyLookup-backend_stub-alloc.svg",
                            "WrapperOverheadBenchmark-primaryKeyLookup-backend_h2.svg",
                            "WrapperOverheadBenchmark-primaryKeyLookup-backend_h2-alloc.svg",
                            "StreamBenchmark-readAll.svg");
        }
        for (Path svg : Files.newDirectoryStream(charts)) {
            assertThat(SvgBarChartTest.parse(Files.readString(svg))
                            .getDocumentElement()
                            .getLocalName())
                    .isEqualTo("svg");
        }
    }

    @Test
    void mainNamesAMissingOption() {
        assertThatThrownBy(() -> ReportRenderer.main(new String[] {"--results", "x.json"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("missing option --out; usage:");
        assertThatThrownBy(() -> ReportRenderer.main(new String[] {"--bogus", "1"}))
                .hasMessageStartingWith("unknown option '--bogus'");
    }
}
