package dev.leanjdbc.internal.projection;

import dev.leanjdbc.Lean;
import java.security.CodeSource;
import java.util.Objects;

/**
 * The caller's frame: the first stack frame outside leanjdbc core's own classes (identified by their code
 * source, so application classes in package {@code dev.leanjdbc} still count as callers) and outside jOOQ.
 */
public final class CallSite {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final CodeSource CORE = Lean.class.getProtectionDomain().getCodeSource();

    private CallSite() {}

    /** {@code class.method(File.java:line)} of the first frame outside core and jOOQ, or "unknown". */
    public static String capture() {
        return WALKER.walk(frames -> frames.filter(f -> !isLibrary(f.getDeclaringClass()))
                .findFirst()
                .map(f -> f.toStackTraceElement().toString())
                .orElse("unknown call site"));
    }

    private static boolean isLibrary(Class<?> c) {
        return Objects.equals(c.getProtectionDomain().getCodeSource(), CORE)
                || c.getName().startsWith("org.jooq.");
    }
}
