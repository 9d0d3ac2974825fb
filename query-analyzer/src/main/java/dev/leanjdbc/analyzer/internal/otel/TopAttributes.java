package dev.leanjdbc.analyzer.internal.otel;

import dev.leanjdbc.analyzer.internal.metrics.TagIds;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attribute set of a key (fingerprint, scope name) for an OpenTelemetry instrument, bounded: the first
 * {@code capacity} keys seen get a value of their own, every later one {@value #OTHER}. Unlike Micrometer's
 * top timers no key is ever replaced — an OpenTelemetry series cannot be removed from a meter provider, so a
 * replaced key would keep its series and the bound would not hold. The attribute's cardinality is at most
 * {@code capacity + 1}. Fingerprint values are cut like the Micrometer tag (same text, same id).
 */
final class TopAttributes {

    static final String OTHER = "other";

    private final Attributes common;
    private final AttributeKey<String> key;
    private final AttributeKey<String> idKey;
    private final int capacity;
    private final ConcurrentHashMap<String, Attributes> tagged = new ConcurrentHashMap<>();
    private final Attributes other;

    TopAttributes(Attributes common, AttributeKey<String> key, AttributeKey<String> idKey, int capacity) {
        this.common = common;
        this.key = key;
        this.idKey = idKey;
        this.capacity = capacity;
        this.other = build(OTHER, OTHER);
    }

    private Attributes build(String value, String id) {
        var b = common.toBuilder().put(key, value);
        if (idKey != null) {
            b.put(idKey, id);
        }
        return b.build();
    }

    Attributes of(String value) {
        Attributes a = tagged.get(value);
        if (a != null) {
            return a;
        }
        if (capacity == 0 || tagged.size() >= capacity) {
            return other;
        }
        return add(value);
    }

    private synchronized Attributes add(String value) {
        Attributes a = tagged.get(value);
        if (a != null) {
            return a;
        }
        if (tagged.size() >= capacity) {
            return other;
        }
        String shown = TagIds.fingerprintTag(value);
        a = build(shown, idKey == null ? null : TagIds.id(shown));
        tagged.put(value, a);
        return a;
    }

    int size() {
        return tagged.size();
    }
}
