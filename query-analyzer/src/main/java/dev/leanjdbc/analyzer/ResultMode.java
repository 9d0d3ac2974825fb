package dev.leanjdbc.analyzer;

/**
 * How the driver delivered a query's rows, as far as the settings in effect at execution tell.
 *
 * <p>Decided from facts the driver documents: on PostgreSQL a result is streamed only with a fetch size
 * greater than zero, auto-commit off and a forward-only result set; on H2 only with lazy query execution
 * on for the session. Everything else on those two databases is {@link #BUFFERED}. Other databases are
 * {@link #UNKNOWN}.
 */
public enum ResultMode {
    /** Rows are fetched from the server as the code iterates; memory stays bounded by the fetch size. */
    STREAMED,
    /** The driver read the whole result into the JVM before the first row was returned. */
    BUFFERED,
    /** Not a query, or a database whose behaviour the analyzer does not know. */
    UNKNOWN
}
