package dev.leanjdbc.analyzer.internal.jdbc.pg;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * What {@code recordingConnection.unwrap(PGConnection.class)} returns: the driver's {@code PGConnection}
 * with one difference, {@code getCopyAPI()} gives a {@link RecordingCopyManager}, so that COPY run through
 * it becomes a statement event. Every other method goes to the driver's connection unchanged.
 *
 * <p>The one dynamic proxy of the analyzer, on purpose: {@code PGConnection} gains methods between pgJDBC
 * versions, and a proxy forwards all of them for whatever version the application runs. Its reflective
 * cost is paid only by calls of pgJDBC-specific methods, never by JDBC statements.
 */
public final class PgConnectionView implements InvocationHandler {

    private final Object recordingConnection;
    private final PGConnection driver;

    private PgConnectionView(Object recordingConnection, PGConnection driver) {
        this.recordingConnection = recordingConnection;
        this.driver = driver;
    }

    /** The recording view of {@code driver}, the pgJDBC connection behind {@code recordingConnection}. */
    public static Object of(Object recordingConnection, Object driver) {
        if (!(driver instanceof PGConnection pg)) {
            return driver;
        }
        return Proxy.newProxyInstance(
                PGConnection.class.getClassLoader(),
                new Class<?>[] {PGConnection.class},
                new PgConnectionView(recordingConnection, pg));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        int arity = args == null ? 0 : args.length;
        if (arity == 0 && name.equals("getCopyAPI")) {
            CopyManager real = driver.getCopyAPI();
            return driver instanceof BaseConnection base
                    ? new RecordingCopyManager(recordingConnection, real, base)
                    : real;
        }
        if (arity == 0 && name.equals("hashCode")) {
            return System.identityHashCode(proxy);
        }
        if (arity == 1 && name.equals("equals")) {
            return proxy == args[0];
        }
        if (arity == 0 && name.equals("toString")) {
            return "recording view of " + driver;
        }
        try {
            return method.invoke(driver, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
