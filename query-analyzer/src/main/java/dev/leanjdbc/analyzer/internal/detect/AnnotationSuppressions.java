package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.SuppressFinding;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds {@link SuppressFinding} annotations on the method (or class) of a call site. Reflection runs only
 * when findings are computed, once per call-site method; answers are cached in a map capped at {@value
 * #MAX_CACHED} methods (beyond it, lookups are simply not cached).
 */
final class AnnotationSuppressions {

    static final int MAX_CACHED = 1_024;

    private final Map<String, List<SuppressFinding>> cache = new ConcurrentHashMap<>();

    /** The reason of an annotation suppressing {@code type} at {@code site}, or {@code null}. */
    String reason(FindingType type, CallSite site) {
        if (site == null || !site.isCaptured()) {
            return null;
        }
        String key = site.className() + '#' + site.methodName();
        List<SuppressFinding> found = cache.get(key);
        if (found == null) {
            found = lookUp(site.className(), site.methodName());
            if (cache.size() < MAX_CACHED) {
                cache.put(key, found);
            }
        }
        for (SuppressFinding a : found) {
            if (a.type() == type) {
                return a.reason();
            }
        }
        return null;
    }

    private static List<SuppressFinding> lookUp(String className, String methodName) {
        Class<?> type = load(className);
        if (type == null) {
            return List.of();
        }
        String method = declaringMethod(methodName);
        List<SuppressFinding> out = new ArrayList<>();
        try {
            if (method.equals("<init>")) {
                for (Constructor<?> c : type.getDeclaredConstructors()) {
                    Collections.addAll(out, c.getAnnotationsByType(SuppressFinding.class));
                }
            } else {
                for (Method m : type.getDeclaredMethods()) {
                    if (m.getName().equals(method)) {
                        Collections.addAll(out, m.getAnnotationsByType(SuppressFinding.class));
                    }
                }
            }
            for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
                Collections.addAll(out, c.getAnnotationsByType(SuppressFinding.class));
            }
        } catch (RuntimeException | LinkageError e) {
            // A class that cannot be introspected suppresses nothing.
        }
        return List.copyOf(out);
    }

    /** {@code lambda$listOrders$0} was declared in {@code listOrders}. */
    static String declaringMethod(String methodName) {
        if (methodName.startsWith("lambda$")) {
            int end = methodName.indexOf('$', 7);
            if (end > 7) {
                return methodName.substring(7, end);
            }
        }
        return methodName;
    }

    private static Class<?> load(String className) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        for (ClassLoader loader : new ClassLoader[] {context, AnnotationSuppressions.class.getClassLoader()}) {
            if (loader == null) {
                continue;
            }
            try {
                return Class.forName(className, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // try the next loader
            }
        }
        return null;
    }
}
