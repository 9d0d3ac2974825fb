package dev.leanjdbc.analyzer;

import java.util.List;

/**
 * What code outside the analyzer keeps about one scope and turns into findings of that scope: for what the
 * JDBC level cannot see, such as which associations of loaded JPA entities the code read (module {@code
 * leanjdbc-hibernate}). A contribution is made per scope, on first use, by {@link
 * QueryAnalyzer#contributions(Class, java.util.function.Supplier)}; the scope lets go of it when it closes.
 *
 * <p>Its findings join the detectors': {@link QueryAnalyzer.Builder#disable(FindingType...)}, {@link
 * QueryAnalyzer.Builder#suppress(FindingType, String)} and {@link SuppressFinding} apply to them, and they are
 * ordered with the rest.
 *
 * <p>The hook of leanjdbc's own modules: findings are made by them (there is no public constructor of
 * {@link Finding}, so that its fields can still grow before a 1.0).
 */
@FunctionalInterface
public interface ScopeContribution {

    /**
     * The findings of the scope so far. Called once when the scope closes, and for the findings of each
     * {@linkplain AnalysisScope#snapshot() snapshot} before: possibly on another thread than the one that
     * contributed, so it must be thread-safe, quick and non-blocking. An exception is caught, counted in
     * {@link QueryAnalyzer#caughtFailures()} and logged once; the scope's other findings are reported.
     */
    List<Finding> findings();
}
