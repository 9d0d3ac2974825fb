package dev.leanjdbc.junit.internal.report;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What the suite report keeps of one test: its counts and the few statement shapes it ran most, never the
 * whole report (a suite may have thousands of tests).
 *
 * @param uniqueId JUnit's unique id of the test
 * @param className the test class
 * @param name {@code Class.method} plus the invocation's name
 * @param rule which statements counted
 * @param countsByKind executions by {@link StatementKind} ordinal
 * @param totalNanos summed statement time
 * @param rowsRead rows read
 * @param topShapes the shapes run most (at most {@link #MAX_SHAPES})
 * @param findings the findings of the test
 * @param status {@code SUCCESSFUL}, {@code FAILED} or {@code ABORTED}; null until the test finished
 */
public record TestEntry(
        String uniqueId,
        String className,
        String name,
        String rule,
        long[] countsByKind,
        long totalNanos,
        long rowsRead,
        List<Shape> topShapes,
        List<FindingEntry> findings,
        String status) {

    static final int MAX_SHAPES = 5;

    /** One statement shape of one test. */
    public record Shape(String fingerprint, StatementKind kind, long count, long totalNanos, String callSite) {}

    static TestEntry of(String uniqueId, String className, String name, String rule, Report r) {
        long[] counts = new long[StatementKind.values().length];
        for (StatementKind k : StatementKind.values()) {
            counts[k.ordinal()] = r.count(k);
        }
        List<FingerprintStats> fps = new ArrayList<>(r.fingerprints());
        fps.sort((a, b) -> Long.compare(b.count(), a.count()));
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_SHAPES, fps.size()); i++) {
            FingerprintStats f = fps.get(i);
            List<CallSite> sites = f.callSites();
            shapes.add(new Shape(
                    f.fingerprint(),
                    f.kind(),
                    f.count(),
                    f.totalNanos(),
                    sites.isEmpty() ? null : sites.get(0).toString()));
        }
        return new TestEntry(
                uniqueId,
                className,
                name,
                rule,
                counts,
                r.totalNanos(),
                r.rowsRead(),
                shapes,
                FindingEntry.of(r, name),
                null);
    }

    TestEntry withStatus(String s) {
        return new TestEntry(
                uniqueId, className, name, rule, countsByKind, totalNanos, rowsRead, topShapes, findings, s);
    }

    public long statements() {
        long n = 0;
        for (long c : countsByKind) {
            n += c;
        }
        return n;
    }

    public long count(StatementKind kind) {
        return countsByKind[kind.ordinal()];
    }
}
