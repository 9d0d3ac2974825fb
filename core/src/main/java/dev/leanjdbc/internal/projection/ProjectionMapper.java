package dev.leanjdbc.internal.projection;

import dev.leanjdbc.Column;
import dev.leanjdbc.internal.insert.Columns;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Maps rows to a Java record (or a class with one public constructor) by name: each component or
 * constructor parameter names its column ({@link Column} or camelCase → snake_case). Everything is
 * resolved and checked once, when the mapper is built; mapping a row is then an array fill and one
 * constructor call through a spread method handle (no per-row reflection).
 */
public final class ProjectionMapper<T> {

    private final Class<T> type;
    private final Field<?>[] fields;
    private final Class<?>[] convertTo; // null where the column's Java type already fits the parameter
    private final MethodHandle constructor; // (Object[])Object

    private ProjectionMapper(Class<T> type, Field<?>[] fields, Class<?>[] convertTo, MethodHandle constructor) {
        this.type = type;
        this.fields = fields;
        this.convertTo = convertTo;
        this.constructor = constructor;
    }

    public static <T> ProjectionMapper<T> of(Class<T> type, Table<?> table) {
        if (type == null) {
            throw new IllegalArgumentException("projection type must not be null");
        }
        if (table == null) {
            throw new IllegalArgumentException("table must not be null");
        }
        Constructor<T> ctor = constructorOf(type);
        Parameter[] params = ctor.getParameters();
        RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : null;
        Field<?>[] fields = new Field<?>[params.length];
        Class<?>[] convertTo = new Class<?>[params.length];
        for (int i = 0; i < params.length; i++) {
            String javaName = components != null ? components[i].getName() : params[i].getName();
            Column override = components != null
                    ? components[i].getAnnotation(Column.class)
                    : params[i].getAnnotation(Column.class);
            if (override == null && components == null && !params[i].isNamePresent()) {
                throw new IllegalArgumentException(type.getName() + ": constructor parameter " + i
                        + " has no name at run time; compile with -parameters or annotate it with @Column");
            }
            String column = override != null ? override.value() : ColumnNames.snakeCase(javaName);
            Field<?> field = find(table, column);
            if (field == null) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + javaName + " (column " + column
                        + ") has no matching column in table " + table.getName() + "; columns: "
                        + Columns.names(table) + "; rename it or annotate it with @Column(\"<column>\")");
            }
            Class<?> target = params[i].getType();
            if (target.isPrimitive() && field.getDataType().nullable()) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + javaName + " is a primitive "
                        + target + " but column " + table.getName() + "." + field.getName()
                        + " is nullable; use "
                        + MethodType.methodType(target).wrap().returnType().getSimpleName());
            }
            Class<?> boxed = MethodType.methodType(target).wrap().returnType();
            fields[i] = field;
            convertTo[i] = boxed.isAssignableFrom(field.getType()) ? null : boxed;
        }
        return new ProjectionMapper<>(type, fields, convertTo, handle(ctor));
    }

    /** The columns to select, one per component, in component order. */
    public List<Field<?>> fields() {
        return List.of(fields);
    }

    public Class<T> type() {
        return type;
    }

    /** Builds one instance from a row selected with {@link #fields()}, in that order. */
    public T map(Record row) {
        Object[] args = new Object[fields.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = convertTo[i] == null ? row.get(i) : row.get(i, convertTo[i]);
        }
        try {
            return type.cast((Object) constructor.invokeExact(args));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("constructor of " + type.getName() + " failed", e);
        }
    }

    private static Field<?> find(Table<?> table, String column) {
        for (Field<?> f : table.fields()) {
            if (f.getName().equalsIgnoreCase(column)) {
                return f;
            }
        }
        return null;
    }

    private static <T> Constructor<T> constructorOf(Class<T> type) {
        try {
            if (type.isRecord()) {
                Class<?>[] types = Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getType)
                        .toArray(Class<?>[]::new);
                return type.getDeclaredConstructor(types);
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no canonical constructor", e);
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException(type.getName() + " cannot be instantiated: it is abstract");
        }
        List<Constructor<?>> candidates = new ArrayList<>();
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (Modifier.isPublic(c.getModifiers()) && c.getParameterCount() > 0) {
                candidates.add(c);
            }
        }
        if (candidates.size() != 1) {
            throw new IllegalArgumentException(type.getName() + " must be a record or have exactly one public"
                    + " constructor with parameters (its columns); found " + candidates.size());
        }
        @SuppressWarnings("unchecked")
        Constructor<T> c = (Constructor<T>) candidates.get(0);
        return c;
    }

    private static MethodHandle handle(Constructor<?> ctor) {
        try {
            ctor.setAccessible(true);
            MethodHandle mh = MethodHandles.lookup().unreflectConstructor(ctor);
            return mh.asSpreader(Object[].class, ctor.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "cannot access the constructor of "
                            + ctor.getDeclaringClass().getName()
                            + "; make it public or open its package to dev.leanjdbc",
                    e);
        }
    }
}
