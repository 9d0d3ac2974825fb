package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.Finding.CallSiteCount;
import dev.leanjdbc.analyzer.Finding.Parent;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds a {@link Finding} (the detectors' way to make one; see {@link ApiAccess#finding}): {@code
 * fingerprint}, {@code explanation} and {@code suggestedFix} are required.
 */
public final class FindingBuilder {

    private final FindingType type;
    private final Severity severity;
    private long fingerprintId;
    private String fingerprint;
    private long executions;
    private long totalNanos;
    private long rows;
    private int firstStatement;
    private CallSite callSite;
    private List<CallSiteCount> callSites = List.of();
    private Object explanation;
    private String suggestedFix;
    private Parent parent;
    private List<String> columnsRead = List.of();
    private String suppressionReason;

    FindingBuilder(FindingType type, Severity severity) {
        this.type = type;
        this.severity = severity;
    }

    public FindingBuilder fingerprint(long id, String fingerprint) {
        this.fingerprintId = id;
        this.fingerprint = fingerprint;
        return this;
    }

    public FindingBuilder executions(long n) {
        this.executions = n;
        return this;
    }

    public FindingBuilder totalNanos(long nanos) {
        this.totalNanos = nanos;
        return this;
    }

    public FindingBuilder rows(long n) {
        this.rows = n;
        return this;
    }

    public FindingBuilder firstStatement(int index) {
        this.firstStatement = index;
        return this;
    }

    /** The line to change; without it (or with {@code null}) the top of {@link #callSites}, if any. */
    public FindingBuilder callSite(CallSite site) {
        this.callSite = site;
        return this;
    }

    /**
     * The call sites of the executions involved, with counts; sorted here (most first, ties keep their
     * order) and cut to {@value Finding#MAX_CALL_SITES}. Without it a finding with a {@link #callSite} lists
     * that site with all its executions.
     */
    public FindingBuilder callSites(List<CallSiteCount> sites) {
        List<CallSiteCount> sorted = new ArrayList<>(sites);
        sorted.sort(Comparator.comparingLong(CallSiteCount::executions).reversed());
        this.callSites = sorted.size() > Finding.MAX_CALL_SITES ? sorted.subList(0, Finding.MAX_CALL_SITES) : sorted;
        return this;
    }

    public FindingBuilder explanation(String text) {
        this.explanation = text;
        return this;
    }

    /**
     * The explanation rendered when first read: for detectors whose text costs more than the rest of the
     * finding. The supplier must hold only the values it formats (never a scope's events) and be pure.
     */
    public FindingBuilder explanation(Supplier<String> text) {
        this.explanation = text;
        return this;
    }

    /** The text or its supplier, as {@code Finding} keeps it. */
    public FindingBuilder explanationSource(Object textOrSupplier) {
        this.explanation = textOrSupplier;
        return this;
    }

    public FindingBuilder suggestedFix(String text) {
        this.suggestedFix = text;
        return this;
    }

    public FindingBuilder parent(Parent p) {
        this.parent = p;
        return this;
    }

    public FindingBuilder columnsRead(List<String> columns) {
        this.columnsRead = columns;
        return this;
    }

    /** Marks the finding suppressed for {@code reason} ({@code null}: not suppressed). */
    public FindingBuilder suppressionReason(String reason) {
        this.suppressionReason = reason;
        return this;
    }

    public Finding build() {
        return ApiAccess.build(this);
    }

    public FindingType type() {
        return type;
    }

    public Severity severity() {
        return severity;
    }

    public long fingerprintId() {
        return fingerprintId;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public long executions() {
        return executions;
    }

    public long totalNanos() {
        return totalNanos;
    }

    public long rows() {
        return rows;
    }

    public int firstStatement() {
        return firstStatement;
    }

    public CallSite callSite() {
        return callSite;
    }

    public List<CallSiteCount> callSites() {
        return callSites;
    }

    public Object explanationSource() {
        return explanation;
    }

    public String suggestedFix() {
        return suggestedFix;
    }

    public Parent parent() {
        return parent;
    }

    public List<String> columnsRead() {
        return columnsRead;
    }

    public String suppressionReason() {
        return suppressionReason;
    }
}
