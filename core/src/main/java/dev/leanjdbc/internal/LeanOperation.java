package dev.leanjdbc.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The leanjdbc operation whose statements the current thread is sending, so that a JDBC-level observer
 * can tell core's own repetition (one chunk query per chunk) from the application's (one query per row).
 *
 * <p>This is a contract with leanjdbc's query analyzer, which does not depend on core: the analyzer looks
 * this class up by name once, when its own classes load, and calls {@link #current()} when a statement
 * starts (one thread-local read); without core on the class path it does nothing. The marker is set only
 * around the statements core sends itself, never while core calls back into application code (a chunk
 * handler, a progress callback, the consumer of a stream), so statements the application sends from there
 * stay the application's. See {@code docs/query-analyzer.md}, "leanjdbc's own operations".
 *
 * <p>Names and methods of this class are kept stable for that reason, although it is not API.
 */
public final class LeanOperation {

    /** Marks statements leanjdbc adds around an operation (e.g. H2's {@code SET LAZY_QUERY_EXECUTION}). */
    public static final String INTERNAL = "internal";

    private static final ThreadLocal<LeanOperation> CURRENT = new ThreadLocal<>();
    private static final AtomicLong RUNS = new AtomicLong();

    private final String name;
    private final int chunkSize;
    private final long run;

    private LeanOperation(String name, int chunkSize) {
        this.name = name;
        this.chunkSize = chunkSize;
        this.run = RUNS.incrementAndGet();
    }

    /**
     * A new run of operation {@code name} (the method of {@code Lean}, e.g. {@code "forEachChunk"}), not yet
     * marking anything.
     *
     * @param chunkSize rows per chunk the caller asked for, or 0 when the operation is not chunked
     */
    public static LeanOperation of(String name, int chunkSize) {
        return new LeanOperation(name, chunkSize);
    }

    /** The operation whose statements the current thread is sending now, or {@code null}. */
    public static LeanOperation current() {
        return CURRENT.get();
    }

    /** Marks the current thread's statements as this operation's; returns what to {@link #restore} after. */
    public LeanOperation enter() {
        LeanOperation previous = CURRENT.get();
        CURRENT.set(this);
        return previous;
    }

    /** Ends the marking begun by {@link #enter()} ({@code previous} is what it returned). */
    public static void restore(LeanOperation previous) {
        // set(null), not remove(): the thread's next operation reuses the map entry
        CURRENT.set(previous);
    }

    /** Suspends any marking while core calls application code; returns what to {@link #restore} after. */
    public static LeanOperation suspend() {
        LeanOperation previous = CURRENT.get();
        if (previous != null) {
            CURRENT.set(null);
        }
        return previous;
    }

    /** The method of {@code Lean} this run belongs to, or {@link #INTERNAL}. */
    public String name() {
        return name;
    }

    /** Rows per chunk asked for, or 0 when not chunked. */
    public int chunkSize() {
        return chunkSize;
    }

    /** A number unique to this run within the JVM: statements of one call of the operation share it. */
    public long run() {
        return run;
    }

    /** Whether the statements are ones leanjdbc adds itself (session settings), not the user's work. */
    public boolean internal() {
        return INTERNAL.equals(name);
    }

    @Override
    public String toString() {
        return "LeanOperation[" + name + (chunkSize > 0 ? ", chunks of " + chunkSize : "") + ", run " + run + "]";
    }
}
