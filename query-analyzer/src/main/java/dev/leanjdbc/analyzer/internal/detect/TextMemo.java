package dev.leanjdbc.analyzer.internal.detect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the detectors derive from a statement's text alone (its columns and tables, the fix for an N+1 from a
 * given parent), kept for the next scope that has the same shape: a request that repeats an N+1 would
 * otherwise parse the same SQL and render the same advice on every request. Pure functions of their key
 * only, so one memo serves every analyzer and thread. At most {@code capacity} entries: once full, values
 * are computed and not kept (a process's shapes are a few hundred; a flood of literal SQL must not grow it).
 */
final class TextMemo<K, V> {

    /** Stands for a {@code null} result, which a {@link ConcurrentHashMap} cannot hold. */
    private static final Object NONE = new Object();

    private final Map<K, Object> values = new ConcurrentHashMap<>();
    private final int capacity;

    TextMemo(int capacity) {
        this.capacity = capacity;
    }

    @SuppressWarnings("unchecked")
    V get(K key, Function<K, V> compute) {
        Object v = values.get(key);
        if (v == null) {
            V computed = compute.apply(key);
            if (values.size() < capacity) {
                values.putIfAbsent(key, computed == null ? NONE : computed);
            }
            return computed;
        }
        return v == NONE ? null : (V) v;
    }
}
