package dev.leanjdbc;

/**
 * How a bulk insert, upsert or update-from-values splits its rows and commits them.
 *
 * <pre>{@code
 * db.insertMany(ORDERS, rows, BulkOptions.defaults().withChunkSize(5_000).withAtomicity(Atomicity.PER_CHUNK));
 * }</pre>
 *
 * Immutable; each {@code withX} step returns a copy.
 */
public final class BulkOptions {

    /**
     * Rows per statement (per COPY command) unless set: few round trips, and statements with bind parameters
     * are capped by the bind limit anyway. For update from values, 1,000 and 10,000 rows per statement
     * measured within noise of each other (docs/bulk.md).
     */
    public static final int DEFAULT_CHUNK_SIZE = 10_000;

    /** The largest chunk size accepted. */
    public static final int MAX_CHUNK_SIZE = 1_000_000;

    /** What a failure leaves behind. */
    public enum Atomicity {
        /** One transaction for the whole call: a failure in any chunk commits nothing. The default. */
        ALL_OR_NOTHING,
        /** One transaction per chunk: a failure leaves the chunks before it committed. */
        PER_CHUNK
    }

    private static final BulkOptions DEFAULTS =
            new BulkOptions(DEFAULT_CHUNK_SIZE, Atomicity.ALL_OR_NOTHING, BulkProgress.NONE, true);

    private final int chunkSize;
    private final Atomicity atomicity;
    private final BulkProgress progress;
    private final boolean copyAllowed;

    private BulkOptions(int chunkSize, Atomicity atomicity, BulkProgress progress, boolean copyAllowed) {
        this.chunkSize = chunkSize;
        this.atomicity = atomicity;
        this.progress = progress;
        this.copyAllowed = copyAllowed;
    }

    /** Chunks of {@value #DEFAULT_CHUNK_SIZE} rows, all or nothing, no progress, COPY where available. */
    public static BulkOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Rows per statement (for COPY: per COPY command). Statements with bind parameters are further capped
     * so that rows × columns stays under the driver's parameter limit (PostgreSQL: 65,535).
     *
     * @throws IllegalArgumentException unless {@code 1 <= chunkSize <= MAX_CHUNK_SIZE}
     */
    public BulkOptions withChunkSize(int chunkSize) {
        if (chunkSize <= 0 || chunkSize > MAX_CHUNK_SIZE) {
            throw new IllegalArgumentException(
                    "chunkSize must be between 1 and " + MAX_CHUNK_SIZE + ", was " + chunkSize);
        }
        return new BulkOptions(chunkSize, atomicity, progress, copyAllowed);
    }

    public BulkOptions withAtomicity(Atomicity atomicity) {
        if (atomicity == null) {
            throw new IllegalArgumentException("atomicity must not be null; use ALL_OR_NOTHING or PER_CHUNK");
        }
        return new BulkOptions(chunkSize, atomicity, progress, copyAllowed);
    }

    /** Told after each committed chunk (with {@link Atomicity#PER_CHUNK}) or once at the end. */
    public BulkOptions withProgress(BulkProgress progress) {
        if (progress == null) {
            throw new IllegalArgumentException("progress must not be null; use BulkProgress.NONE");
        }
        return new BulkOptions(chunkSize, atomicity, progress, copyAllowed);
    }

    /**
     * Whether {@link Lean#insertMany} may use PostgreSQL's {@code COPY} (default {@code true}); {@code false}
     * forces multi-row {@code INSERT}, e.g. to have insert triggers see statement-level semantics of INSERT.
     */
    public BulkOptions withCopyAllowed(boolean copyAllowed) {
        return new BulkOptions(chunkSize, atomicity, progress, copyAllowed);
    }

    public int chunkSize() {
        return chunkSize;
    }

    public Atomicity atomicity() {
        return atomicity;
    }

    public BulkProgress progress() {
        return progress;
    }

    public boolean copyAllowed() {
        return copyAllowed;
    }

    @Override
    public String toString() {
        return "BulkOptions[chunkSize=" + chunkSize + ", atomicity=" + atomicity + ", copyAllowed=" + copyAllowed + "]";
    }
}
