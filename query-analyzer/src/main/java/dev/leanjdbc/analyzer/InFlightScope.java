package dev.leanjdbc.analyzer;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A snapshot of a scope that is still open: what it has done so far and what it is doing now. Returned by
 * {@link QueryAnalyzer#inFlightScopes()} and handed to {@linkplain MemoryPressureMonitor memory-pressure}
 * callbacks, which may {@linkplain #cancelStatement() cancel} its current statement.
 *
 * <p>Row counts lag the truth by at most 1,024 rows per result being read (rows are added in chunks, see
 * {@link ScopeBudget}).
 */
public final class InFlightScope {

    private final String name;
    private final String threadName;
    private final Duration age;
    private final long statements;
    private final long rowsRead;
    private final long rowsBuffered;
    private final long allocatedBytes;
    private final String fingerprint;
    private final CallSite callSite;
    private final Statement statement;
    private final Consumer<String> stopper;

    /** Made by the analyzer; public for tests ({@code stopper} may be {@code null}: not stoppable). */
    public InFlightScope(
            String name,
            String threadName,
            Duration age,
            long statements,
            long rowsRead,
            long rowsBuffered,
            long allocatedBytes,
            String fingerprint,
            CallSite callSite,
            Statement statement,
            Consumer<String> stopper) {
        this.name = name;
        this.threadName = threadName;
        this.age = age;
        this.statements = statements;
        this.rowsRead = rowsRead;
        this.rowsBuffered = rowsBuffered;
        this.allocatedBytes = allocatedBytes;
        this.fingerprint = fingerprint;
        this.callSite = callSite;
        this.statement = statement;
        this.stopper = stopper;
    }

    public String name() {
        return name;
    }

    /** The thread that opened the scope. */
    public String threadName() {
        return threadName;
    }

    /** Time since the scope opened. */
    public Duration age() {
        return age;
    }

    public long statements() {
        return statements;
    }

    public long rowsRead() {
        return rowsRead;
    }

    /** Rows read from results the driver held whole in memory. */
    public long rowsBuffered() {
        return rowsBuffered;
    }

    /**
     * Bytes allocated by the thread that opened the scope since it opened (all of the thread's allocations,
     * not only JDBC's), or -1 when the JVM does not measure it (non-HotSpot, or thread allocation measuring
     * switched off) or no {@link MemoryPressureMonitor} was running when the scope opened (the reading is
     * skipped then). Threads the scope is merely attached to are not counted.
     */
    public long allocatedBytes() {
        return allocatedBytes;
    }

    /** Fingerprint of the statement started last in the scope, or {@code null} before the first. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Call site of that statement, or {@code null} when not walked (see {@link CallSiteMode}). */
    public CallSite callSite() {
        return callSite;
    }

    /**
     * Asks the driver to cancel the statement started last in the scope ({@link Statement#cancel()}); the
     * thread running it then gets the driver's cancellation exception. Returns false when there is no
     * statement or the driver refused (a statement already closed, a driver without cancel).
     */
    public boolean cancelStatement() {
        Statement s = statement;
        if (s == null) {
            return false;
        }
        try {
            s.cancel();
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Stops the scope: its next JDBC call throws {@link ScopeStoppedException} — the next statement it
     * starts, or {@code ResultSet.next()} within 1,024 rows of a result it is reading — and its current
     * statement is {@linkplain #cancelStatement() cancelled} for drivers that are busy inside it (H2
     * building a buffered result). Use it to end the request that fills the heap; the application's error
     * handling then answers it. Returns false when this snapshot cannot stop its scope.
     */
    public boolean stop(String reason) {
        Objects.requireNonNull(reason, "reason");
        if (stopper == null) {
            return false;
        }
        stopper.accept(reason);
        return true;
    }

    /** One line: name, thread, age, statements, rows, allocation, current statement and call site. */
    @Override
    public String toString() {
        return "'" + name + "' on " + threadName + ", " + age.toMillis() + " ms, " + statements + " statements, "
                + rowsRead + " rows read (" + rowsBuffered + " buffered), "
                + (allocatedBytes < 0 ? "allocation unknown" : (allocatedBytes / 1024) + " KiB allocated")
                + ", now: " + (fingerprint == null ? "-" : fingerprint)
                + " at " + (callSite == null ? "(call site not sampled)" : callSite.toString());
    }
}
