package dev.leanjdbc;

import java.util.Objects;

/**
 * Options of {@link Lean#forEachChunk}: where to resume, how to report progress, how to estimate the total.
 *
 * <pre>{@code
 * ChunkOptions.<Long>defaults().withResumeAfter(lastKey).withProgress((done, total) -> log(done, total))
 * }</pre>
 *
 * Immutable; each {@code withX} step returns a copy.
 */
public final class ChunkOptions<K> {

    /** How the total for {@link ChunkProgress} is estimated, once, before the first chunk. */
    public enum Estimate {
        /** No estimate: progress reports -1. */
        NONE,
        /** {@code select count(*)} with the same condition: exact at the start, costs a scan. */
        COUNT,
        /**
         * The database's table statistics (PostgreSQL {@code pg_class.reltuples}, H2 {@code
         * information_schema.tables.row_count_estimate}, MySQL/MariaDB {@code information_schema.tables.table_rows},
         * which InnoDB estimates from sampled pages, a few percent off even after ANALYZE TABLE): free, but for
         * the whole table, ignoring the condition, and only as fresh as the last ANALYZE. -1 where unavailable.
         */
        STATISTICS
    }

    private static final ChunkOptions<?> DEFAULTS = new ChunkOptions<>(null, ChunkProgress.NONE, Estimate.NONE);

    private final K resumeAfter;
    private final ChunkProgress progress;
    private final Estimate estimate;

    private ChunkOptions(K resumeAfter, ChunkProgress progress, Estimate estimate) {
        this.resumeAfter = resumeAfter;
        this.progress = progress;
        this.estimate = estimate;
    }

    /** Start at the smallest key, no progress reports, no estimate. */
    @SuppressWarnings("unchecked")
    public static <K> ChunkOptions<K> defaults() {
        return (ChunkOptions<K>) DEFAULTS;
    }

    /** Start with the first row whose key is greater than {@code key} (null: from the start). */
    public ChunkOptions<K> withResumeAfter(K key) {
        return new ChunkOptions<>(key, progress, estimate);
    }

    /** Called after each committed chunk. */
    public ChunkOptions<K> withProgress(ChunkProgress progress) {
        return new ChunkOptions<>(resumeAfter, Objects.requireNonNull(progress, "progress must not be null"), estimate);
    }

    public ChunkOptions<K> withEstimate(Estimate estimate) {
        return new ChunkOptions<>(resumeAfter, progress, Objects.requireNonNull(estimate, "estimate must not be null"));
    }

    public K resumeAfter() {
        return resumeAfter;
    }

    public ChunkProgress progress() {
        return progress;
    }

    public Estimate estimate() {
        return estimate;
    }
}
