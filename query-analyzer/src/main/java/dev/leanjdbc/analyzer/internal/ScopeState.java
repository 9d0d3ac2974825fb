package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.ScopeBudget;
import dev.leanjdbc.analyzer.ScopeContribution;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.internal.detect.Detectors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** The recording side of one {@code AnalysisScope}: its totals and whether it still accepts events. */
public final class ScopeState implements Function<Report, List<Finding>> {

    /** Volatile: a web filter renames its scope once the framework matched the route. */
    private volatile String name;

    private final long openedAt = System.nanoTime();
    private final Aggregator aggregator;
    private final ScopeUsage usage;
    private volatile boolean closed;
    private volatile Report finalReport;
    /** Fields used on tracked jOOQ records made from this scope's results; released at close. */
    private final RecordFieldUses recordFields;

    private final Detectors detectors;

    /** Kinds of contribution a scope holds at most (one per extension: leanjdbc-hibernate uses one). */
    static final int MAX_CONTRIBUTIONS = 8;

    /**
     * Contributions of code outside the analyzer, kind (class) and instance in turn; made on first use (most
     * scopes never see one) and released at close.
     */
    private Object[] contributions;

    private final Recorder recorder;
    private final int maxFingerprints;
    /** Fingerprints that started an execution in this scope (sampled call sites); made on first use. */
    private LongMap<Boolean> started;

    ScopeState(String name, AnalyzerConfig config, Detectors detectors, Recorder recorder, ScopeBudget budget) {
        this.name = name;
        this.usage = new ScopeUsage(this, recorder, budget);
        this.recordFields = new RecordFieldUses(config.maxFingerprints());
        this.detectors = detectors;
        this.recorder = recorder;
        this.maxFingerprints = config.maxFingerprints();
        this.aggregator = new Aggregator(
                config.maxEventsPerScope(), false, config.maxFingerprints(), config.maxCallSitesPerFingerprint(), this);
    }

    /**
     * The detectors over this scope's report, the fields used on its tracked records and the findings of its
     * contributions (its reports call it).
     */
    @Override
    public List<Finding> apply(Report report) {
        return detectors.detect(report, recordFields.snapshot(), contributedFindings());
    }

    /**
     * This open scope's contribution of {@code kind}, made by {@code factory} on first use; {@code null} once
     * closed, or when {@value #MAX_CONTRIBUTIONS} other kinds are held already.
     */
    public synchronized <T extends ScopeContribution> T contribution(Class<T> kind, Supplier<? extends T> factory) {
        if (closed) {
            return null;
        }
        if (contributions == null) {
            contributions = new Object[2 * MAX_CONTRIBUTIONS];
        }
        for (int i = 0; i < contributions.length; i += 2) {
            if (contributions[i] == kind) {
                return kind.cast(contributions[i + 1]);
            }
            if (contributions[i] == null) {
                T made = kind.cast(factory.get());
                if (made == null) {
                    return null;
                }
                contributions[i] = kind;
                contributions[i + 1] = made;
                return made;
            }
        }
        return null;
    }

    /** What the contributions find now; one that throws is logged once and skipped (fail-open). */
    private List<Finding> contributedFindings() {
        Object[] held;
        synchronized (this) {
            held = contributions;
        }
        if (held == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 1; i < held.length && held[i] != null; i += 2) {
            try {
                List<Finding> found = ((ScopeContribution) held[i]).findings();
                if (found != null) {
                    out.addAll(found);
                }
            } catch (Throwable t) {
                recorder.failOpen().failed(t, "the scope contribution " + held[i - 1]);
            }
        }
        return out;
    }

    public String name() {
        return name;
    }

    /** Renames the scope while open; its report and log line carry the new name. */
    public void rename(String newName) {
        if (!closed) {
            name = newName;
        }
    }

    long openedAt() {
        return openedAt;
    }

    ScopeUsage usage() {
        return usage;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Where records of {@code type} from {@code fingerprintId} report field reads; {@code null}: untracked. */
    FieldBits recordFieldBits(long fingerprintId, RecordType type) {
        return closed ? null : recordFields.bits(fingerprintId, type);
    }

    /**
     * Records that an execution of {@code fingerprintId} starts in this scope; true when it is the first.
     * False also once the table is full, so that the caller walks the stack: exact rather than cheap.
     */
    synchronized boolean firstStart(long fingerprintId) {
        if (closed) {
            return true; // records nothing more: no reason to walk for it
        }
        if (started == null) {
            started = new LongMap<>(maxFingerprints, 4);
        }
        return started.get(fingerprintId) == null && started.putNew(fingerprintId, Boolean.TRUE);
    }

    void accept(StatementEvent e) {
        aggregator.add(e);
    }

    /** The final report, or {@code null} while the scope is open (waits for a close under way elsewhere). */
    public synchronized Report finalReport() {
        return finalReport;
    }

    /** The final report once closed, a live snapshot before. */
    public Report report() {
        Report r = finalReport;
        if (r != null) {
            return r;
        }
        return aggregator.snapshot(name, System.nanoTime() - openedAt, false);
    }

    /** Marks the scope closed and freezes its report; returns false when it was closed already. */
    synchronized boolean close() {
        if (closed) {
            return false;
        }
        closed = true;
        Report r = aggregator.snapshot(name, System.nanoTime() - openedAt, true);
        List<Finding> found = r.findings(); // the detectors run at scope end, once; they never throw (fail-open)
        recorder.walkInScopesFrom(found); // later scopes give these shapes a call site on every execution
        started = null;
        recordFields.release(); // reads on records kept after the scope do not count and pin nothing
        contributions = null; // asked once above (r.findings()); what they hold is left to the collector
        finalReport = r;
        return true;
    }
}
