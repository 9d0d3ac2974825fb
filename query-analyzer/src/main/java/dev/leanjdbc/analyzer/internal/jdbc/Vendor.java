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
     * read through method handles, asked once per physical connection and again before the unread-row probe
     * moves over a result (see {@code Execution.rowsAlreadyComputed}), i.e. on most queries.
     *
     * <p><b>Performance.</b> For the H2 the analyzer's own class loader sees (the usual case), the handles
     * are constants, so the JIT inlines both getters: a type check and two field reads. Other H2 classes
     * (another class loader) go through handles looked up once per class.
     */
    static Boolean h2LazyExecution(Connection physical) {
        try {
            if (H2Direct.CONNECTION != null && H2Direct.CONNECTION.isInstance(physical)) {
                Object session = (Object) H2Direct.GET_SESSION.invokeExact((Object) physical);
                return H2Direct.SESSION.isInstance(session)
                        ? (Boolean) (boolean) H2Direct.IS_LAZY.invokeExact(session)
                        : null; // a remote session keeps the flag on the server
            }
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

    /** Whether the H2 this class's own loader sees is read through constant handles (see h2LazyExecution). */
    static boolean h2HandlesConstant() {
        return H2Direct.CONNECTION != null;
    }

    /**
     * H2's connection and embedded session classes as this class's own loader sees them, with their getters
     * as constant handles; all null when H2 is not there (or is a version without these methods).
     */
    private static final class H2Direct {
        static final Class<?> CONNECTION;
        static final Class<?> SESSION;
        static final MethodHandle GET_SESSION;
        static final MethodHandle IS_LAZY;

        static {
            Class<?> connection = null;
            Class<?> session = null;
            MethodHandle getSession = null;
            MethodHandle isLazy = null;
            try {
                ClassLoader loader = Vendor.class.getClassLoader();
                Class<?> c = Class.forName("org.h2.jdbc.JdbcConnection", false, loader);
                Class<?> s = Class.forName("org.h2.engine.SessionLocal", false, loader);
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                getSession = lookup.unreflect(c.getMethod("getSession"))
                        .asType(MethodType.methodType(Object.class, Object.class));
                isLazy = lookup.unreflect(s.getMethod("isLazyQueryExecution"))
                        .asType(MethodType.methodType(boolean.class, Object.class));
                connection = c;
                session = s;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                getSession = null; // no H2 here: the per-class handles serve whatever H2 a connection is of
                isLazy = null;
            }
            CONNECTION = connection;
            SESSION = session;
            GET_SESSION = getSession;
            IS_LAZY = isLazy;
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
