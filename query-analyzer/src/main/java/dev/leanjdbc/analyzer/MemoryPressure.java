package dev.leanjdbc.analyzer;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The heap after a garbage collection crossed the {@linkplain MemoryPressureMonitor monitor's} threshold:
 * how full it is, and the scopes in flight at that moment, most rows read first — which unit of work is
 * filling the heap. Handed to {@link MemoryPressureMonitor.Builder#onPressure} callbacks.
 */
public final class MemoryPressure {

    private final Instant at;
    private final String pool;
    private final long usedAfterGc;
    private final long max;
    private final double threshold;
    private final List<InFlightScope> scopes;

    /** Made by the analyzer (see {@code ApiAccess}); not public, so fields can be added. */
    MemoryPressure(Instant at, String pool, long usedAfterGc, long max, double threshold, List<InFlightScope> scopes) {
        this.at = at;
        this.pool = pool;
        this.usedAfterGc = usedAfterGc;
        this.max = max;
        this.threshold = threshold;
        this.scopes = List.copyOf(scopes);
    }

    public Instant at() {
        return at;
    }

    /**
     * What the figure was read from, e.g. {@code heap after G1 Young Generation (grew 4.2 MiB since the
     * previous collection)} or {@code heap after PS MarkSweep (old generation collected)}.
     */
    public String pool() {
        return pool;
    }

    /** Bytes of the pool in use right after the collection. */
    public long usedAfterGc() {
        return usedAfterGc;
    }

    /** The pool's maximum size in bytes. */
    public long max() {
        return max;
    }

    /** The configured fraction of {@link #max()} that was crossed. */
    public double threshold() {
        return threshold;
    }

    /**
     * The open scopes, most rows {@linkplain InFlightScope#retainedRows() retained} first; scopes not judged
     * yet before those whose sampled rows all died; then most rows read (at most the monitor's limit).
     */
    public List<InFlightScope> scopes() {
        return scopes;
    }

    /**
     * The scope to stop: the first of {@link #scopes()} if it {@linkplain InFlightScope#retainsRows() retains
     * rows}, else empty — a request that streams and releases its rows, or one not judged yet, is never the
     * culprit.
     */
    public Optional<InFlightScope> culprit() {
        return scopes.isEmpty() || !scopes.get(0).retainsRows() ? Optional.empty() : Optional.of(scopes.get(0));
    }

    /** The report as logged: one headline, then one line per scope. */
    public String toText() {
        StringBuilder sb = new StringBuilder(String.format(
                Locale.ROOT,
                "memory pressure: %s at %.1f MiB of %.1f MiB (%.0f%%) after GC, threshold %.0f%%; %d scope%s in flight, most rows retained first",
                pool,
                usedAfterGc / 1048576.0,
                max / 1048576.0,
                max <= 0 ? 0.0 : 100.0 * usedAfterGc / max,
                100 * threshold,
                scopes.size(),
                scopes.size() == 1 ? "" : "s"));
        for (int i = 0; i < scopes.size(); i++) {
            sb.append("\n  ").append(i + 1).append(". ").append(scopes.get(i));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toText();
    }
}
