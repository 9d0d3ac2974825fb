package dev.leanjdbc.junit.internal;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Finds the annotations that configure a test: on the method first, then its class and enclosing classes. */
final class Annotations {

    private Annotations() {}

    /** The method's annotation (also as meta-annotation), else the nearest class's (superclasses included). */
    static <A extends Annotation> Optional<A> find(ExtensionContext context, Class<A> type) {
        Optional<A> onMethod = AnnotationSupport.findAnnotation(context.getTestMethod(), type);
        if (onMethod.isPresent()) {
            return onMethod;
        }
        for (Class<?> c : classes(context)) {
            Optional<A> onClass = AnnotationSupport.findAnnotation(c, type);
            if (onClass.isPresent()) {
                return onClass;
            }
        }
        return Optional.empty();
    }

    /** Repeatable annotations of the method, or else of the nearest class that has some. */
    static <A extends Annotation> List<A> findRepeatable(ExtensionContext context, Class<A> type) {
        if (context.getTestMethod().isPresent()) {
            List<A> onMethod = AnnotationSupport.findRepeatableAnnotations(
                    context.getTestMethod().get(), type);
            if (!onMethod.isEmpty()) {
                return onMethod;
            }
        }
        for (Class<?> c : classes(context)) {
            List<A> onClass = AnnotationSupport.findRepeatableAnnotations(c, type);
            if (!onClass.isEmpty()) {
                return onClass;
            }
        }
        return List.of();
    }

    /** The test class, then its enclosing classes (for {@code @Nested} tests). */
    private static List<Class<?>> classes(ExtensionContext context) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
            out.add(c);
        }
        return out;
    }
}
