package dev.leanjdbc.spring.boot.internal;

import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.spring.boot.LeanJdbcProperties;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;

/**
 * Applies {@code leanjdbc.analyzer.*} properties to a {@link QueryAnalyzer.Builder}. The builder checks each
 * value, so the starter's validation and the builder can never disagree, and the messages are the builder's.
 */
public final class AnalyzerSettings {

    private AnalyzerSettings() {}

    /**
     * A builder with every set property applied. A value the builder rejects is passed to {@code onError}
     * with its property key (record component name; {@code null} for a bad system property read by the
     * builder itself) and the builder's message, and the remaining keys are still applied.
     */
    public static QueryAnalyzer.Builder configure(LeanJdbcProperties.Analyzer a, BiConsumer<String, String> onError) {
        QueryAnalyzer.Builder b;
        try {
            b = QueryAnalyzer.builder();
        } catch (IllegalArgumentException e) {
            onError.accept(null, e.getMessage());
            return null;
        }
        set(onError, "nPlusOneThreshold", a.nPlusOneThreshold(), b::nPlusOneThreshold);
        set(onError, "maxEventsPerScope", a.maxEventsPerScope(), b::maxEventsPerScope);
        set(onError, "maxGlobalEvents", a.maxGlobalEvents(), b::maxGlobalEvents);
        set(onError, "maxFingerprints", a.maxFingerprints(), b::maxFingerprints);
        set(onError, "shapeCacheSize", a.shapeCacheSize(), b::shapeCacheSize);
        set(onError, "callSiteMode", a.callSiteMode(), b::callSiteMode);
        set(onError, "callSiteSampleEvery", a.callSiteSampleEvery(), b::callSiteSampleEvery);
        set(onError, "maxCallSitesPerFingerprint", a.maxCallSitesPerFingerprint(), b::maxCallSitesPerFingerprint);
        set(onError, "skipFrames", a.skipFrames(), frames -> b.skipFrames(frames.toArray(String[]::new)));
        set(
                onError,
                "applicationPackages",
                a.applicationPackages(),
                packages -> b.applicationPackages(packages.toArray(String[]::new)));
        set(onError, "captureBindValues", a.captureBindValues(), b::captureBindValues);
        set(onError, "maxReadValues", a.maxReadValues(), b::maxReadValues);
        set(onError, "slowStatementMillis", a.slowStatementMillis(), b::slowStatementMillis);
        set(onError, "logScopeSummary", a.logScopeSummary(), b::logScopeSummary);
        set(onError, "maxTrackedStatements", a.maxTrackedStatements(), b::maxTrackedStatements);
        set(onError, "duplicateQueryThreshold", a.duplicateQueryThreshold(), b::duplicateQueryThreshold);
        set(onError, "projectionMinColumns", a.projectionMinColumns(), b::projectionMinColumns);
        set(onError, "rowByRowThreshold", a.rowByRowThreshold(), b::rowByRowThreshold);
        set(onError, "unbatchedInsertThreshold", a.unbatchedInsertThreshold(), b::unbatchedInsertThreshold);
        set(onError, "largeResultRows", a.largeResultRows(), b::largeResultRows);
        set(onError, "overFetchRows", a.overFetchRows(), b::overFetchRows);
        set(onError, "overFetchUnreadRows", a.overFetchUnreadRows(), b::overFetchUnreadRows);
        set(onError, "slowFindingMillis", a.slowFindingMillis(), b::slowFindingMillis);
        set(onError, "literalsThreshold", a.literalsThreshold(), b::literalsThreshold);
        set(onError, "disabledFindings", a.disabledFindings(), types -> b.disable(types.toArray(FindingType[]::new)));
        if (a.suppress() != null) {
            for (Map.Entry<FindingType, List<String>> e : a.suppress().entrySet()) {
                set(onError, "suppress", e.getValue(), prefixes -> prefixes.forEach(p -> b.suppress(e.getKey(), p)));
            }
        }
        return b;
    }

    /** The analyzer of these properties; a rejected value fails with the builder's message. */
    public static QueryAnalyzer build(LeanJdbcProperties.Analyzer a) {
        return build(a, List.of());
    }

    /**
     * The analyzer of these properties, with {@code defaultPackages} (Boot's auto-configuration packages) as
     * its application packages unless {@code leanjdbc.analyzer.application-packages} names them.
     */
    public static QueryAnalyzer build(LeanJdbcProperties.Analyzer a, List<String> defaultPackages) {
        QueryAnalyzer.Builder b = configure(a, (key, message) -> {
            throw new IllegalArgumentException(message);
        });
        boolean named =
                a.applicationPackages() != null && !a.applicationPackages().isEmpty();
        if (!named && !defaultPackages.isEmpty()) {
            b.applicationPackages(defaultPackages.toArray(String[]::new));
        }
        return b.build();
    }

    /** Boot's auto-configuration packages (the main class's package and any {@code @AutoConfigurationPackage}). */
    public static List<String> applicationPackages(BeanFactory beanFactory) {
        return AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory) : List.of();
    }

    private static <T> void set(BiConsumer<String, String> onError, String key, T value, Consumer<T> setter) {
        if (value == null) {
            return;
        }
        try {
            setter.accept(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            onError.accept(key, e.getMessage());
        }
    }
}
