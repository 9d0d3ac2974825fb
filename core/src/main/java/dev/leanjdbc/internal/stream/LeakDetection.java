package dev.leanjdbc.internal.stream;

import java.lang.ref.Cleaner;
import java.util.Locale;

/**
 * Finds cursors and streams that were never closed: each open cursor registers with a {@link Cleaner}; if
 * the garbage collector finds it unreachable while still open, the cleaner logs where it was opened and
 * releases its connection.
 *
 * <p>Where it was opened is captured according to the system property {@value #PROPERTY}:
 *
 * <ul>
 *   <li>{@code caller} (default): the first stack frame outside leanjdbc, found with a {@link StackWalker}
 *       that stops at that frame — a few microseconds and ~1.3 KB per opened stream (measured in {@code
 *       LeakSiteBenchmark}), nothing per row;
 *   <li>{@code full}: the whole stack as a {@link Throwable} — grows with the stack depth (~16 µs at 100
 *       frames);
 *   <li>{@code off}: nothing is captured; leaks are still detected, logged and released.
 * </ul>
 */
public final class LeakDetection {

    public static final String PROPERTY = "leanjdbc.leakDetection";

    /** How much of the opening call site is captured. */
    public enum Mode {
        OFF,
        CALLER,
        FULL
    }

    static final Cleaner CLEANER = Cleaner.create(runnable -> {
        Thread t = new Thread(runnable, "leanjdbc-leak-detector");
        t.setDaemon(true);
        return t;
    });

    private static final Mode MODE = parse(System.getProperty(PROPERTY));
    private static final StackWalker WALKER = StackWalker.getInstance();

    private LeakDetection() {}

    static Mode parse(String value) {
        if (value == null || value.isBlank()) {
            return Mode.CALLER;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "off", "false" -> Mode.OFF;
            case "full", "true", "on" -> Mode.FULL;
            case "caller" -> Mode.CALLER;
            default -> throw new IllegalArgumentException(PROPERTY + " must be one of off, caller, full; was " + value);
        };
    }

    /** Where a cursor is being opened, per the configured mode: a String, a Throwable or null. */
    static Object captureSite() {
        return captureSite(MODE);
    }

    /** Where a cursor is being opened, captured as {@code mode} says; public for the benchmark of its cost. */
    public static Object captureSite(Mode mode) {
        return switch (mode) {
            case OFF -> null;
            case FULL -> new Throwable("stream opened here");
            case CALLER ->
                WALKER.walk(frames -> frames.filter(f -> !isLeanjdbcFrame(f.getClassName()))
                                .findFirst())
                        .map(f -> f.toStackTraceElement().toString())
                        .orElse("unknown");
        };
    }

    private static boolean isLeanjdbcFrame(String className) {
        return className.startsWith("dev.leanjdbc.internal.")
                || className.equals("dev.leanjdbc.Lean")
                || className.startsWith("dev.leanjdbc.LeanStreaming")
                || className.startsWith("java.util.stream.");
    }
}
