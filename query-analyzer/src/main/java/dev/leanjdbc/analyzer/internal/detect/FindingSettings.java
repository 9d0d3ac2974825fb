package dev.leanjdbc.analyzer.internal.detect;

import static dev.leanjdbc.analyzer.internal.AnalyzerConfig.atLeast;

import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.internal.AnalyzerConfig;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The detector settings of {@code QueryAnalyzer.Builder}, kept apart so its recording settings stay readable. */
public final class FindingSettings {
    public int duplicateQueryThreshold = DetectorConfig.DEFAULTS.duplicateQueryThreshold();
    public int projectionMinColumns = DetectorConfig.DEFAULTS.projectionMinColumns();
    public int rowByRowThreshold = DetectorConfig.DEFAULTS.rowByRowThreshold();
    public int unbatchedInsertThreshold = DetectorConfig.DEFAULTS.unbatchedInsertThreshold();
    public long largeResultRows = DetectorConfig.DEFAULTS.largeResultRows();
    public long overFetchRows = DetectorConfig.DEFAULTS.overFetchRows();
    public long overFetchUnreadRows = DetectorConfig.DEFAULTS.overFetchUnreadRows();
    public long slowFindingMillis = DetectorConfig.DEFAULTS.slowFindingMillis();
    public int literalsThreshold = DetectorConfig.DEFAULTS.literalsThreshold();
    public final EnumSet<FindingType> disabled = EnumSet.noneOf(FindingType.class);
    public final List<DetectorConfig.Suppression> suppressions = new ArrayList<>();

    public void readProperties(String p) {
        Integer i;
        Long l;
        if ((i = AnalyzerConfig.intProperty(p, "duplicateQueryThreshold")) != null) {
            duplicateQueryThreshold = atLeast(p + "duplicateQueryThreshold", i, 2);
        }
        if ((i = AnalyzerConfig.intProperty(p, "projectionMinColumns")) != null) {
            projectionMinColumns = atLeast(p + "projectionMinColumns", i, 2);
        }
        if ((i = AnalyzerConfig.intProperty(p, "rowByRowThreshold")) != null) {
            rowByRowThreshold = atLeast(p + "rowByRowThreshold", i, 2);
        }
        if ((i = AnalyzerConfig.intProperty(p, "unbatchedInsertThreshold")) != null) {
            unbatchedInsertThreshold = atLeast(p + "unbatchedInsertThreshold", i, 2);
        }
        if ((l = AnalyzerConfig.longProperty(p, "largeResultRows")) != null) {
            largeResultRows = atLeast(p + "largeResultRows", l, 1L);
        }
        if ((l = AnalyzerConfig.longProperty(p, "overFetchRows")) != null) {
            overFetchRows = atLeast(p + "overFetchRows", l, 1L);
        }
        if ((l = AnalyzerConfig.longProperty(p, "overFetchUnreadRows")) != null) {
            overFetchUnreadRows = atLeast(p + "overFetchUnreadRows", l, 1L);
        }
        if ((l = AnalyzerConfig.longProperty(p, "slowFindingMillis")) != null) {
            slowFindingMillis = atLeast(p + "slowFindingMillis", l, 1L);
        }
        if ((i = AnalyzerConfig.intProperty(p, "literalsThreshold")) != null) {
            literalsThreshold = atLeast(p + "literalsThreshold", i, 2);
        }
        String off = System.getProperty(p + "disabledFindings");
        if (off != null) {
            for (String name : off.split(",")) {
                if (!name.isBlank()) {
                    disabled.add(findingType(p + "disabledFindings", name.trim()));
                }
            }
        }
    }

    private static FindingType findingType(String key, String name) {
        for (FindingType t : FindingType.values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException(
                key + " must list values of " + List.of(FindingType.values()) + ", had '" + name + "'");
    }

    public DetectorConfig toConfig(int nPlusOneThreshold, int maxReadValues) {
        return new DetectorConfig(
                nPlusOneThreshold,
                duplicateQueryThreshold,
                projectionMinColumns,
                rowByRowThreshold,
                unbatchedInsertThreshold,
                largeResultRows,
                overFetchRows,
                overFetchUnreadRows,
                slowFindingMillis,
                literalsThreshold,
                maxReadValues,
                disabled,
                suppressions);
    }
}
