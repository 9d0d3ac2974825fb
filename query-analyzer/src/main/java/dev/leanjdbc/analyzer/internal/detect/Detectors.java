package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.FailOpen;
import dev.leanjdbc.analyzer.internal.RecordFieldUse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.LongToIntFunction;

/**
 * Runs every enabled detector over a report's events and marks the findings that configuration or {@link
 * dev.leanjdbc.analyzer.SuppressFinding} suppress. Fail-open: a detector that throws is logged once (through
 * {@link FailOpen}) and skipped; the others still report.
 *
 * <p><b>Performance.</b> Each detector makes one or two passes over the events with hash maps: linear in
 * their number (bounded by {@code maxEventsPerScope}). Annotations are looked up only for findings, once
 * per call-site method.
 */
public final class Detectors {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::suppressed)
            .thenComparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::totalNanos, Comparator.reverseOrder())
            .thenComparing(Finding::executions, Comparator.reverseOrder())
            .thenComparing(Finding::firstStatement);

    private final DetectorConfig config;
    private final FailOpen failOpen;
    private final AnnotationSuppressions annotations = new AnnotationSuppressions();
    private final List<Detector> detectors = List.of(
            new NPlusOneDetector(), // first: the duplicate detector skips the repeats of its groups
            new DuplicateQueryDetector(),
            new ProjectionDetector(),
            new ForeignKeyUpdateDetector(), // before row-by-row DML, which skips the UPDATEs it reports
            new RowByRowDmlDetector(),
            new ResultSizeDetector(),
            new SlowStatementDetector(),
            new LiteralsDetector(),
            new SmallChunksDetector());

    private final LongFunction<String[]> columnLabels;
    private final LongToIntFunction clients;

    /** Detectors naming columns from the SQL text only. */
    public Detectors(DetectorConfig config, FailOpen failOpen) {
        this(config, failOpen, id -> null);
    }

    /**
     * @param columnLabels the driver's column labels of a fingerprint's result on a database when known (names
     *     the columns of {@code select *}), else {@code null}; keyed by {@code FingerprintState.key(fingerprintId,
     *     databaseId)}
     */
    public Detectors(DetectorConfig config, FailOpen failOpen, LongFunction<String[]> columnLabels) {
        this(config, failOpen, columnLabels, id -> 0);
    }

    /**
     * @param clients the data-access clients seen behind a fingerprint's statements (a mask of {@code
     *     DataClient} bits, 0 when unknown): the fixes speak the client's language
     */
    public Detectors(
            DetectorConfig config, FailOpen failOpen, LongFunction<String[]> columnLabels, LongToIntFunction clients) {
        this.config = config;
        this.failOpen = failOpen;
        this.columnLabels = columnLabels;
        this.clients = clients;
    }

    public DetectorConfig config() {
        return config;
    }

    /** The findings of {@code report}, most important first; never throws. */
    public List<Finding> detect(Report report) {
        return detect(report, List.of());
    }

    /**
     * The findings of a scope's {@code report}, judging full-record loads by the fields used on its tracked
     * jOOQ records; most important first; never throws.
     */
    public List<Finding> detect(Report report, List<RecordFieldUse> recordFields) {
        return detect(report, recordFields, List.of());
    }

    /**
     * As {@link #detect(Report, List)}, plus {@code contributed}: findings made outside the detectors (by a
     * scope's {@link dev.leanjdbc.analyzer.ScopeContribution}s), kept unless their type is disabled, then
     * suppressed and ordered like the detectors' own.
     */
    public List<Finding> detect(Report report, List<RecordFieldUse> recordFields, List<Finding> contributed) {
        try {
            List<Finding> found = new ArrayList<>();
            if (!nothingCanFire(report)) {
                ScopeEvents scope = new ScopeEvents(report, config, columnLabels, clients, recordFields);
                for (Detector d : detectors) {
                    try {
                        d.detect(scope, found);
                    } catch (Throwable t) {
                        failOpen.failed(t, "the detector " + d.getClass().getSimpleName());
                    }
                }
            }
            for (Finding f : contributed) {
                if (config.enabled(f.type())) {
                    found.add(f);
                }
            }
            if (found.isEmpty()) {
                return List.of();
            }
            List<Finding> out = new ArrayList<>(found.size());
            for (Finding f : found) {
                String reason = suppression(f);
                out.add(reason == null ? f : f.suppress(reason));
            }
            out.sort(ORDER);
            return out;
        } catch (Throwable t) {
            failOpen.failed(t, "the detectors");
            return List.of();
        }
    }

    /** Events up to which {@link #nothingCanFire} looks for repeats pair by pair; larger scopes always run. */
    private static final int SCREEN_EVENTS = 16;

    /**
     * A conservative pre-screen that spares a small scope (a request with a few lookups) building the
     * detectors' indexes when no detector could fire: every detector that counts repetitions (N+1,
     * duplicate, row-by-row, unbatched, literals) needs two events of one fingerprint; the others need a
     * wide SELECT, a large or half-read result, a slow execution, or an INSERT and an UPDATE (a column set
     * after the INSERT of its row). When in doubt (dropped events, more
     * than {@value #SCREEN_EVENTS} events), the detectors run.
     */
    private boolean nothingCanFire(Report report) {
        List<StatementEvent> events = report.events();
        if (report.droppedEvents() > 0 || report.droppedFingerprintExecutions() > 0 || events.size() > SCREEN_EVENTS) {
            return false;
        }
        boolean inserted = false;
        boolean updated = false;
        for (FingerprintStats f : report.fingerprints()) {
            inserted |= f.kind() == StatementKind.INSERT;
            updated |= f.kind() == StatementKind.UPDATE;
            if (inserted && updated) {
                return false; // an INSERT and an UPDATE: maybe a column set after its row's INSERT
            }
            if (f.count() >= 2
                    || (f.kind() == StatementKind.SELECT && f.columnCount() >= config.projectionMinColumns())) {
                return false;
            }
        }
        long rows = Math.min(config.largeResultRows(), config.overFetchRows());
        long slowNanos = config.slowFindingMillis() * 1_000_000L;
        for (int i = 0; i < events.size(); i++) {
            StatementEvent e = events.get(i);
            if (e.rowsRead() >= rows
                    || e.rowsLeftUnread() >= config.overFetchUnreadRows()
                    || e.executeNanos() >= slowNanos
                    || e.totalNanos() >= slowNanos
                    || (e.kind() == StatementKind.SELECT && e.columnCount() >= config.projectionMinColumns())) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (events.get(j).fingerprintId() == e.fingerprintId()) {
                    return false;
                }
            }
        }
        return true;
    }

    private String suppression(Finding f) {
        for (DetectorConfig.Suppression s : config.suppressions()) {
            if (s.type() == f.type() && matches(s.prefix(), f)) {
                return "suppressed by configuration: suppress(" + s.type() + ", \"" + s.prefix() + "\")";
            }
        }
        try {
            return annotations.reason(f.type(), f.callSite());
        } catch (RuntimeException | LinkageError e) {
            failOpen.failed(e, "looking up @SuppressFinding");
            return null;
        }
    }

    static boolean matches(String prefix, Finding f) {
        CallSite c = f.callSite();
        if (c.isCaptured()) {
            String method = c.className() + "." + AnnotationSuppressions.declaringMethod(c.methodName());
            if (method.startsWith(prefix)
                    || (c.className() + "." + c.methodName()).startsWith(prefix)
                    || c.toString().startsWith(prefix)
                    || (c.fileName() != null && prefix.equals(c.fileName() + ":" + c.lineNumber()))) {
                return true;
            }
        }
        return f.fingerprint().regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
