package dev.leanjdbc.analyzer;

/**
 * Hears what an analyzer records, added after it was built with {@link QueryAnalyzer#addListener}: the
 * meters of {@code dev.leanjdbc.analyzer.micrometer} are one. Both methods run on the application's thread
 * inside its JDBC call or {@code scope.close()}: they must be fast and must not block. An exception thrown
 * by one is caught, counted in {@link QueryAnalyzer#caughtFailures()} and logged once; it never reaches
 * the application.
 */
public interface AnalyzerListener {

    /** A statement completed (same moment as {@link QueryAnalyzer.Builder#onEvent}). */
    default void onStatement(StatementEvent event) {}

    /** A scope closed; {@code report} is final and its findings are computed. */
    default void onScopeClosed(Report report) {}

    /** The handle of an added listener; closing it removes the listener. */
    @FunctionalInterface
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
