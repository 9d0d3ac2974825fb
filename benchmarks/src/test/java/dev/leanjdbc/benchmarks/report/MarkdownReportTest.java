package dev.leanjdbc.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.benchmarks.streaming.HeapRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private static MarkdownReport.Rendered render(String preset) {
        MarkdownReport.Run run = new MarkdownReport.Run(
                preset, "2026-01-31", "benchmarks/results/" + preset + "-2026-01-31.json", "2-core VM");
        return new MarkdownReport(Fixtures.results(), run, Fixtures.machine(), "benchmarks", MarkdownReportTest::notes)
                .render();
    }

    @Test
    void tableRowsCarryScoreErrorUnitRatioAndBytes() {
        String md = render("full").markdown();

        assertThat(md)
                .contains(
                        "| benchmark | backend | wrapper | score ± error | unit | ratio | B/op | Δ B/op |\n"
                                + "|---|---|---|---:|---|---:|---:|---:|\n"
                                + "| primaryKeyLookup | stub | raw | 0.1000 ± 0.0100 | µs/op | baseline | 112 |  |\n"
                                + "| primaryKeyLookup | stub | datasource-proxy | 0.5000 ± 0.0500 | µs/op | 5.00× | 4,712 | +4,600 |\n"
                                + "| primaryKeyLookup | h2 | raw | 2.000 ± 0.1000 | µs/op | baseline | 2,096 |  |\n"
                                + "| primaryKeyLookup | h2 | datasource-proxy | 2.500 ± 0.2000 | µs/op | 1.25× | 6,700 | +4,604 |\n")
                .contains("| readAll | jdbc-loop | 1,000 ± n/a | µs/op | baseline | — |  |\n"
                        + "| readAll | leanjdbc-stream | 1,100 ± n/a | µs/op | 1.10× | — | — |\n")
                .contains("Baseline: `wrapper=raw`.")
                .contains("Baseline: `approach=jdbc-loop`.");
    }

    @Test
    void smallHeapRunsAreATableOfOutcomesAndHeapAfterGc() {
        MarkdownReport.Run run = new MarkdownReport.Run("full", "2026-01-31", "x.json", null);
        String md = new MarkdownReport(Fixtures.results(), run, Fixtures.machine(), "benchmarks", c -> null)
                .withHeap(List.of(
                        new HeapRun.Measurement(
                                "POSTGRES",
                                "raw",
                                2_000_000,
                                "64m",
                                true,
                                false,
                                0,
                                9_000_000,
                                9_000_000,
                                6_000,
                                2_000_000_000L),
                        new HeapRun.Measurement(
                                "POSTGRES",
                                "leanjdbc",
                                2_000_000,
                                "64m",
                                true,
                                false,
                                0,
                                9_437_184,
                                9_961_472,
                                7_580,
                                2_500_000_000L),
                        new HeapRun.Measurement(
                                "POSTGRES", "jooqFetchStream", 2_000_000, "64m", false, true, 3, -1, -1, 3_715, 0)))
                .render()
                .markdown();

        assertThat(md)
                .contains("## Streaming in a small heap\n\nNot JMH: each way reads the same 2,000,000 rows")
                .contains("`-Xmx64m`")
                .contains("| POSTGRES | raw | finished | 8.6 MiB | 8.6 MiB | 1,000,000 | 1.00× | 6.0 s |\n")
                .contains("| POSTGRES | leanjdbc | finished | 9.0 MiB | 9.5 MiB | 800,000 | 0.80× | 7.6 s |\n")
                .contains("| POSTGRES | jooqFetchStream | **out of memory** | — | — | — | — | 3.7 s |\n");
        // The fixtures have no StreamingBenchmark section, so the table comes last.
        assertThat(md.indexOf("## Streaming in a small heap")).isGreaterThan(md.indexOf("## StreamBenchmark"));
    }

    @Test
    void headerStatesTheRunAndTheMachine() {
        String md = render("full").markdown();

        assertThat(md)
                .contains("| Date | 2026-01-31 |")
                .contains("| JDK | 17.0.15 (OpenJDK 64-Bit Server VM 17.0.15+6-Debian-1deb12u1) |")
                .contains("| CPU | Test CPU 3000, 2 cores |")
                .contains("| OS | Linux 6.1 (amd64) |")
                .contains("| H2 (in-process database) | 2.3.232 |")
                .contains("| Note | 2-core VM |")
                .contains("| JMH | 1.37, mode average time, `-prof gc` |")
                .contains("2 forks, warm-up 5 × 2 s, measurement 10 × 2 s, 1 thread; 1 fork,")
                .contains("| Raw results | `benchmarks/results/full-2026-01-31.json` |")
                .doesNotContain("not for publication");
    }

    @Test
    void anythingButTheFullPresetIsMarkedNotForPublication() {
        String md = render("quick").markdown();

        assertThat(md).contains("> **quick preset — not for publication.**").contains("(not kept in git)");
    }

    @Test
    void linksATimeAndAnAllocationChartPerGroupAndRendersEach() {
        MarkdownReport.Rendered rendered = render("full");

        assertThat(rendered.charts())
                .containsOnlyKeys(
                        "WrapperOverheadBenchmark-primaryKeyLookup-backend_stub.svg",
                        "WrapperOverheadBenchmark-primaryKeyLookup-backend_stub-alloc.svg",
                        "WrapperOverheadBenchmark-primaryKeyLookup-backend_h2.svg",
                        "WrapperOverheadBenchmark-primaryKeyLookup-backend_h2-alloc.svg",
                        "StreamBenchmark-readAll.svg");
        assertThat(rendered.markdown())
                .contains("![WrapperOverheadBenchmark.primaryKeyLookup — backend=h2]"
                        + "(benchmarks/WrapperOverheadBenchmark-primaryKeyLookup-backend_h2.svg)")
                .contains("![WrapperOverheadBenchmark.primaryKeyLookup — backend=h2 — allocation]"
                        + "(benchmarks/WrapperOverheadBenchmark-primaryKeyLookup-backend_h2-alloc.svg)")
                .contains("![StreamBenchmark.readAll](benchmarks/StreamBenchmark-readAll.svg)")
                .as("no allocation chart without -prof gc")
                .doesNotContain("StreamBenchmark-readAll-alloc.svg");
        assertThat(rendered.charts().get("WrapperOverheadBenchmark-primaryKeyLookup-backend_h2-alloc.svg"))
                .contains("6,700")
                .contains("+4,604 B");
    }

    @Test
    void refusesAnEmptyRun() {
        MarkdownReport.Run run = new MarkdownReport.Run("quick", "2026-01-31", "x.json", null);
        assertThatThrownBy(() -> new MarkdownReport(List.of(), run, Fixtures.machine(), "benchmarks", c -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no benchmark results to report");
    }

    private static String notes(String className) {
        return className.endsWith("StreamBenchmark") ? "Streams *everything*." : null;
    }

    @Test
    void printsAClassNoteUnderItsHeading() {
        String md = render("full").markdown();

        assertThat(md).contains("Baseline: `approach=jdbc-loop`.\n\nStreams *everything*.\n\n| benchmark |");
        assertThat(MarkdownReport.classpathNotes("dev.leanjdbc.benchmarks.analyzer.WrapperOverheadBenchmark"))
                .as("the note beside the wrapper benchmark")
                .contains("datasource-proxy");
        assertThat(MarkdownReport.classpathNotes("no.such.Benchmark")).isNull();
    }

    @Test
    void onlyGitIgnoredResultFilesAreSaidToBeOutOfGit() {
        assertThat(MarkdownReport.ignoredByGit("benchmarks/results/quick-2026-01-31-120000.json"))
                .isTrue();
        assertThat(MarkdownReport.ignoredByGit("benchmarks/target/smoke/smoke-2026-01-31.json"))
                .isTrue();
        assertThat(MarkdownReport.ignoredByGit("benchmarks/results/full-2026-01-31.json"))
                .isFalse();
        assertThat(MarkdownReport.ignoredByGit("benchmarks/results/lead/session1.json"))
                .isFalse();
    }

    @Test
    void opensWithTheClaimsTableAfterTheRunAndBeforeTheBenchmarkSections() {
        MarkdownReport.Run run = new MarkdownReport.Run("full", "2026-01-31", "x.json", null);
        List<Claim> claims = List.of(
                Claim.of(
                        "datasource-proxy costs at most 1.5× raw on H2",
                        "WrapperOverheadBenchmark.primaryKeyLookup",
                        "backend=h2, wrapper=datasource-proxy",
                        "wrapper=raw",
                        Claim.Bar.timeRatioAtMost(1.5)),
                Claim.of(
                        "and at most +4,000 B",
                        "WrapperOverheadBenchmark.primaryKeyLookup",
                        "backend=h2, wrapper=datasource-proxy",
                        "wrapper=raw",
                        Claim.Bar.bytesDeltaAtMost(4000)),
                Claim.of(
                        "leanjdbc at most 1.35× raw",
                        "WrapperOverheadBenchmark.primaryKeyLookup",
                        "backend=h2, wrapper=leanjdbc",
                        "wrapper=raw",
                        Claim.Bar.timeRatioAtMost(1.35)),
                Claim.of(
                        "the set-based update is 100× faster",
                        "SetBasedUpdateBenchmark.update",
                        "how=SET_BASED",
                        "how=ROW_BY_ROW",
                        Claim.Bar.speedupAtLeast(100)));
        String md = new MarkdownReport(Fixtures.results(), run, Fixtures.machine(), "benchmarks", c -> null)
                .withClaims(claims)
                .render()
                .markdown();

        assertThat(md)
                .contains("## The claims\n\n")
                .contains("| claim | measured | bar | verdict | details |\n|---|--:|---|---|---|\n"
                        + "| datasource-proxy costs at most 1.5× raw on H2 | 1.25× ± 0.12 | ≤ 1.50× | **met**"
                        + " | [WrapperOverheadBenchmark](#wrapperoverheadbenchmark) |\n"
                        + "| and at most +4,000 B | +4,604 ± 1 B | ≤ +4,000 B | **not met**"
                        + " | [WrapperOverheadBenchmark](#wrapperoverheadbenchmark) |\n"
                        + "| leanjdbc at most 1.35× raw | — | ≤ 1.35× | not measured in this run"
                        + " | [WrapperOverheadBenchmark](#wrapperoverheadbenchmark) |\n\n")
                .as("a claim on a benchmark the run did not include is one line, not a row")
                .contains("Not in this run: the set-based update is 100× faster (`SetBasedUpdateBenchmark`).");
        int table = md.indexOf("## The claims");
        assertThat(table).isGreaterThan(md.indexOf("| Raw results |"));
        assertThat(table).isLessThan(md.indexOf("## WrapperOverheadBenchmark"));
    }

    @Test
    void withoutAnyClaimOnTheRunsBenchmarksThereIsNoClaimsTable() {
        MarkdownReport.Run run = new MarkdownReport.Run("full", "2026-01-31", "x.json", null);
        String md = new MarkdownReport(Fixtures.results(), run, Fixtures.machine(), "benchmarks", c -> null)
                .withClaims(List.of(Claim.of(
                        "x",
                        "SetBasedUpdateBenchmark.update",
                        "how=SET_BASED",
                        "how=ROW_BY_ROW",
                        Claim.Bar.speedupAtLeast(100))))
                .render()
                .markdown();

        assertThat(md).doesNotContain("## The claims").doesNotContain("Not in this run");
    }
}
