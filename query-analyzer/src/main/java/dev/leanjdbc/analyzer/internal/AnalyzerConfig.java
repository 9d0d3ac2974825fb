package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.CallSiteMode;
import java.util.List;

/**
 * The validated settings of one analyzer. Built by {@code QueryAnalyzer.Builder}; see there for meaning
 * and defaults.
 */
public record AnalyzerConfig(
        int nPlusOneThreshold,
        int maxEventsPerScope,
        int maxGlobalEvents,
        int maxFingerprints,
        int shapeCacheSize,
        CallSiteMode callSiteMode,
        int callSiteSampleEvery,
        int maxCallSitesPerFingerprint,
        List<String> skipFrames,
        List<String> applicationPackages,
        boolean captureBindValues,
        int maxReadValues,
        long slowStatementMillis,
        boolean logScopeSummary,
        int maxTrackedStatements) {

    /** Frames that are never an application call site (patterns, see {@code FramePattern}). */
    public static final List<String> DEFAULT_SKIP_FRAMES = LibraryFrames.DEFAULTS;

    public AnalyzerConfig {
        skipFrames = List.copyOf(skipFrames);
        applicationPackages = CallSites.normalize(applicationPackages);
    }

    /** Rejects {@code value < min} with a message naming the setting, the limit and the value. */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        }
        return value;
    }

    /** Rejects {@code value < min} with a message naming the setting, the limit and the value. */
    public static long atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        }
        return value;
    }

    /** Reads an integer system property, or {@code null} when unset. */
    public static Integer intProperty(String prefix, String key) {
        String raw = System.getProperty(prefix + key);
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(prefix + key + " must be an integer, was '" + raw + "'");
        }
    }

    /** Reads a long system property, or {@code null} when unset. */
    public static Long longProperty(String prefix, String key) {
        String raw = System.getProperty(prefix + key);
        if (raw == null) {
            return null;
        }
        try {
            return Long.valueOf(raw.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(prefix + key + " must be an integer, was '" + raw + "'");
        }
    }

    /** Reads a boolean system property ({@code true}/{@code false}), or {@code null} when unset. */
    public static Boolean booleanProperty(String prefix, String key) {
        String raw = System.getProperty(prefix + key);
        if (raw == null) {
            return null;
        }
        String v = raw.trim();
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.valueOf(v);
        }
        throw new IllegalArgumentException(prefix + key + " must be true or false, was '" + raw + "'");
    }

    /** Reads a {@link CallSiteMode} system property, or {@code null} when unset. */
    public static CallSiteMode modeProperty(String prefix, String key) {
        String raw = System.getProperty(prefix + key);
        if (raw == null) {
            return null;
        }
        for (CallSiteMode m : CallSiteMode.values()) {
            if (m.name().equalsIgnoreCase(raw.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                prefix + key + " must be one of " + List.of(CallSiteMode.values()) + ", was '" + raw + "'");
    }
}
