package dev.leanjdbc.internal.projection;

import dev.leanjdbc.FromColumn;
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
import java.util.Locale;
import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.DataTypeException;

/**
 * Maps rows to a Java record (or a class with one public constructor) by name: each component or
 * constructor parameter names its column ({@link FromColumn} or camelCase → snake_case). Everything is
 * resolved and checked once, when the mapper is built — names, nullability and types: a component must
 * hold every value of its column exactly ({@link ComponentTypes}), or name an explicit {@link Converter}.
 * Mapping a row is then an array fill and one constructor call through a spread method handle (no per-row
 * reflection); a value that still does not fit (a column jOOQ knows no type of) throws, naming its row
 * and column, instead of wrapping or turning into null.
 */
public final class ProjectionMapper<T> {

    private final Class<T> type;
    private final Field<?>[] fields;
    private final String[] components; // "Type.component", for messages
    private final Class<?>[] convertTo; // null where the column's Java type already fits the parameter
    private final Converter<Object, Object>[] converters; // null where the component has none
    private final MethodHandle constructor; // (Object[])Object

    private ProjectionMapper(
            Class<T> type,
            Field<?>[] fields,
            String[] components,
            Class<?>[] convertTo,
            Converter<Object, Object>[] converters,
            MethodHandle constructor) {
        this.type = type;
        this.fields = fields;
        this.components = components;
        this.convertTo = convertTo;
        this.converters = converters;
        this.constructor = constructor;
    }

    public static <T> ProjectionMapper<T> of(Class<T> type, Table<?> table) {
        if (type == null) {
            throw new IllegalArgumentException(
                    "projection type must not be null; pass a record class, e.g. lean.project(OrderRef.class)");
        }
        if (table == null) {
            throw new IllegalArgumentException("table must not be null; pass the table to read, e.g. ORDERS");
        }
        if (type.isRecord() && type.getRecordComponents().length == 0) {
            throw new IllegalArgumentException(type.getName() + " has no components: a projection selects the"
                    + " columns its components name; add one component per column to read");
        }
        Constructor<T> ctor = constructorOf(type);
        Parameter[] params = ctor.getParameters();
        RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : null;
        Field<?>[] fields = new Field<?>[params.length];
        String[] names = new String[params.length];
        Class<?>[] convertTo = new Class<?>[params.length];
        @SuppressWarnings("unchecked")
        Converter<Object, Object>[] converters = new Converter[params.length];
        for (int i = 0; i < params.length; i++) {
            String javaName = components != null ? components[i].getName() : params[i].getName();
            FromColumn override = components != null
                    ? components[i].getAnnotation(FromColumn.class)
                    : params[i].getAnnotation(FromColumn.class);
            boolean named = override != null && !override.value().isEmpty();
            if (!named && components == null && !params[i].isNamePresent()) {
                throw new IllegalArgumentException(type.getName() + ": constructor parameter " + i
                        + " has no name at run time; compile with -parameters or annotate it with @FromColumn");
            }
            String column = named ? override.value() : ColumnNames.snakeCase(javaName);
            Field<?> field = find(table, column);
            String component = type.getSimpleName() + "." + javaName;
            if (field == null) {
                throw new IllegalArgumentException(component + " (column " + column
                        + ") has no matching column in table " + table.getName() + "; columns: "
                        + Columns.names(table) + "; rename it or annotate it with @FromColumn(\"<column>\")");
            }
            Class<?> target = params[i].getType();
            Class<?> boxed = MethodType.methodType(target).wrap().returnType();
            String columnName = table.getName() + "." + field.getName();
            if (target.isPrimitive() && field.getDataType().nullable()) {
                throw new IllegalArgumentException(component + " is a primitive " + target + " but column " + columnName
                        + " is nullable; use " + boxed.getSimpleName());
            }
            fields[i] = field;
            names[i] = component;
            if (override != null && override.converter() != Converter.class) {
                converters[i] = converter(override.converter(), component, columnName, field, boxed);
                continue;
            }
            Class<?> columnType = MethodType.methodType(field.getType()).wrap().returnType();
            if (!ComponentTypes.fits(columnType, boxed)) {
                throw new IllegalArgumentException(component + " is a " + boxed.getName() + " but column "
                        + columnName + " is " + typeName(field) + " (" + columnType.getName()
                        + "): not every value of the column fits; use " + suggestion(columnType, target)
                        + ", or convert explicitly with @FromColumn(value = \"" + field.getName()
                        + "\", converter = ...) and a jOOQ Converter");
            }
            convertTo[i] = boxed.isAssignableFrom(columnType) ? null : boxed;
        }
        return new ProjectionMapper<>(type, fields, names, convertTo, converters, handle(ctor));
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
        return map(row, -1);
    }

    /**
     * Builds one instance from row {@code rowIndex} (0-based, for messages; -1 if unknown) of a result
     * selected with {@link #fields()}.
     *
     * @throws DataTypeException when a value does not fit its component, naming the row and column
     */
    public T map(Record row, long rowIndex) {
        Object[] args = new Object[fields.length];
        for (int i = 0; i < args.length; i++) {
            Object value = row.get(i);
            if (converters[i] != null) {
                value = converters[i].from(value);
            } else if (convertTo[i] != null && value != null) {
                Object converted = ComponentTypes.convert(value, convertTo[i]);
                if (converted == null) {
                    throw new DataTypeException((rowIndex >= 0 ? "row " + rowIndex + ", " : "") + "column "
                            + fields[i].getName() + ": " + value + " ("
                            + value.getClass().getName()
                            + ") does not fit " + components[i] + " (" + convertTo[i].getName() + "); use "
                            + suggestion(value.getClass(), convertTo[i]) + " or a @FromColumn converter");
                }
                value = converted;
            }
            args[i] = value;
        }
        try {
            return type.cast((Object) constructor.invokeExact(args));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("constructor of " + type.getName() + " failed", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Converter<Object, Object> converter(
            Class<? extends Converter> type, String component, String column, Field<?> field, Class<?> boxed) {
        Converter<Object, Object> converter;
        try {
            Constructor<? extends Converter> c = type.getDeclaredConstructor();
            c.setAccessible(true);
            converter = c.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "converter " + type.getName() + " of " + component
                            + " cannot be created: it needs a public no-argument constructor",
                    e);
        }
        Class<?> columnType = MethodType.methodType(field.getType()).wrap().returnType();
        if (!converter.fromType().isAssignableFrom(columnType)) {
            throw new IllegalArgumentException("converter " + type.getName() + " of " + component + " reads a "
                    + converter.fromType().getName() + " but column " + column + " is " + typeName(field) + " ("
                    + columnType.getName() + ")");
        }
        if (!boxed.isAssignableFrom(
                MethodType.methodType(converter.toType()).wrap().returnType())) {
            throw new IllegalArgumentException("converter " + type.getName() + " of " + component + " gives a "
                    + converter.toType().getName() + " but the component is a " + boxed.getName());
        }
        return converter;
    }

    private static String typeName(Field<?> field) {
        return field.getDataType().getTypeName().toUpperCase(Locale.ROOT);
    }

    /** The component type to use instead: the column's, primitive if the component was. */
    private static String suggestion(Class<?> columnType, Class<?> component) {
        if (component.isPrimitive()) {
            Class<?> primitive = MethodType.methodType(columnType).unwrap().returnType();
            if (primitive.isPrimitive()) {
                return primitive.getName();
            }
        }
        return columnType.getSimpleName();
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
