package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.FindingType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The validated thresholds of the detectors, the types switched off and the configured suppressions. Built by
 * {@code QueryAnalyzer.Builder}; see there for meaning and defaults.
 */
public record DetectorConfig(
        int nPlusOneThreshold,
        int duplicateQueryThreshold,
        int projectionMinColumns,
        int rowByRowThreshold,
        int unbatchedInsertThreshold,
        long largeResultRows,
        long overFetchRows,
        long overFetchUnreadRows,
        long slowFindingMillis,
        int literalsThreshold,
        int maxReadValues,
        Set<FindingType> disabled,
        List<Suppression> suppressions) {

    /** The defaults of the builder. */
    public static final DetectorConfig DEFAULTS =
            new DetectorConfig(3, 2, 6, 5, 5, 10_000, 10, 1_000, 1_000, 10, 64, Set.of(), List.of());

    public DetectorConfig {
        disabled = disabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabled));
        suppressions = List.copyOf(suppressions);
    }

    public boolean enabled(FindingType type) {
        return !disabled.contains(type);
    }

    /**
     * A configured suppression: findings of {@code type} whose call site or fingerprint starts with {@code
     * prefix}.
     */
    public record Suppression(FindingType type, String prefix) {}
}
