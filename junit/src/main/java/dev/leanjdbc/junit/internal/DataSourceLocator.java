package dev.leanjdbc.junit.internal;

import dev.leanjdbc.junit.AnalyzedDataSource;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/** Finds the {@link AnalyzedDataSource} member of a test class (or its enclosing classes) and reads it. */
public final class DataSourceLocator {

    private DataSourceLocator() {}

    public static DataSource find(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            List<Member> members = new ArrayList<>();
            members.addAll(AnnotationSupport.findAnnotatedFields(c, AnalyzedDataSource.class));
            members.addAll(AnnotationSupport.findAnnotatedMethods(
                    c, AnalyzedDataSource.class, HierarchyTraversalMode.TOP_DOWN));
            if (members.size() > 1) {
                throw new ParameterResolutionException(c.getName() + " has " + members.size()
                        + " members annotated @AnalyzedDataSource, " + members
                        + "; keep one, or wrap the others yourself with LeanJdbcExtension.wrap(dataSource)");
            }
            if (members.size() == 1) {
                return read(members.get(0), context);
            }
        }
        throw new ParameterResolutionException("No DataSource to record for a RecordedDataSource parameter: "
                + "annotate a field or no-argument method returning the DataSource with @AnalyzedDataSource in "
                + testClass.getName() + " (or a superclass or enclosing class)");
    }

    private static DataSource read(Member member, ExtensionContext context) {
        Object target = null;
        if (!Modifier.isStatic(member.getModifiers())) {
            target = context.getTestInstances()
                    .flatMap(i -> i.findInstance(castClass(member.getDeclaringClass())))
                    .orElseThrow(() -> new ParameterResolutionException("@AnalyzedDataSource " + member
                            + " is not static and no test instance is available here; make it static"));
        }
        Object value;
        try {
            if (member instanceof Field f) {
                f.setAccessible(true);
                value = f.get(target);
            } else {
                Method m = (Method) member;
                if (m.getParameterCount() != 0) {
                    throw new ParameterResolutionException("@AnalyzedDataSource method " + m
                            + " must take no arguments, takes " + m.getParameterCount());
                }
                m.setAccessible(true);
                value = m.invoke(target);
            }
        } catch (ReflectiveOperationException e) {
            throw new ParameterResolutionException("cannot read @AnalyzedDataSource " + member + ": " + e, e);
        }
        if (!(value instanceof DataSource ds)) {
            throw new ParameterResolutionException(
                    "@AnalyzedDataSource " + member + " must hold a javax.sql.DataSource, "
                            + (value == null
                                    ? "was null (is it initialized before the test runs?)"
                                    : "was a " + value.getClass().getName()));
        }
        return ds;
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> castClass(Class<?> c) {
        return (Class<T>) c;
    }
}
