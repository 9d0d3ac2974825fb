package dev.leanjdbc.analyzer;

import java.util.Objects;

/**
 * Who sent a statement: the application, or one of leanjdbc core's own operations ({@code forEachChunk},
 * {@code deleteInChunks}, {@code updateInChunks}, {@code insertMany}, {@code upsertMany}, {@code
 * updateFromValues}, {@code stream}), or leanjdbc itself around an operation ({@link #isInternal()}: H2's
 * {@code SET LAZY_QUERY_EXECUTION}).
 *
 * <p>The analyzer learns it from a marker core sets on the thread while it sends its own statements (never
 * while it runs the application's callbacks); without core on the class path every statement is the
 * application's. The detectors use it: repetition inside one run of an operation (one chunk query per chunk)
 * is the operation's design, not an N+1, row-by-row DML or unbatched INSERT; internal statements are not
 * counted in reports (see {@link Report#internalStatements()}). See {@code docs/query-analyzer.md}.
 */
public final class StatementOrigin {

    /** The application's own statement (also every statement when leanjdbc core is not in use). */
    public static final StatementOrigin APPLICATION = new StatementOrigin("", 0, 0);

    private static final String INTERNAL = "internal";

    private final String operation;
    private final int chunkSize;
    private final long run;

    private StatementOrigin(String operation, int chunkSize, long run) {
        this.operation = operation;
        this.chunkSize = chunkSize;
        this.run = run;
    }

    /**
     * A statement of a leanjdbc operation.
     *
     * @param operation the method of {@code Lean}, e.g. {@code "forEachChunk"}, or {@code "internal"}
     * @param chunkSize rows per chunk asked for, 0 when not chunked
     * @param run a number shared by the statements of one call of the operation, &gt; 0
     */
    public static StatementOrigin leanOperation(String operation, int chunkSize, long run) {
        Objects.requireNonNull(operation, "operation");
        if (operation.isEmpty() || run <= 0) {
            throw new IllegalArgumentException(
                    "a leanjdbc operation needs a name and a run > 0, was '" + operation + "', run " + run);
        }
        return new StatementOrigin(operation, Math.max(0, chunkSize), run);
    }

    /** Whether the application sent the statement itself. */
    public boolean isApplication() {
        return run == 0;
    }

    /** Whether leanjdbc added the statement around an operation (a session setting): not the user's work. */
    public boolean isInternal() {
        return run != 0 && INTERNAL.equals(operation); // asked of every event: the application's answers at once
    }

    /** The leanjdbc operation ({@code "forEachChunk"}, ...), {@code "internal"}, or empty for the application. */
    public String operation() {
        return operation;
    }

    /** Rows per chunk the operation was asked to use; 0 when not chunked or for the application. */
    public int chunkSize() {
        return chunkSize;
    }

    /** The call of the operation the statement belongs to (shared by its statements); 0 for the application. */
    public long run() {
        return run;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatementOrigin s
                && s.run == run
                && s.chunkSize == chunkSize
                && s.operation.equals(operation);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(run) * 31 + operation.hashCode();
    }

    @Override
    public String toString() {
        if (isApplication()) {
            return "application";
        }
        return "leanjdbc " + operation + (chunkSize > 0 ? " (chunks of " + chunkSize + ")" : "") + " #" + run;
    }
}
