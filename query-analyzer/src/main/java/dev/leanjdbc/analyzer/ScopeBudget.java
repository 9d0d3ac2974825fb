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
 *         .onBreach(BudgetAction.THROW);
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
 *       in memory ({@link ResultMode#BUFFERED}). The driver has fetched those rows already; the budget stops
 *       the application from building its own copy of them too.
 * </ul>
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

    private static final ScopeBudget NONE = new ScopeBudget(UNLIMITED, UNLIMITED, UNLIMITED, BudgetAction.WARN);

    private final long maxStatements;
    private final long maxRowsRead;
    private final long maxRowsBuffered;
    private final BudgetAction action;

    private ScopeBudget(long maxStatements, long maxRowsRead, long maxRowsBuffered, BudgetAction action) {
        this.maxStatements = maxStatements;
        this.maxRowsRead = maxRowsRead;
        this.maxRowsBuffered = maxRowsBuffered;
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
        return new ScopeBudget(positive("maxStatements", max), maxRowsRead, maxRowsBuffered, action);
    }

    /** Rows a scope may read from all its results (>= 1). */
    public ScopeBudget withMaxRowsRead(long max) {
        return new ScopeBudget(maxStatements, positive("maxRowsRead", max), maxRowsBuffered, action);
    }

    /** Rows a scope may read from results the driver buffered whole (>= 1). */
    public ScopeBudget withMaxRowsBuffered(long max) {
        return new ScopeBudget(maxStatements, maxRowsRead, positive("maxRowsBuffered", max), action);
    }

    /** What a breach does (default {@link BudgetAction#WARN}). */
    public ScopeBudget onBreach(BudgetAction action) {
        return new ScopeBudget(maxStatements, maxRowsRead, maxRowsBuffered, Objects.requireNonNull(action, "action"));
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

    public BudgetAction action() {
        return action;
    }

    /** Whether any limit is set. */
    public boolean isLimited() {
        return maxStatements != UNLIMITED || maxRowsRead != UNLIMITED || maxRowsBuffered != UNLIMITED;
    }

    /**
     * The budget set by system properties {@code leanjdbc.analyzer.budget.maxStatements}, {@code .maxRowsRead},
     * {@code .maxRowsBuffered} and {@code .onBreach} ({@code WARN} or {@code THROW}); unlimited when none is
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
     * maxStatements}, {@code maxRowsRead}, {@code maxRowsBuffered}, {@code onBreach}; a key the settings do
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
        String action = settings.apply(keyPrefix + "onBreach");
        if (action != null) {
            try {
                b = b.onBreach(BudgetAction.valueOf(action.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        keyPrefix + "onBreach must be WARN or THROW, was '" + action + "'", e);
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
                && b.action == action;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxStatements, maxRowsRead, maxRowsBuffered, action);
    }

    @Override
    public String toString() {
        return "ScopeBudget[maxStatements=" + text(maxStatements) + ", maxRowsRead=" + text(maxRowsRead)
                + ", maxRowsBuffered=" + text(maxRowsBuffered) + ", onBreach=" + action + "]";
    }

    private static String text(long limit) {
        return limit == UNLIMITED ? "unlimited" : Long.toString(limit);
    }
}
