package dev.leanjdbc.internal;

/**
 * The names of the core's SLF4J loggers: public names, documented in docs/logging.md, that do not move when
 * a class of an internal package is renamed or moved (a user's logging configuration names them).
 */
public final class Loggers {

    /** Streams and cursors: leaked streams, streams that cannot stream, connections that broke. */
    public static final String STREAM = "dev.leanjdbc.stream";

    /** Bulk inserts, upserts and updates: which path (COPY or INSERT) a call took. */
    public static final String BULK = "dev.leanjdbc.bulk";

    private Loggers() {}
}
