package dev.leanjdbc.spring.boot.internal;

import dev.leanjdbc.analyzer.micrometer.LeanJdbcMetrics;
import dev.leanjdbc.spring.boot.LeanJdbcProperties;
import io.micrometer.core.instrument.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Applies {@code leanjdbc.metrics.*} to {@link LeanJdbcMetrics.Options}, which checks the values. */
public final class MetricsSettings {

    private MetricsSettings() {}

    public static LeanJdbcMetrics.Options options(LeanJdbcProperties.Metrics m, BiConsumer<String, String> onError) {
        LeanJdbcMetrics.Options o = LeanJdbcMetrics.Options.defaults();
        try {
            if (m.topFingerprints() != null) {
                o = o.withTopFingerprints(m.topFingerprints());
            }
        } catch (IllegalArgumentException e) {
            onError.accept("metrics.topFingerprints", e.getMessage());
        }
        try {
            if (m.topScopes() != null) {
                o = o.withTopScopes(m.topScopes());
            }
        } catch (IllegalArgumentException e) {
            onError.accept("metrics.topScopes", e.getMessage());
        }
        List<Tag> tags = new ArrayList<>();
        for (Map.Entry<String, String> t : m.tags().entrySet()) {
            tags.add(Tag.of(t.getKey(), t.getValue()));
        }
        return o.withTags(tags);
    }
}
