package dev.leanjdbc.analyzer;

import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.report.JsonReportWriter;
import dev.leanjdbc.analyzer.internal.report.TextReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a scope (or the global view) recorded: counts by kind, time, rows, per-fingerprint statistics with
 * call sites, and the individual events up to the configured cap. An immutable snapshot.
 *
 * <p>Counts, time, rows and the fingerprint table cover every execution, also after the event cap was
 * reached ({@link #droppedEvents()} says how many events were not kept). The fingerprint table is capped
 * too; executions of shapes beyond it are counted in the totals and in {@link #droppedFingerprintExecutions()}.
 *
 * <pre>{@code
 * Report report = scope.report();
 * for (Finding f : report.findings()) { // to act on; suppressed ones are in suppressedFindings()
 *     log.warn("{}\nfix: {}", f.headline(), f.suggestedFix());
 * }
 * }</pre>
 *
 * <p>{@link #findings()} are computed by the analyzer's detectors from {@link #events()}: once when a scope
 * closes, on first request for a {@linkplain AnalysisScope#snapshot() snapshot} of an open scope or the global
 * view. {@code findings()} are the findings to act on; suppressed ones are apart, in {@link
 * #suppressedFindings()} (and both in {@link #allFindings()}).
 */
public final class Report {

    private final String name;
    private final long durationNanos;
    private final boolean complete;
    private final long[] countsByKind;
    private final long totalNanos;
    private final long rowsRead;
    private final long updateCount;
    private final long failedCount;
    private final List<FingerprintStats> fingerprints;
    private final List<StatementEvent> events;
    private final long droppedEvents;
    private final long droppedFingerprintExecutions;
    private final Function<? super Report, ? extends List<Finding>> detector;
    private volatile Computed findings;
    private final long internalStatements;

    static {
        // The analyzer's internals make this package's types through ApiAccess, which initialises this class.
        ApiAccess.register(new ApiFactory());
    }

    /** Made by the analyzer (see {@code ApiAccess}); not public, so fields can be added. */
    Report(
            String name,
            long durationNanos,
            boolean complete,
            long[] countsByKind,
            long totalNanos,
            long rowsRead,
            long updateCount,
            long failedCount,
            List<FingerprintStats> fingerprints,
            List<StatementEvent> events,
            long droppedEvents,
            long droppedFingerprintExecutions,
            Function<? super Report, ? extends List<Finding>> detector,
            long internalStatements) {
        this.internalStatements = internalStatements;
        if (countsByKind.length != StatementKind.values().length) {
            throw new IllegalArgumentException("countsByKind must have one entry per StatementKind ("
                    + StatementKind.values().length + "), had " + countsByKind.length);
        }
        this.name = name;
        this.durationNanos = durationNanos;
        this.complete = complete;
        this.countsByKind = countsByKind.clone();
        this.totalNanos = totalNanos;
        this.rowsRead = rowsRead;
        this.updateCount = updateCount;
        this.failedCount = failedCount;
        this.fingerprints = List.copyOf(fingerprints);
        this.events = List.copyOf(events);
        this.droppedEvents = droppedEvents;
        this.droppedFingerprintExecutions = droppedFingerprintExecutions;
        this.detector = detector;
    }

    /** The scope's name ({@code "global"} for the global view). */
    public String name() {
        return name;
    }

    /** Wall time from the opening of the scope to its close (or to this snapshot). */
    public long durationNanos() {
        return durationNanos;
    }

    /** Whether the scope was closed when this snapshot was taken. */
    public boolean isComplete() {
        return complete;
    }

    /**
     * Statements leanjdbc core added around the application's operations (H2's {@code SET
     * LAZY_QUERY_EXECUTION} around streaming), recorded apart: they are in no other count, event list,
     * finding or assertion, so the same code counts the same on every database.
     */
    public long internalStatements() {
        return internalStatements;
    }

    /** All executions of the application's statements (and of leanjdbc operations' own queries and DML). */
    public long statementCount() {
        long n = 0;
        for (long c : countsByKind) {
            n += c;
        }
        return n;
    }

    /** Executions of one kind. */
    public long count(StatementKind kind) {
        return countsByKind[kind.ordinal()];
    }

    /** Executions by kind, every kind present (zero when none). */
    public Map<StatementKind, Long> countsByKind() {
        Map<StatementKind, Long> m = new EnumMap<>(StatementKind.class);
        for (StatementKind k : StatementKind.values()) {
            m.put(k, countsByKind[k.ordinal()]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Summed execution time of all statements. */
    public long totalNanos() {
        return totalNanos;
    }

    /** Rows read from all results. */
    public long rowsRead() {
        return rowsRead;
    }

    /** Summed update counts. */
    public long updateCount() {
        return updateCount;
    }

    /** Executions the driver failed with an exception. */
    public long failedCount() {
        return failedCount;
    }

    /** Per-fingerprint statistics, most total time first. */
    public List<FingerprintStats> fingerprints() {
        return fingerprints;
    }

    /** The kept events in order of completion, at most the configured cap (the first ones). */
    public List<StatementEvent> events() {
        return events;
    }

    /** Events not kept because the cap was reached (their counts are in the totals). */
    public long droppedEvents() {
        return droppedEvents;
    }

    /** Executions of fingerprints that did not fit in the capped fingerprint table. */
    public long droppedFingerprintExecutions() {
        return droppedFingerprintExecutions;
    }

    /**
     * What the detectors found and nobody suppressed, most costly first: the findings to act on.
     *
     * <p><b>Suppression is treated the same by every accessor:</b> {@code findings()} and {@link
     * #findings(FindingType)} leave out findings suppressed by {@code suppress(...)} or {@link SuppressFinding}
     * (so {@code assertThat(report.findings()).isEmpty()} passes when every finding was accepted on purpose);
     * {@link #suppressedFindings()} has those, each with its {@link Finding#suppressionReason()}; {@link
     * #allFindings()} has both, as the text and JSON reports show them.
     *
     * <p>Computed once, on the first call of any of these (a closed scope computes them when it closes).
     */
    public List<Finding> findings() {
        return computed().active();
    }

    /** The findings of one type that are not suppressed (see {@link #findings()}). */
    public List<Finding> findings(FindingType type) {
        return findings().stream().filter(x -> x.type() == type).toList();
    }

    /** The findings that were suppressed, most costly first; not in {@link #findings()}. */
    public List<Finding> suppressedFindings() {
        return computed().suppressed();
    }

    /** Every finding, suppressed ones included (marked {@link Finding#suppressed()}), most costly first. */
    public List<Finding> allFindings() {
        return computed().all();
    }

    /** The detectors' findings, split once by suppression. */
    private record Computed(List<Finding> active, List<Finding> suppressed, List<Finding> all) {}

    private Computed computed() {
        Computed f = findings;
        if (f == null) {
            synchronized (this) {
                f = findings;
                if (f == null) {
                    List<Finding> all = detector == null ? List.of() : List.copyOf(detector.apply(this));
                    List<Finding> active = new java.util.ArrayList<>();
                    List<Finding> suppressed = new java.util.ArrayList<>();
                    for (Finding x : all) {
                        (x.suppressed() ? suppressed : active).add(x);
                    }
                    f = new Computed(List.copyOf(active), List.copyOf(suppressed), all);
                    findings = f;
                }
            }
        }
        return f;
    }

    /** One line: {@code GET /orders: 12 statements (11 SELECT, 1 UPDATE), 340 rows, 18.2 ms}. */
    public String summaryLine() {
        return TextReportWriter.summaryLine(this);
    }

    /**
     * Multi-line text grouped by fingerprint (count, total time, rows, call sites), for logs and assertion
     * messages; at most {@code maxFingerprints} fingerprints are listed.
     */
    public String toText(int maxFingerprints) {
        return TextReportWriter.text(this, maxFingerprints);
    }

    /** {@link #toText(int)} listing up to 20 fingerprints. */
    public String toText() {
        return toText(20);
    }

    /**
     * Writes the report as JSON, schema {@code leanjdbc-report/1} (documented in {@code docs/query-analyzer.md}; findings in {@code docs/findings.md}).
     * Written with the JDK alone: no JSON library is needed on the class path.
     */
    public void writeJson(Writer out) throws IOException {
        JsonReportWriter.write(this, out);
    }

    /** {@link #writeJson(Writer)} into a string. */
    public String toJson() {
        StringWriter w = new StringWriter();
        try {
            writeJson(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    @Override
    public String toString() {
        return summaryLine();
    }
}
