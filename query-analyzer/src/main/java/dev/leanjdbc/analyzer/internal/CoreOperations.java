package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.StatementOrigin;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The marker leanjdbc core sets on a thread while it sends its own statements ({@code
 * dev.leanjdbc.internal.LeanOperation}), read without a dependency on core: the class is looked up by name
 * once, when this class loads, and read through method handles. Without core every statement is the
 * application's.
 *
 * <p><b>Performance.</b> {@link #current()} is one thread-local read through a constant method handle;
 * {@link #origin(Object)} runs only for statements of core's operations.
 */
public final class CoreOperations {

    static final String MARKER = "dev.leanjdbc.internal.LeanOperation";

    private static final MethodHandle CURRENT;
    private static final MethodHandle NAME;
    private static final MethodHandle CHUNK_SIZE;
    private static final MethodHandle RUN;

    static {
        MethodHandle current = null;
        MethodHandle name = null;
        MethodHandle chunkSize = null;
        MethodHandle run = null;
        try {
            Class<?> marker = find();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            current = lookup.findStatic(marker, "current", MethodType.methodType(marker))
                    .asType(MethodType.methodType(Object.class));
            name = lookup.findVirtual(marker, "name", MethodType.methodType(String.class))
                    .asType(MethodType.methodType(String.class, Object.class));
            chunkSize = lookup.findVirtual(marker, "chunkSize", MethodType.methodType(int.class))
                    .asType(MethodType.methodType(int.class, Object.class));
            run = lookup.findVirtual(marker, "run", MethodType.methodType(long.class))
                    .asType(MethodType.methodType(long.class, Object.class));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            current = null; // core absent (or another version): every statement is the application's
        }
        CURRENT = current;
        NAME = name;
        CHUNK_SIZE = chunkSize;
        RUN = run;
    }

    private CoreOperations() {}

    private static Class<?> find() throws ClassNotFoundException {
        try {
            return Class.forName(MARKER, false, CoreOperations.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            if (context == null) {
                throw e;
            }
            return Class.forName(MARKER, false, context);
        }
    }

    /** Whether leanjdbc core's marker was found. */
    public static boolean available() {
        return CURRENT != null;
    }

    /** Core's operation marker of the current thread, or {@code null} (also without core). */
    public static Object current() {
        if (CURRENT == null) {
            return null;
        }
        try {
            return (Object) CURRENT.invokeExact();
        } catch (Throwable t) {
            return null;
        }
    }

    /** The origin of a statement sent under {@code marker} (a value of {@link #current()}, may be null). */
    public static StatementOrigin origin(Object marker) {
        if (marker == null) {
            return StatementOrigin.APPLICATION;
        }
        try {
            String name = (String) NAME.invokeExact(marker);
            int chunkSize = (int) CHUNK_SIZE.invokeExact(marker);
            long run = (long) RUN.invokeExact(marker);
            return StatementOrigin.leanOperation(name, chunkSize, run);
        } catch (Throwable t) {
            return StatementOrigin.APPLICATION;
        }
    }

    /** Whether {@code marker} marks a statement leanjdbc adds itself (not the user's work). */
    public static boolean internal(Object marker) {
        if (marker == null) {
            return false;
        }
        try {
            return "internal".equals((String) NAME.invokeExact(marker));
        } catch (Throwable t) {
            return false;
        }
    }
}
