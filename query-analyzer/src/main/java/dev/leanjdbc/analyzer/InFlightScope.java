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
    private final long rowsHeld;
    private final int probesAlive;
    private final int probesJudged;
    private final String fingerprint;
    private final CallSite callSite;
    private final Statement statement;
    private final Consumer<String> stopper;

    /** Made by the analyzer (see {@code ApiAccess}); not public, so fields can be added. */
    InFlightScope(
            String name,
            String threadName,
            Duration age,
            long statements,
            long rowsRead,
            long rowsBuffered,
            long allocatedBytes,
            long rowsHeld,
            int probesAlive,
            int probesJudged,
            String fingerprint,
            CallSite callSite,
            Statement statement,
            Consumer<String> stopper) {
        this.rowsHeld = rowsHeld;
        this.probesAlive = probesAlive;
        this.probesJudged = probesJudged;
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
     * Rows read from results the driver buffered whole and that are still open: the driver holds at least
     * these in memory (all of the result, in fact, read or not).
     */
    public long rowsHeld() {
        return rowsHeld;
    }

    /**
     * Sampled rows still alive four or more collections (and 500 ms) after they were read: about one value per 1,024 rows
     * (a {@code String}, {@code BigDecimal}, {@code getObject} result... the driver handed to the application)
     * is watched through a weak reference while a {@link MemoryPressureMonitor} runs. A request that streams
     * and releases its rows has its values collected with the young generation; one that keeps them in a
     * list, a map or a buffered result keeps them alive.
     */
    public int probesAlive() {
        return probesAlive;
    }

    /** Sampled rows old enough to judge (four collections and 500 ms since they were read); the 32 kept and the verdicts of those replaced (halved past 64). */
    public int probesJudged() {
        return probesJudged;
    }

    /**
     * Rows this scope keeps alive, estimated: rows read × {@link #probesAlive()} / {@link #probesJudged()},
     * and at least {@link #rowsHeld()}; -1 when nothing was judged yet and no buffered result is open. Only
     * rows of this scope count: garbage left by earlier work is never attributed to it. The ranking of {@link
     * QueryAnalyzer#inFlightScopes()} and of memory-pressure reports.
     */
    public long retainedRows() {
        long sampled = probesJudged == 0 ? -1 : Math.round((double) rowsRead * probesAlive / probesJudged);
        return rowsHeld > 0 ? Math.max(rowsHeld, sampled) : sampled;
    }

    /**
     * Whether there is evidence this scope holds rows: a buffered result open with rows read, or at least 4
     * sampled rows judged and at least half of them alive — what a memory-pressure callback should stop.
     * A scope whose sampled rows died (survivors among a stream's probes are noise: a row the code was still on,
     * or dead values a collector under pressure had no room to evacuate), or that has not been judged, is not a culprit.
     */
    public boolean retainsRows() {
        return rowsHeld > 0 || (probesJudged >= 4 && probesAlive * 2 >= probesJudged);
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

    /** The rank's evidence, e.g. {@code retains ~384000 rows (12 of 12 sampled rows alive, 0 held in open buffered results)}. */
    public String retentionText() {
        long retained = retainedRows();
        String evidence = probesAlive + " of " + probesJudged + " sampled rows alive after 4+ collections, " + rowsHeld
                + " held in open buffered results";
        if (retained < 0) {
            return "retention not judged yet (" + evidence + ")";
        }
        return (retained == 0 ? "retains no rows" : "retains ~" + retained + " rows") + " (" + evidence + ")";
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

    /** One line: name, thread, age, retention and its evidence, rows, allocation, current statement, call site. */
    @Override
    public String toString() {
        return "'" + name + "' on " + threadName + ", " + age.toMillis() + " ms, " + retentionText() + ", "
                + statements + " statements, " + rowsRead + " rows read (" + rowsBuffered + " buffered), "
                + (allocatedBytes < 0 ? "allocation unknown" : (allocatedBytes / 1024) + " KiB allocated")
                + ", now: " + (fingerprint == null ? "-" : fingerprint)
                + " at " + (callSite == null ? "(call site not sampled)" : callSite.toString());
    }
}
