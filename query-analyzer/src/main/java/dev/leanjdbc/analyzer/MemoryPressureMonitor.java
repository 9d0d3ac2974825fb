package dev.leanjdbc.analyzer;

import dev.leanjdbc.analyzer.internal.HeapWatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Watches what the heap holds after garbage collections and, when it is fuller than a threshold, logs which
 * {@linkplain AnalysisScope scopes} are in flight — ranked by the rows they keep alive, with the evidence,
 * each with its current statement and call site — and calls back so the application can act: {@linkplain
 * InFlightScope#stop(String) stop} the culprit, shed load, refuse new work.
 *
 * <pre>{@code
 * MemoryPressureMonitor monitor = MemoryPressureMonitor.builder(analyzer)
 *         .threshold(0.80)
 *         .action(PressureAction.STOP)     // or: .onPressure(p -> p.culprit().ifPresent(s -> s.stop("memory pressure")))
 *         .start();
 * }</pre>
 *
 * <h2>When the heap is under pressure</h2>
 *
 * From the JVM's garbage-collection notifications ({@code com.sun.management}), by what each collection can
 * tell:
 *
 * <ul>
 *   <li>A collection that reclaims the old generation leaves what is live: its figure counts as it is — a
 *       full collection of G1 ({@code G1 Old Generation}), Parallel ({@code PS MarkSweep}) or Serial ({@code
 *       MarkSweepCompact}), G1's remark and cleanup where the JVM reports them (JDK 20+, {@code G1
 *       Concurrent GC}), and every cycle of ZGC and Shenandoah (they mark the whole heap each cycle; their
 *       {@code Pauses} beans are ignored).
 *   <li>A young collection (and G1's mixed ones, reported with them) leaves the old generation as it was,
 *       dead tenured objects included: a request stopped seconds ago may still fill it. Its figure counts only
 *       while the heap grows: above the threshold and at least 1/128 of the maximum more than after the
 *       previous collection. Garbage waiting to be reclaimed does not grow; a balloon does, and is seen early.
 * </ul>
 *
 * Without those notifications (a non-HotSpot JVM), collection usage thresholds on the tenured pools decide.
 *
 * <h2>Who is the culprit</h2>
 *
 * A scope's rank is the rows it {@linkplain InFlightScope#retainedRows() retains}: rows of buffered results it
 * has open, and a sample of its rows watched through weak references (about one value per 1,024 rows read):
 * those still alive four collections and 500 ms after they were read are held by the application. A request that
 * streams and releases its rows ranks below one that accumulates, however fast it reads, and only its own
 * rows count: garbage left by earlier work is never attributed to it. {@link MemoryPressure#culprit()} is
 * the first scope only when it shows retained rows.
 *
 * <p>The report is logged at WARN on {@value #LOGGER_NAME}, at most once per {@link Builder#minInterval}
 * (default 10 s), with at most {@link Builder#maxScopes} scopes. Callbacks and the {@link PressureAction#STOP}
 * action run on every decision, never throttled: a second runaway right after the first is stopped too.
 * They run on the JVM's notification thread; they must be quick. An exception from one is logged and
 * ignored.
 *
 * <p><b>Cost.</b> Nothing per statement beyond the scope counters budgets use anyway; while a monitor runs,
 * one weak reference per 1,024 rows read; per decision, a snapshot of the open scopes (bounded, see {@link
 * QueryAnalyzer#inFlightScopes()}).
 */
public final class MemoryPressureMonitor implements AutoCloseable {

    /** The logger of the reports. */
    public static final String LOGGER_NAME = "dev.leanjdbc.analyzer.memory";

    private final HeapWatch watch;

    private MemoryPressureMonitor(HeapWatch watch) {
        this.watch = watch;
    }

    public static Builder builder(QueryAnalyzer analyzer) {
        return new Builder(analyzer);
    }

    /** The tenured pools given collection usage thresholds, e.g. {@code [G1 Old Gen]} (used without GC notifications). */
    public List<String> watchedPools() {
        return watch.pools();
    }

    /** Reports handled so far (logged and called back). */
    public long reports() {
        return watch.reports();
    }

    /** A report of the current heap and open scopes, now, without waiting for a collection or logging it. */
    public MemoryPressure snapshot() {
        return watch.snapshot();
    }

    /** Stops watching: removes the listener and switches the thresholds it set off. Idempotent. */
    @Override
    public void close() {
        watch.close();
    }

    /** Settings of a {@link MemoryPressureMonitor}. */
    public static final class Builder {

        private final QueryAnalyzer analyzer;
        private double threshold = 0.85;
        private int maxScopes = 10;
        private Duration minInterval = Duration.ofSeconds(10);
        private PressureAction action = PressureAction.LOG;
        private final List<Consumer<MemoryPressure>> callbacks = new ArrayList<>();

        private Builder(QueryAnalyzer analyzer) {
            this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        }

        /** Fraction of a pool's maximum that, in use after a collection, triggers a report (0.1 to 0.99, default 0.85). */
        public Builder threshold(double fraction) {
            if (!(fraction >= 0.1 && fraction <= 0.99)) {
                throw new IllegalArgumentException(
                        "threshold must be between 0.1 and 0.99 (a fraction of the pool's maximum), was " + fraction);
            }
            this.threshold = fraction;
            return this;
        }

        /** Scopes listed per report (1 to 1,000, default 10). */
        public Builder maxScopes(int n) {
            if (n < 1 || n > 1_000) {
                throw new IllegalArgumentException("maxScopes must be between 1 and 1000, was " + n);
            }
            this.maxScopes = n;
            return this;
        }

        /** Least time between two logged reports (>= 0, default 10 s); callbacks and stops are not throttled. */
        public Builder minInterval(Duration interval) {
            Objects.requireNonNull(interval, "minInterval");
            if (interval.isNegative()) {
                throw new IllegalArgumentException("minInterval must be >= 0, was " + interval);
            }
            this.minInterval = interval;
            return this;
        }

        /** What the monitor itself does on pressure (default {@link PressureAction#LOG}). */
        public Builder action(PressureAction action) {
            this.action = Objects.requireNonNull(action, "action");
            return this;
        }

        /** Called on each decision (after the log line when one is due), never throttled. */
        public Builder onPressure(Consumer<MemoryPressure> callback) {
            callbacks.add(Objects.requireNonNull(callback, "callback"));
            return this;
        }

        /** Sets the thresholds and starts listening. */
        public MemoryPressureMonitor start() {
            List<Consumer<MemoryPressure>> all = new ArrayList<>();
            if (action == PressureAction.STOP) {
                all.add(p -> p.culprit().ifPresent(s -> s.stop("memory pressure: " + s.retentionText())));
            }
            all.addAll(callbacks);
            return new MemoryPressureMonitor(
                    new HeapWatch(analyzer::inFlightScopes, threshold, maxScopes, minInterval, List.copyOf(all)));
        }
    }
}
