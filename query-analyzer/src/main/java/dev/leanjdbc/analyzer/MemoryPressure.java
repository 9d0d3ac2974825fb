package dev.leanjdbc.analyzer;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

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

    /** Made by the analyzer; public for tests. */
    public MemoryPressure(
            Instant at, String pool, long usedAfterGc, long max, double threshold, List<InFlightScope> scopes) {
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

    /** The memory pool whose usage after GC crossed the threshold, e.g. {@code G1 Old Gen}. */
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

    /** The open scopes, most rows read first, then most bytes allocated (at most the monitor's limit). */
    public List<InFlightScope> scopes() {
        return scopes;
    }

    /** The report as logged: one headline, then one line per scope. */
    public String toText() {
        StringBuilder sb = new StringBuilder(String.format(
                Locale.ROOT,
                "memory pressure: %s at %.1f MiB of %.1f MiB (%.0f%%) after GC, threshold %.0f%%; %d scope%s in flight, most rows read first",
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
