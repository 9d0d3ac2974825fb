package dev.leanjdbc.analyzer;

import dev.leanjdbc.analyzer.internal.HeapWatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Watches the heap after each garbage collection and, when a heap pool is fuller than a threshold, logs
 * which {@linkplain AnalysisScope scopes} are in flight — ranked by rows read and bytes allocated by their
 * threads, each with its current statement and call site — and calls back so the application can act:
 * {@linkplain InFlightScope#cancelStatement() cancel} the biggest reader's statement, shed load, refuse
 * new work.
 *
 * <pre>{@code
 * MemoryPressureMonitor monitor = MemoryPressureMonitor.builder(analyzer)
 *         .threshold(0.80)
 *         .onPressure(p -> p.scopes().stream().findFirst().ifPresent(InFlightScope::cancelStatement))
 *         .start();
 * }</pre>
 *
 * <h2>How it notices</h2>
 *
 * Through the JVM's own mechanism: every heap pool that supports a <em>collection usage threshold</em>
 * (the old generation of G1, Parallel and Serial; the whole heap of ZGC and Shenandoah) gets one at {@code
 * threshold} × its maximum, and the memory bean's {@code MEMORY_COLLECTION_THRESHOLD_EXCEEDED} notification
 * triggers the report. Usage after a collection is what the application truly holds; usage before it is
 * mostly garbage. Pools without a maximum or without threshold support are not watched. Setting a
 * threshold replaces one set by other code on the same pool (the JVM allows one); {@link #close()} sets it
 * back to 0 (off).
 *
 * <p>The report is logged at WARN on {@value #LOGGER_NAME}, at most once per {@link Builder#minInterval}
 * (default 10 s), with at most {@link Builder#maxScopes} scopes. Callbacks run on the JVM's notification
 * thread right after the log line; they must be quick. An exception from one is logged and ignored.
 *
 * <p><b>Cost.</b> Nothing per statement beyond the scope counters budgets use anyway; per report, a
 * snapshot of the open scopes (bounded, see {@link QueryAnalyzer#inFlightScopes()}).
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

    /** The pools being watched, e.g. {@code [G1 Old Gen]}; empty when the JVM offers none. */
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

        /** Least time between two reports (>= 0, default 10 s); notifications in between are skipped. */
        public Builder minInterval(Duration interval) {
            Objects.requireNonNull(interval, "minInterval");
            if (interval.isNegative()) {
                throw new IllegalArgumentException("minInterval must be >= 0, was " + interval);
            }
            this.minInterval = interval;
            return this;
        }

        /** Called with each report, after it is logged. */
        public Builder onPressure(Consumer<MemoryPressure> callback) {
            callbacks.add(Objects.requireNonNull(callback, "callback"));
            return this;
        }

        /** Sets the thresholds and starts listening. */
        public MemoryPressureMonitor start() {
            return new MemoryPressureMonitor(
                    new HeapWatch(analyzer::inFlightScopes, threshold, maxScopes, minInterval, List.copyOf(callbacks)));
        }
    }
}
