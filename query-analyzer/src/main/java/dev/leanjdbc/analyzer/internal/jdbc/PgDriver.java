package dev.leanjdbc.analyzer.internal.jdbc;

/**
 * pgJDBC as seen from the analyzer's class loader, when present (the dependency is optional): {@code
 * unwrap(PGConnection.class)} on a recording connection returns a view whose COPY API records (see {@code
 * internal.jdbc.pg}). Only the very {@code PGConnection} class the analyzer was linked against is
 * intercepted; a driver loaded by another class loader is returned as it is.
 */
final class PgDriver {

    /** {@code org.postgresql.PGConnection}, or {@code null} without pgJDBC. */
    static final Class<?> PG_CONNECTION = find();

    private PgDriver() {}

    /** The recording view of {@code driver}; the driver's connection itself if the view cannot be made. */
    static Object copyRecordingView(RecordingConnection connection, Object driver) {
        try {
            return dev.leanjdbc.analyzer.internal.jdbc.pg.PgConnectionView.of(connection, driver);
        } catch (Throwable t) {
            connection.recorder.failOpen().failed(t, "making the COPY-recording view of PGConnection");
            return driver;
        }
    }

    private static Class<?> find() {
        try {
            return Class.forName("org.postgresql.PGConnection", false, PgDriver.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
