package dev.leanjdbc.analyzer;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Limits on what one scope (a request, a job) may do: statements executed, rows read, rows read from
 * results the driver held whole in memory. Immutable; {@code with*} methods return a copy.
 *
 * <pre>{@code
 * ScopeBudget budget = ScopeBudget.unlimited().withMaxRowsRead(50_000).withMaxStatements(200)
 *         .withAction(BudgetAction.THROW);
 * try (AnalysisScope scope = analyzer.scope("nightly export", budget)) { ... }
 * }</pre>
 *
 * <h2>When a budget trips</h2>
 *
 * <ul>
 *   <li>{@code maxStatements}: when the statement one over the limit starts, before the driver runs it.
 *   <li>{@code maxRowsRead}: in the {@code ResultSet.next()} that moves to the row one over the limit, while
 *       the read is running, not after it. Rows of all results of the scope count, on every thread where
 *       the scope is attached.
 *   <li>{@code maxRowsBuffered}: as {@code maxRowsRead}, counting only rows of results the driver held whole
 *       in memory ({@link ResultMode#BUFFERED}).
 *   <li>{@code maxRowsHeld}: as {@code maxRowsRead}, counting the rows the scope holds at once (buffered
 *       results still open, or its estimated retained rows).
 * </ul>
 *
 * Rows of results the driver streams do not count against {@code maxRowsRead} unless {@link
 * #withStreamsExempt withStreamsExempt(false)}: a streaming export is not a runaway by its row count.
 *
 * <h2>Buffered results under a THROW budget</h2>
 *
 * A driver that buffers a whole result (PostgreSQL without a fetch size, H2 outside lazy mode) fetches every
 * row inside {@code executeQuery}. When a {@code THROW} budget with a row limit applies to such a query and
 * the application set no {@link java.sql.Statement#setMaxRows maxRows}, the analyzer sets the driver's
 * maxRows to the remaining budget + 1 for that execution (and back to 0 right after it, so {@code
 * getMaxRows()} still says 0): the driver buffers at most that many rows, and the row one over the limit
 * fails with the budget's message — before the memory is spent. Results within the budget are unchanged.
 *
 * A statement counts in every open scope of its thread, so an outer scope's budget also sees the statements
 * of the scopes nested in it.
 *
 * <p><b>Performance.</b> Each scope keeps three atomic counters. A statement adds one to them; rows are
 * added in chunks of at most 1,024 per result (exactly at the limit when one is near), so the per-row cost
 * is a compare. While several results of one scope are read at once on different threads, each may read up
 * to its chunk before the sum is checked.
 */
public final class ScopeBudget {

    /** Value of a limit that is not set. */
    public static final long UNLIMITED = Long.MAX_VALUE;

    private static final ScopeBudget NONE =
            new ScopeBudget(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, true, BudgetAction.WARN);

    private final long maxStatements;
    private final long maxRowsRead;
    private final long maxRowsBuffered;
    private final long maxRowsHeld;
    private final boolean streamsExempt;
    private final BudgetAction action;

    private ScopeBudget(
            long maxStatements,
            long maxRowsRead,
            long maxRowsBuffered,
            long maxRowsHeld,
            boolean streamsExempt,
            BudgetAction action) {
        this.maxStatements = maxStatements;
        this.maxRowsRead = maxRowsRead;
        this.maxRowsBuffered = maxRowsBuffered;
        this.maxRowsHeld = maxRowsHeld;
        this.streamsExempt = streamsExempt;
        this.action = action;
    }

    /** Prefix of the system properties read by {@link #fromSystemProperties()}. */
    public static final String PROPERTY_PREFIX = "leanjdbc.analyzer.budget.";

    /** No limits; breaches (none) would warn. The default budget of every scope. */
    public static ScopeBudget unlimited() {
        return NONE;
    }

    /** Statements a scope may start (>= 1). */
    public ScopeBudget withMaxStatements(long max) {
        return new ScopeBudget(
                positive("maxStatements", max), maxRowsRead, maxRowsBuffered, maxRowsHeld, streamsExempt, action);
    }

    /**
     * Rows a scope may read from all its results (>= 1) — except, by default, results the driver streams
     * (see {@link #withStreamsExempt}).
     */
    public ScopeBudget withMaxRowsRead(long max) {
        return new ScopeBudget(
                maxStatements, positive("maxRowsRead", max), maxRowsBuffered, maxRowsHeld, streamsExempt, action);
    }

    /** Rows a scope may read from results the driver buffered whole (>= 1). */
    public ScopeBudget withMaxRowsBuffered(long max) {
        return new ScopeBudget(
                maxStatements, maxRowsRead, positive("maxRowsBuffered", max), maxRowsHeld, streamsExempt, action);
    }

    /**
     * Rows a scope may hold at once (>= 1): rows read from buffered results it still has open, or, when
     * more, the rows it is estimated to retain from what it read ({@link InFlightScope#retainedRows()}, while
     * a {@link MemoryPressureMonitor} runs). Unlike {@link #withMaxRowsRead}, an export that streams and
     * releases its rows never reaches it, however many it reads.
     */
    public ScopeBudget withMaxRowsHeld(long max) {
        return new ScopeBudget(
                maxStatements, maxRowsRead, maxRowsBuffered, positive("maxRowsHeld", max), streamsExempt, action);
    }

    /**
     * Whether rows of results the driver streams ({@link ResultMode#STREAMED}: a fetch size > 0, forward-only
     * and auto-commit off on PostgreSQL, lazy execution on H2 — the settings leanjdbc's own streams use) are
     * exempt from {@link #withMaxRowsRead maxRowsRead} (default {@code true}). They still count in the
     * scope's figures and in {@link #withMaxRowsHeld maxRowsHeld}.
     */
    public ScopeBudget withStreamsExempt(boolean exempt) {
        return new ScopeBudget(maxStatements, maxRowsRead, maxRowsBuffered, maxRowsHeld, exempt, action);
    }

    /** What a breach does (default {@link BudgetAction#WARN}). */
    public ScopeBudget withAction(BudgetAction action) {
        return new ScopeBudget(
                maxStatements,
                maxRowsRead,
                maxRowsBuffered,
                maxRowsHeld,
                streamsExempt,
                Objects.requireNonNull(action, "action"));
    }

    public long maxStatements() {
        return maxStatements;
    }

    public long maxRowsRead() {
        return maxRowsRead;
    }

    public long maxRowsBuffered() {
        return maxRowsBuffered;
    }

    public long maxRowsHeld() {
        return maxRowsHeld;
    }

    public boolean streamsExempt() {
        return streamsExempt;
    }

    public BudgetAction action() {
        return action;
    }

    /** Whether any limit is set. */
    public boolean isLimited() {
        return maxStatements != UNLIMITED
                || maxRowsRead != UNLIMITED
                || maxRowsBuffered != UNLIMITED
                || maxRowsHeld != UNLIMITED;
    }

    /**
     * The budget set by system properties {@code leanjdbc.analyzer.budget.maxStatements}, {@code .maxRowsRead},
     * {@code .maxRowsBuffered} and {@code .action} ({@code WARN} or {@code THROW}); unlimited when none is
     * set. {@link QueryAnalyzer#builder()} starts from it.
     *
     * @throws IllegalArgumentException naming the property and its value when one is not a number >= 1 or
     *     not an action
     */
    public static ScopeBudget fromSystemProperties() {
        return unlimited().withSettings(System::getProperty, PROPERTY_PREFIX);
    }

    /**
     * This budget with the limits and action that {@code settings} give under {@code keyPrefix} + {@code
     * maxStatements}, {@code maxRowsRead}, {@code maxRowsBuffered}, {@code action}; a key the settings do
     * not have ({@code null}) keeps this budget's value. For text configuration: system properties, a
     * filter's init parameters, a properties file. Numbers may use {@code _} separators ({@code 100_000}).
     *
     * @throws IllegalArgumentException naming the key and its value when one is not a number >= 1 or not an
     *     action
     */
    public ScopeBudget withSettings(Function<String, String> settings, String keyPrefix) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        ScopeBudget b = this;
        Long limit;
        if ((limit = limit(settings, keyPrefix, "maxStatements")) != null) {
            b = b.withMaxStatements(limit);
        }
        if ((limit = limit(settings, keyPrefix, "maxRowsRead")) != null) {
            b = b.withMaxRowsRead(limit);
        }
        if ((limit = limit(settings, keyPrefix, "maxRowsBuffered")) != null) {
            b = b.withMaxRowsBuffered(limit);
        }
        if ((limit = limit(settings, keyPrefix, "maxRowsHeld")) != null) {
            b = b.withMaxRowsHeld(limit);
        }
        String exempt = settings.apply(keyPrefix + "streamsExempt");
        if (exempt != null) {
            String e = exempt.trim().toLowerCase(Locale.ROOT);
            if (!e.equals("true") && !e.equals("false")) {
                throw new IllegalArgumentException(
                        keyPrefix + "streamsExempt must be true or false, was '" + exempt + "'");
            }
            b = b.withStreamsExempt(e.equals("true"));
        }
        String action = settings.apply(keyPrefix + "action");
        if (action != null) {
            try {
                b = b.withAction(BudgetAction.valueOf(action.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(keyPrefix + "action must be WARN or THROW, was '" + action + "'", e);
            }
        }
        return b;
    }

    private static Long limit(Function<String, String> settings, String keyPrefix, String key) {
        String raw = settings.apply(keyPrefix + key);
        if (raw == null) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(raw.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(keyPrefix + key + " must be a whole number >= 1, was '" + raw + "'", e);
        }
        if (value < 1) {
            throw new IllegalArgumentException(
                    keyPrefix + key + " must be >= 1, was " + value + "; leave it unset for no limit");
        }
        return value;
    }

    private static long positive(String name, long max) {
        if (max < 1) {
            throw new IllegalArgumentException(
                    name + " must be >= 1, was " + max + "; use ScopeBudget.unlimited() for no limit");
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScopeBudget b
                && b.maxStatements == maxStatements
                && b.maxRowsRead == maxRowsRead
                && b.maxRowsBuffered == maxRowsBuffered
                && b.maxRowsHeld == maxRowsHeld
                && b.streamsExempt == streamsExempt
                && b.action == action;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxStatements, maxRowsRead, maxRowsBuffered, maxRowsHeld, streamsExempt, action);
    }

    @Override
    public String toString() {
        return "ScopeBudget[maxStatements=" + text(maxStatements) + ", maxRowsRead=" + text(maxRowsRead)
                + ", maxRowsBuffered=" + text(maxRowsBuffered) + ", maxRowsHeld=" + text(maxRowsHeld)
                + ", streamsExempt=" + streamsExempt + ", action=" + action + "]";
    }

    private static String text(long limit) {
        return limit == UNLIMITED ? "unlimited" : Long.toString(limit);
    }
}
