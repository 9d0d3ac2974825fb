package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.BudgetAction;
import dev.leanjdbc.analyzer.BudgetExceededException;
import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.ScopeBudget;
import dev.leanjdbc.analyzer.ScopeStoppedException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one open scope has done so far — statements, rows read, rows buffered — checked against its budget,
 * and what it is doing right now (statement, call site), for memory-pressure reports. Shared by every
 * thread attached to the scope, hence atomic counters.
 */
public final class ScopeUsage {

    private static final Logger BUDGET = LoggerFactory.getLogger("dev.leanjdbc.analyzer.budget");

    /** Rows a result reads before it adds them to its scopes when no limit is near. */
    static final long ROW_CHUNK = 1_024;

    private static final int STATEMENTS = 1;
    private static final int ROWS_READ = 2;
    private static final int ROWS_BUFFERED = 4;
    private static final int ROWS_HELD = 8;

    private final ScopeState scope;
    private final Recorder recorder;
    private final ScopeBudget budget;
    private final Thread thread;
    private final long allocatedAtOpen;
    // Plain fields updated through VarHandles: a scope per request should not cost four extra objects.
    private volatile long statements;
    private volatile long rowsRead;
    private volatile long rowsBuffered;
    /** Rows counted against maxRowsRead: those of results not exempt as streams. */
    private volatile long rowsBudgeted;
    /** Rows read from buffered results still open: the driver holds at least these in memory. */
    private volatile long rowsHeld;
    /** Sampled values of the rows read, to tell kept rows from released ones; made on the first probe. */
    private volatile RetentionProbes probes;

    volatile String fingerprint;
    volatile CallSite callSite;
    volatile Statement statement;
    /** Its slot in the in-flight registry, or -1 when not listed (the scope may be closed on another thread). */
    volatile int slot = -1;

    /** Set when the application stopped the scope: its next JDBC call throws. */
    private volatile String stopReason;
    /** Budgets already logged (bits), so each breach warns once per scope. */
    private volatile int warned;

