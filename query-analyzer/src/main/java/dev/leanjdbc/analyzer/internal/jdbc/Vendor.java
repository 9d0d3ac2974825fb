package dev.leanjdbc.analyzer.internal.jdbc;

import dev.leanjdbc.analyzer.ResultMode;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Locale;

/** The databases whose streaming rules the analyzer knows (see {@link ResultMode}). */
enum Vendor {
    H2,
    POSTGRES,
    OTHER;

    static Vendor fromProductName(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.equals("h2")) {
            return H2;
        }
        if (n.contains("postgresql")) {
            return POSTGRES;
        }
        return OTHER;
    }

    /** The result mode of a query about to run with these settings. */
    ResultMode resultMode(int fetchSize, boolean autoCommit, int resultSetType, Boolean h2Lazy) {
        switch (this) {
            case POSTGRES:
                return fetchSize > 0 && !autoCommit && resultSetType == ResultSet.TYPE_FORWARD_ONLY
                        ? ResultMode.STREAMED
                        : ResultMode.BUFFERED;
            case H2:
                return h2Lazy == null ? ResultMode.UNKNOWN : h2Lazy ? ResultMode.STREAMED : ResultMode.BUFFERED;
            default:
                return ResultMode.UNKNOWN;
        }
    }

    /**
     * Whether lazy query execution is on for an embedded H2 session, or {@code null} when that cannot be
     * told (remote session, another H2 version). H2 exposes the flag only on its session object, not in SQL,
     * so this uses reflection — once per physical connection, never per statement.
     */
    static Boolean h2LazyExecution(Connection physical) {
        try {
            if (!physical.getClass().getName().startsWith("org.h2.")) {
                return null;
            }
            Method getSession = physical.getClass().getMethod("getSession");
            Object session = getSession.invoke(physical);
            Method isLazy = session.getClass().getMethod("isLazyQueryExecution");
            return (Boolean) isLazy.invoke(session);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
