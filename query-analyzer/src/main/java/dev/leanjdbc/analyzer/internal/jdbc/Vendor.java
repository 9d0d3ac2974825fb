package dev.leanjdbc.analyzer.internal.jdbc;

import dev.leanjdbc.analyzer.ResultMode;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
     * told (remote session, another H2 version). H2 exposes the flag only on its session object, not in SQL:
     * read through method handles looked up once per driver class, asked once per physical connection and
     * again when the unread-row probe must be sure not to make H2 compute rows.
     */
    static Boolean h2LazyExecution(Connection physical) {
        try {
            if (!physical.getClass().getName().startsWith("org.h2.")) {
                return null;
            }
            MethodHandle getSession = H2_GET_SESSION.get(physical.getClass());
            if (getSession == null) {
                return null;
            }
            Object session = (Object) getSession.invokeExact((Object) physical);
            MethodHandle isLazy = session == null ? null : H2_IS_LAZY.get(session.getClass());
            return isLazy == null ? null : (Boolean) (boolean) isLazy.invokeExact(session);
        } catch (Throwable e) {
            return null;
        }
    }

    private static final ClassValue<MethodHandle> H2_GET_SESSION = handle("getSession", Object.class);
    private static final ClassValue<MethodHandle> H2_IS_LAZY = handle("isLazyQueryExecution", boolean.class);

    /** A public no-argument method of each class as {@code (Object) -> returns}, or null when it has none. */
    private static ClassValue<MethodHandle> handle(String name, Class<?> returns) {
        return new ClassValue<>() {
            @Override
            protected MethodHandle computeValue(Class<?> type) {
                try {
                    Method m = type.getMethod(name);
                    return MethodHandles.publicLookup()
                            .unreflect(m)
                            .asType(MethodType.methodType(returns, Object.class));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return null;
                }
            }
        };
    }
}