    private static final VarHandle STATEMENT_COUNT;
    private static final VarHandle ROW_COUNT;
    private static final VarHandle BUFFERED_COUNT;
    private static final VarHandle HELD_COUNT;
    private static final VarHandle BUDGETED_COUNT;
    private static final VarHandle WARNED_BITS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            STATEMENT_COUNT = l.findVarHandle(ScopeUsage.class, "statements", long.class);
            ROW_COUNT = l.findVarHandle(ScopeUsage.class, "rowsRead", long.class);
            BUFFERED_COUNT = l.findVarHandle(ScopeUsage.class, "rowsBuffered", long.class);
            HELD_COUNT = l.findVarHandle(ScopeUsage.class, "rowsHeld", long.class);
            BUDGETED_COUNT = l.findVarHandle(ScopeUsage.class, "rowsBudgeted", long.class);
            WARNED_BITS = l.findVarHandle(ScopeUsage.class, "warned", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    ScopeUsage(ScopeState scope, Recorder recorder, ScopeBudget budget) {
        this.scope = scope;
        this.recorder = recorder;
        this.budget = budget;
        this.thread = Thread.currentThread();
        this.allocatedAtOpen = ThreadAllocation.current();
    }

    long statements() {
        return statements;
    }

    long rowsRead() {
        return rowsRead;
    }

    long rowsBuffered() {
        return rowsBuffered;
    }

    long rowsHeld() {
        return Math.max(0, rowsHeld);
    }

    /** {alive, judged} retention probes (see {@link RetentionProbes}); 0 when none was judged. */
    long retentionProbes() {
        RetentionProbes p = probes;
        return p == null ? 0 : p.judge();
    }

    ScopeState scope() {
        return scope;
    }

    Thread thread() {
        return thread;
    }

    /** Bytes the opening thread allocated since the scope opened, or -1 when the JVM cannot tell. */
    long allocatedBytes() {
        if (allocatedAtOpen < 0) {
            return -1;
        }
        long now = ThreadAllocation.of(thread);
        return now < 0 ? -1 : Math.max(0, now - allocatedAtOpen);
    }

    /** Stops the scope: its next statement, or its results within a chunk of rows, throw; cancels what runs. */
    void stop(String reason) {
        stopReason = reason;
        Statement s = statement;
        if (s != null) {
            try {
                s.cancel();
            } catch (SQLException | RuntimeException e) {
                // closed already or not cancellable: the flag stops the scope at its next call
            }
        }
    }

    /**
     * Throws the stop of the first stopped scope of {@code scopes}, with {@code cause} (the driver's
     * exception, typically its cancellation of the running statement); returns when none was stopped.
     */
    public static void throwIfStopped(ScopeNode scopes, SQLException cause) throws ScopeStoppedException {
        if (cause instanceof ScopeStoppedException || cause instanceof BudgetExceededException) {
            return;
        }
        for (ScopeNode n = scopes; n != null; n = n.next) {
            ScopeUsage u = n.scope.usage();
            String reason = u.stopReason;
            if (reason != null) {
                ScopeStoppedException e = ApiAccess.scopeStopped(u.scope.name(), reason, u.recorder.callSiteNow());
                e.initCause(cause);
                throw e;
            }
        }
    }

    private void checkStopped() throws ScopeStoppedException {
        String reason = stopReason;
        if (reason != null) {
            throw ApiAccess.scopeStopped(scope.name(), reason, recorder.callSiteNow());
        }
    }

    /**
     * A statement starts in the scopes of {@code scopes}: counts it, remembers what runs, and checks the
     * statement budgets (outermost scope last).
     */
    public static void statementStarted(ScopeNode scopes, String fingerprint, CallSite site, Statement statement)
            throws SQLException {
        for (ScopeNode n = scopes; n != null; n = n.next) {
            ScopeUsage u = n.scope.usage();
            u.checkStopped();
            u.fingerprint = fingerprint;
            u.callSite = site;
            u.statement = statement;
            long count = (long) STATEMENT_COUNT.getAndAdd(u, 1L) + 1;
            if (count > u.budget.maxStatements()) {
                u.breach(STATEMENTS, "maxStatements", u.budget.maxStatements(), count, true);
            }
        }
    }

    /**
     * A result of the scopes of {@code scopes} read {@code rows} more rows; {@code buffered}: the driver held
     * it whole, {@code streamed}: the driver streams it (exempt from maxRowsRead where the budget says so).
     * Returns how many more rows it may read before calling again (>= 1): the chunk, or fewer when a limit is
     * near so that the breach is seen at the row that makes it. Throws when a budget says so and {@code
     * mayThrow}.
     */
    public static long rowsRead(ScopeNode scopes, long rows, boolean buffered, boolean streamed, boolean mayThrow)
            throws SQLException {
        long next = ROW_CHUNK;
        for (ScopeNode n = scopes; n != null; n = n.next) {
            ScopeUsage u = n.scope.usage();
            if (mayThrow) {
                u.checkStopped();
            }
            ScopeBudget b = u.budget;
            ROW_COUNT.getAndAdd(u, rows);
            if (!(streamed && b.streamsExempt())) {
                long read = (long) BUDGETED_COUNT.getAndAdd(u, rows) + rows;
                if (read > b.maxRowsRead()) {
                    u.breach(ROWS_READ, "maxRowsRead", b.maxRowsRead(), read, mayThrow);
                } else if (b.maxRowsRead() != ScopeBudget.UNLIMITED) {
                    next = Math.min(next, b.maxRowsRead() - read + 1);
                }
            }
            if (buffered) {
                HELD_COUNT.getAndAdd(u, rows);
                long total = (long) BUFFERED_COUNT.getAndAdd(u, rows) + rows;
                if (total > b.maxRowsBuffered()) {
                    u.breach(ROWS_BUFFERED, "maxRowsBuffered", b.maxRowsBuffered(), total, mayThrow);
                } else if (b.maxRowsBuffered() != ScopeBudget.UNLIMITED) {
                    next = Math.min(next, b.maxRowsBuffered() - total + 1);
                }
            }
            if (b.maxRowsHeld() != ScopeBudget.UNLIMITED) {
                long held = u.heldForBudget();
                if (held > b.maxRowsHeld()) {
                    u.breach(ROWS_HELD, "maxRowsHeld", b.maxRowsHeld(), held, mayThrow);
                } else if (buffered) {
                    next = Math.min(next, b.maxRowsHeld() - held + 1);
                }
            }
        }
        return Math.max(1, next);
    }

    /** Rows held for {@code maxRowsHeld}: open buffered results, or the retained estimate when more. */
    private long heldForBudget() {
        long held = rowsHeld();
        RetentionProbes p = probes;
        if (p != null) {
            long judged = p.judge();
            int alive = (int) (judged >>> 32);
            int count = (int) judged;
            // Only evidence counts: at least 4 judged and half alive (see InFlightScope.retainsRows), so that a
            // stream's stray survivors under a full heap do not add up to a breach over millions of rows.
            if (count >= 4 && alive * 2 >= count) {
                held = Math.max(held, Math.round((double) rowsRead * alive / count));
            }
        }
        return held;
    }

    /**
     * Rows a buffered result of {@code scopes} may bring before a {@code THROW} budget with a row limit fails
     * it: the least remaining of maxRowsRead, maxRowsBuffered and maxRowsHeld over the scopes, or {@link
     * ScopeBudget#UNLIMITED} when no such budget applies. The statement's maxRows is capped at this + 1.
     */
    public static long remainingBeforeThrow(ScopeNode scopes) {
        long remaining = ScopeBudget.UNLIMITED;
        for (ScopeNode n = scopes; n != null; n = n.next) {
            ScopeUsage u = n.scope.usage();
            ScopeBudget b = u.budget;
            if (b.action() != BudgetAction.THROW) {
                continue;
            }
            if (b.maxRowsRead() != ScopeBudget.UNLIMITED) {
                remaining = Math.min(remaining, b.maxRowsRead() - u.rowsBudgeted);
            }
            if (b.maxRowsBuffered() != ScopeBudget.UNLIMITED) {
                remaining = Math.min(remaining, b.maxRowsBuffered() - u.rowsBuffered);
            }
            if (b.maxRowsHeld() != ScopeBudget.UNLIMITED) {
                remaining = Math.min(remaining, b.maxRowsHeld() - u.rowsHeld());
            }
        }
        return remaining == ScopeBudget.UNLIMITED ? remaining : Math.max(0, remaining);
    }

    /** A buffered result of {@code scopes} that added {@code rows} rows was closed: the driver let them go. */
    public static void released(ScopeNode scopes, long rows) {
        for (ScopeNode n = scopes; n != null; n = n.next) {
            HELD_COUNT.getAndAdd(n.scope.usage(), -rows);
        }
    }

    /**
     * The value a probe watches, and the application gets in its place: an equal copy of an immutable
     * {@code String} or {@code BigDecimal}, so that only the application can keep it alive. A driver may
     * hand out instances it keeps itself — H2 embedded returns one cached {@code String} for a constant
     * column on every row and keeps recent values in an object cache — and a probe on such an instance
     * said a streaming export held every row it read. Other values are left as they are (mutable ones are
     * the application's own copy already; boxed primitives are never probed).
     *
     * <p><b>Performance.</b> One copy per probe (about one per 1,024 rows, only while a monitor runs); a
     * {@code String} copy shares the original's characters.
     */
    @SuppressWarnings("unchecked")
    public static <T> T owned(T value) {
        if (value instanceof String s) {
            return (T) new String(s);
        }
        if (value instanceof java.math.BigDecimal d && d.getClass() == java.math.BigDecimal.class) {
            return (T) new java.math.BigDecimal(d.unscaledValue(), d.scale());
        }
        return value;
    }

    /**
     * A value the driver handed to the application from a result of {@code scopes}, taken as a retention
     * probe (about one per 1,024 rows, only while a memory-pressure monitor runs).
     */
    public static void probe(ScopeNode scopes, Object value) {
        if (!RetentionProbes.probes(value)) {
            return;
        }
        for (ScopeNode n = scopes; n != null; n = n.next) {
            ScopeUsage u = n.scope.usage();
            RetentionProbes p = u.probes;
            if (p == null) {
                synchronized (u) {
                    p = u.probes;
                    if (p == null) {
                        u.probes = p = new RetentionProbes();
                    }
                }
            }
            p.add(value);
        }
    }

    /** Rows until a result of {@code scopes} should first report: the chunk, or less when a limit is near. */
    public static long firstCheck(ScopeNode scopes, boolean buffered, boolean streamed) {
        long next = ROW_CHUNK;
        for (ScopeNode n = scopes; n != null; n = n.next) {
            ScopeUsage u = n.scope.usage();
            ScopeBudget b = u.budget;
            if (b.maxRowsRead() != ScopeBudget.UNLIMITED && !(streamed && b.streamsExempt())) {
                next = Math.min(next, b.maxRowsRead() - u.rowsBudgeted + 1);
            }
            if (buffered && b.maxRowsBuffered() != ScopeBudget.UNLIMITED) {
                next = Math.min(next, b.maxRowsBuffered() - u.rowsBuffered + 1);
            }
            if (buffered && b.maxRowsHeld() != ScopeBudget.UNLIMITED) {
                next = Math.min(next, b.maxRowsHeld() - u.rowsHeld() + 1);
            }
        }
        return Math.max(1, next);
    }

    private void breach(int bit, String name, long limit, long value, boolean mayThrow) throws BudgetExceededException {
        boolean first = ((int) WARNED_BITS.getAndBitwiseOr(this, bit) & bit) == 0;
        boolean raise = mayThrow && budget.action() == BudgetAction.THROW;
        if (!first && !raise) {
            return;
        }
        // Rare: walk the stack now whatever the call-site mode, so the message names the line that went over.
        CallSite site = recorder.callSiteNow();
        BudgetExceededException e = ApiAccess.budgetExceeded(name, limit, value, scope.name(), fingerprint, site);
        if (first) {
            BUDGET.warn(e.getMessage());
        }
        if (raise) {
            throw e;
        }
    }
}
