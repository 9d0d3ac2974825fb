package dev.leanjdbc.spring.boot.internal;

import dev.leanjdbc.analyzer.ScopeBudget;
import dev.leanjdbc.spring.boot.LeanJdbcProperties;
import java.util.function.BiConsumer;

/**
 * Checks and applies {@code leanjdbc.web.*}. The budget goes through {@link ScopeBudget} and the sample
 * rate through the filter's builder (see {@code LeanJdbcWebAutoConfiguration}), so messages are theirs.
 */
public final class WebSettings {

    private WebSettings() {}

    /** Reports values the budget or the filter would reject, keyed by property path under {@code leanjdbc}. */
    public static void check(LeanJdbcProperties.Web web, BiConsumer<String, String> onError) {
        budget(ScopeBudget.unlimited(), web.budget(), onError);
        routes(ScopeBudget.unlimited(), web, onError, (pattern, budget) -> {});
        Double rate = web.sampleRate();
        // The same rule as AnalysisFilter.Builder.sampleRate, which is not called here so that these
        // properties can be checked without the servlet API on the class path.
        if (rate != null && !(rate >= 0.0 && rate <= 1.0)) {
            onError.accept(
                    "web.sampleRate",
                    "sampleRate must be between 0.0 and 1.0 (the fraction of requests logged), was " + rate);
        }
    }

    /**
     * Each of {@code leanjdbc.web.routes} with its budget: {@code base} (the request budget) with the limits the
     * route sets; a rejected value or pattern goes to {@code onError}.
     */
    public static void routes(
            ScopeBudget base,
            LeanJdbcProperties.Web web,
            BiConsumer<String, String> onError,
            BiConsumer<String, ScopeBudget> route) {
        for (int i = 0; i < web.routes().size(); i++) {
            LeanJdbcProperties.Route r = web.routes().get(i);
            String key = "web.routes[" + i + "]";
            if (r.pattern() == null
                    || !r.pattern().trim().replaceFirst("^[A-Za-z]+\\s+", "").startsWith("/")) {
                onError.accept(
                        key + ".pattern",
                        "route pattern must look like '/export/**' or 'GET /orders/{id}', was '" + r.pattern() + "'");
                continue;
            }
            ScopeBudget b = budget(base, r.budget(), (k, m) -> onError.accept(key + "." + k.substring(4), m));
            route.accept(r.pattern(), b);
        }
    }

    /** Reports values of {@code leanjdbc.memory-pressure.*} the monitor's builder would reject. */
    public static void checkMemoryPressure(LeanJdbcProperties.MemoryPressure m, BiConsumer<String, String> onError) {
        // The same rules as MemoryPressureMonitor.Builder, which needs a running analyzer to be called.
        if (m.threshold() != null && !(m.threshold() >= 0.1 && m.threshold() <= 0.99)) {
            onError.accept(
                    "memoryPressure.threshold",
                    "threshold must be between 0.1 and 0.99 (a fraction of the pool's maximum), was " + m.threshold());
        }
        if (m.maxScopes() != null && (m.maxScopes() < 1 || m.maxScopes() > 1_000)) {
            onError.accept("memoryPressure.maxScopes", "maxScopes must be between 1 and 1000, was " + m.maxScopes());
        }
        if (m.minInterval() != null && m.minInterval().isNegative()) {
            onError.accept("memoryPressure.minInterval", "minInterval must be >= 0, was " + m.minInterval());
        }
    }

    /**
     * {@code base} (the analyzer's default budget) with the limits these properties set; a rejected value goes
     * to {@code onError}.
     */
    public static ScopeBudget budget(
            ScopeBudget base, LeanJdbcProperties.Budget b, BiConsumer<String, String> onError) {
        ScopeBudget budget = base;
        try {
            if (b.maxStatements() != null) {
                budget = budget.withMaxStatements(b.maxStatements());
            }
        } catch (IllegalArgumentException e) {
            onError.accept("web.budget.maxStatements", e.getMessage());
        }
        try {
            if (b.maxRowsRead() != null) {
                budget = budget.withMaxRowsRead(b.maxRowsRead());
            }
        } catch (IllegalArgumentException e) {
            onError.accept("web.budget.maxRowsRead", e.getMessage());
        }
        try {
            if (b.maxRowsBuffered() != null) {
                budget = budget.withMaxRowsBuffered(b.maxRowsBuffered());
            }
        } catch (IllegalArgumentException e) {
            onError.accept("web.budget.maxRowsBuffered", e.getMessage());
        }
        try {
            if (b.maxRowsHeld() != null) {
                budget = budget.withMaxRowsHeld(b.maxRowsHeld());
            }
        } catch (IllegalArgumentException e) {
            onError.accept("web.budget.maxRowsHeld", e.getMessage());
        }
        if (b.streamsExempt() != null) {
            budget = budget.withStreamsExempt(b.streamsExempt());
        }
        if (b.action() != null) {
            budget = budget.withAction(b.action());
        }
        return budget;
    }
}
