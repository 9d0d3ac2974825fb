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
        Double rate = web.logSampleRate();
        // The same rule as AnalysisFilter.Builder.sampleRate, which is not called here so that these
        // properties can be checked without the servlet API on the class path.
        if (rate != null && !(rate >= 0.0 && rate <= 1.0)) {
            onError.accept(
                    "web.logSampleRate",
                    "sampleRate must be between 0.0 and 1.0 (the fraction of requests logged), was " + rate);
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
        if (b.onBreach() != null) {
            budget = budget.onBreach(b.onBreach());
        }
        return budget;
    }
}
