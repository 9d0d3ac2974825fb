package dev.leanjdbc.junit.internal.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite report: every test's counts, and every finding of the suite merged by (type, shape, call site)
 * and ranked by impact: unsuppressed before suppressed, then by severity, then by the executions involved
 * summed over all tests (round-trips are stable between runs, times are not), then by their time.
 */
public final class SuiteReport {

    /** Test names kept per merged finding (the count of all tests is always kept). */
    static final int MAX_TESTS_PER_FINDING = 20;

    final Instant generatedAt;
    final List<TestEntry> tests;
    final long droppedTests;
    final List<MergedFinding> findings;
    /** Per baseline file, its entries no finding of the run matched. */
    final Map<String, List<String>> staleBaseline;

    private SuiteReport(
            Instant generatedAt,
            List<TestEntry> tests,
            long droppedTests,
            List<MergedFinding> findings,
            Map<String, List<String>> staleBaseline) {
        this.generatedAt = generatedAt;
        this.tests = tests;
        this.droppedTests = droppedTests;
        this.findings = findings;
        this.staleBaseline = staleBaseline;
    }

    /** This report with the stale entries of the run's baseline files. */
    SuiteReport withStaleBaseline(Map<String, List<String>> stale) {
        return new SuiteReport(generatedAt, tests, droppedTests, findings, new java.util.TreeMap<>(stale));
    }

    /** Merges and ranks the findings of {@code tests}; tests with the most statements come first. */
    public static SuiteReport of(List<TestEntry> tests, long droppedTests) {
        Map<String, MergedFinding> merged = new LinkedHashMap<>();
        for (TestEntry t : tests) {
            for (FindingEntry f : t.findings()) {
                String key = f.type() + '\u0000' + f.fingerprint() + '\u0000' + f.callSite();
                merged.computeIfAbsent(key, k -> new MergedFinding(f)).add(f, t.name());
            }
        }
        List<MergedFinding> ranked = new ArrayList<>(merged.values());
        ranked.sort(Comparator.comparing((MergedFinding m) -> m.first.suppressed() != null)
                .thenComparing(Comparator.comparingInt((MergedFinding m) -> severityRank(m.first.severity()))
                        .thenComparingLong(m -> m.executions)
                        .thenComparingLong(m -> m.nanos)
                        .reversed())
                .thenComparing(m -> m.first.type()));
        List<TestEntry> sorted = new ArrayList<>(tests);
        sorted.sort(Comparator.comparingLong(TestEntry::statements).reversed().thenComparing(TestEntry::name));
        return new SuiteReport(Instant.now(), List.copyOf(sorted), droppedTests, List.copyOf(ranked), Map.of());
    }

    private static int severityRank(String severity) {
        return switch (severity) {
            case "CRITICAL" -> 2;
            case "WARNING" -> 1;
            default -> 0;
        };
    }

    public List<TestEntry> tests() {
        return tests;
    }

    public List<MergedFinding> findings() {
        return findings;
    }

    public long statements() {
        long n = 0;
        for (TestEntry t : tests) {
            n += t.statements();
        }
        return n;
    }

    /** Writes {@code report.json} and {@code report.html} into {@code directory} (created if missing). */
    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Writer w = Files.newBufferedWriter(directory.resolve("report.json"), StandardCharsets.UTF_8)) {
            SuiteJsonWriter.write(this, w);
        }
        try (Writer w = Files.newBufferedWriter(directory.resolve("report.html"), StandardCharsets.UTF_8)) {
            SuiteHtmlWriter.write(this, w);
        }
    }

    /** Writes {@code report.sarif} into {@code directory}, the call sites resolved under {@code roots}. */
    public void writeSarif(Path directory, SourceRoots roots) throws IOException {
        Files.createDirectories(directory);
        try (Writer w = Files.newBufferedWriter(directory.resolve("report.sarif"), StandardCharsets.UTF_8)) {
            SuiteSarifWriter.write(this, roots, w);
        }
    }

    /** One finding of the suite: a type at one shape and call site, over all the tests that produced it. */
    public static final class MergedFinding {
        final FindingEntry first;
        long occurrences;
        long executions;
        long nanos;
        final List<String> tests = new ArrayList<>();
        long testCount;

        MergedFinding(FindingEntry first) {
            this.first = first;
        }

        void add(FindingEntry f, String test) {
            occurrences++;
            executions += f.executions();
            nanos += f.nanos();
            if (!tests.contains(test)) {
                testCount++;
                if (tests.size() < MAX_TESTS_PER_FINDING) {
                    tests.add(test);
                }
            }
        }

        public String type() {
            return first.type();
        }

        public long executions() {
            return executions;
        }

        public List<String> tests() {
            return tests;
        }
    }
}
