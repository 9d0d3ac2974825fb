package dev.leanjdbc.analyzer;

import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.FindingBuilder;
import dev.leanjdbc.analyzer.internal.sql.SqlShape;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A statement pattern that costs round-trips, time or memory, found by the analyzer's detectors when a
 * scope ends (or when {@link Report#findings()} of a live report or the global view is asked for): what it
 * is, where it comes from, what it costs and how to fix it. Immutable.
 *
 * <pre>
 * N_PLUS_ONE WARNING at OrderService.listWithCustomers(OrderService.java:42)
 *   250 executions of: select id, name from customer where id = ?
 *   values of orders.customer_id read from statement #1 drive 250 executions of statement #2
 * </pre>
 *
 * <p>Counts cover the events the scope kept ({@code maxEventsPerScope}); when events were dropped the
 * explanation says so.
 */
public final class Finding {

    private final FindingType type;
    private final Severity severity;
    private final long fingerprintId;
    private final String fingerprint;
    private final long executions;
    private final long totalNanos;
    private final long rows;
    private final int firstStatement;
    private final CallSite callSite;
    private final List<CallSiteCount> callSites;
    /** The text, or a {@code Supplier<String>} of it until first asked (see {@link #explanation()}). */
    private volatile Object explanation;

    private final String suggestedFix;
    private final Parent parent;
    private final List<String> columnsRead;
    private final boolean suppressed;
    private final String suppressionReason;

    /** Made by the analyzer's detectors, through {@code FindingBuilder}. */
    Finding(FindingBuilder b) {
        this.type = Objects.requireNonNull(b.type(), "type");
        this.severity = Objects.requireNonNull(b.severity(), "severity");
        this.fingerprintId = b.fingerprintId();
        this.fingerprint = Objects.requireNonNull(b.fingerprint(), "fingerprint");
        this.executions = b.executions();
        this.totalNanos = b.totalNanos();
        this.rows = b.rows();
        this.firstStatement = b.firstStatement();
        this.callSites = b.callSites().isEmpty() && b.callSite() != null
                ? List.of(new CallSiteCount(b.callSite(), b.executions()))
                : List.copyOf(b.callSites());
        this.callSite = b.callSite() != null
                ? b.callSite()
                : callSites.isEmpty() ? CallSite.NOT_CAPTURED : callSites.get(0).callSite();
        this.explanation = Objects.requireNonNull(b.explanationSource(), "explanation");
        this.suggestedFix = Objects.requireNonNull(b.suggestedFix(), "suggestedFix");
        this.parent = b.parent();
        this.columnsRead = List.copyOf(b.columnsRead());
        this.suppressed = b.suppressionReason() != null;
        this.suppressionReason = b.suppressionReason();
    }

    public FindingType type() {
        return type;
    }

    public Severity severity() {
        return severity;
    }

    /** Id of the statement shape the finding is about (see {@link StatementEvent#fingerprintId()}). */
    public long fingerprintId() {
        return fingerprintId;
    }

    /**
     * The finding's identity, the same in every process and every run of the same code, so that a backend
     * fed by many instances can merge them: 16 hex digits of the 64-bit FNV-1a hash over the UTF-8 bytes of
     * type, call-site class, call-site method and {@link #fingerprint()}, separated by NUL characters. The
     * call site's line is left out (it moves with every edit above it), as in the JUnit baseline's identity;
     * no bind value or process-keyed hash goes into it.
     */
    public String id() {
        String hex = Long.toHexString(idHash());
        return hex.length() == 16 ? hex : "0000000000000000".substring(hex.length()) + hex;
    }

    /** The 64 bits of {@link #id()}, computed without building the text it hashes. */
    long idHash() {
        long h = SqlShape.fnv1a64Utf8(SqlShape.FNV1A64_START, type.name());
        h = SqlShape.fnv1a64Utf8(SqlShape.fnv1a64Nul(h), callSite.className());
        h = SqlShape.fnv1a64Utf8(SqlShape.fnv1a64Nul(h), callSite.methodName());
        return SqlShape.fnv1a64Utf8(SqlShape.fnv1a64Nul(h), fingerprint);
    }

    /** The statement shape the finding is about. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Executions involved (e.g. the N of an N+1, the repeats of a duplicate, 1 for a single slow statement). */
    public long executions() {
        return executions;
    }

    /** Summed execution time of the executions involved: the cost, used to rank findings. */
    public long totalNanos() {
        return totalNanos;
    }

    /**
     * Rows involved: read by the executions involved (for a duplicate query, those its repeats read again),
     * plus rows changed for DML findings; 0 when not relevant.
     */
    public long rows() {
        return rows;
    }

    /** 1-based position in the scope's {@link Report#events()} of the first execution involved, 0 if unknown. */
    public int firstStatement() {
        return firstStatement;
    }

    /**
     * The application line to change: the call site of most of the executions involved ({@code
     * callSites().get(0)}), or {@link CallSite#NOT_CAPTURED} — never {@code null} — when none was captured
     * (see {@link CallSiteMode}; test with {@link CallSite#isCaptured()}).
     */
    public CallSite callSite() {
        return callSite;
    }

    /**
     * Each distinct call site of the executions involved, with how many of them ran there, most first (ties:
     * first seen first); at most {@value #MAX_CALL_SITES}. Findings about repeats from one line (N+1,
     * row-by-row DML, unbatched inserts) have one entry; a duplicate query lists the lines its repeats ran
     * at, a projection candidate every line that ran the statement. Executions whose call site was not
     * captured count under {@link CallSite#NOT_CAPTURED}; a count of 0 means the statement ran there but
     * the scope kept none of those events to count (beyond {@code maxEventsPerScope}). Empty only for
     * findings built without any call site.
     */
    public List<CallSiteCount> callSites() {
        return callSites;
    }

    /** Call sites a finding lists at most. */
    public static final int MAX_CALL_SITES = 10;

    /** One paragraph: what happened and what it costs. */
    public String explanation() {
        Object e = explanation;
        if (e instanceof String text) {
            return text;
        }
        // Rendered on first use: a request's findings are counted by meters and budgets far more often than
        // they are read, and the text is most of what building one costs. The supplier holds only the values
        // it formats; two threads asking at once both render the same text.
        String text;
        try {
            @SuppressWarnings("unchecked")
            Supplier<String> source = (Supplier<String>) e;
            text = Objects.requireNonNull(source.get(), "explanation");
        } catch (RuntimeException failure) {
            text = type + ": " + executions + " executions of " + fingerprint
                    + " (the longer explanation could not be rendered: " + failure + ")";
        }
        explanation = text;
        return text;
    }

    /** The fix: the SQL shape, the jOOQ shape and the leanjdbc core call that remove the finding. */
    public String suggestedFix() {
        return suggestedFix;
    }

    /** For an N+1 whose bind values were read from an earlier result: that result; otherwise {@code null}. */
    public Parent parent() {
        return parent;
    }

    /**
     * For a projection candidate: the columns the code read (names where known, else {@code "column 3"}), or
     * for rows that became tracked jOOQ records the fields used on them while the scope was open.
     */
    public List<String> columnsRead() {
        return columnsRead;
    }

    /** Whether the finding was suppressed by configuration or {@link SuppressFinding}; it is reported anyway. */
    public boolean suppressed() {
        return suppressed;
    }

    /** Why it was suppressed, or {@code null} when it was not. */
    public String suppressionReason() {
        return suppressionReason;
    }

    /** A copy marked suppressed for {@code reason}. */
    public Finding suppress(String reason) {
        return toBuilder()
                .suppressionReason(Objects.requireNonNull(reason, "reason"))
                .build();
    }

    private FindingBuilder toBuilder() {
        return ApiAccess.finding(type, severity)
                .fingerprint(fingerprintId, fingerprint)
                .executions(executions)
                .totalNanos(totalNanos)
                .rows(rows)
                .firstStatement(firstStatement)
                .callSite(callSite)
                .callSites(callSites)
                .explanationSource(explanation)
                .suggestedFix(suggestedFix)
                .parent(parent)
                .columnsRead(columnsRead)
                .suppressionReason(suppressionReason);
    }

    /** One line: type, severity, executions, call site and (cut) fingerprint. */
    public String headline() {
        String shape = fingerprint.length() <= 120 ? fingerprint : fingerprint.substring(0, 120) + " ...";
        return type + " " + severity + (suppressed ? " (suppressed: " + suppressionReason + ")" : "") + ": "
                + executions + (executions == 1 ? " execution" : " executions") + " of " + shape
                + (callSite.isCaptured() ? " at " + callSite : "");
    }

    @Override
    public String toString() {
        return headline();
    }

    /**
     * The result whose values drove an N+1: the fingerprint of the earlier statement, the column the values
     * came from, and how many of the repeated executions were matched to its values (values are sampled, so
     * this can be fewer than all of them).
     *
     * @param fingerprintId id of the parent's fingerprint
     * @param fingerprint the parent's statement shape
     * @param column the column the values were read from, e.g. {@code orders.customer_id} (or {@code column 2})
     * @param statement 1-based position of the parent's execution in the scope's events
     * @param matchedExecutions repeated executions whose bind value was found among the parent's values
     */
    public record Parent(long fingerprintId, String fingerprint, String column, int statement, long matchedExecutions) {
        public Parent {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(column, "column");
        }
    }

    /**
     * A call site of a finding and how many of its executions ran there.
     *
     * @param callSite the line ({@link CallSite#NOT_CAPTURED} for executions whose site was not captured)
     * @param executions executions involved in the finding that ran there
     */
    public record CallSiteCount(CallSite callSite, long executions) {
        public CallSiteCount {
            Objects.requireNonNull(callSite, "callSite");
        }

        /** {@code OrderService.list(OrderService.java:42) x3}. */
        @Override
        public String toString() {
            return callSite + " x" + executions;
        }
    }
}
