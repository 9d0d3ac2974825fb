package dev.leanjdbc.internal.projection;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column types a projection component may read without loss, and the exact conversions between
 * them. Lossless widenings only (a {@code smallint} into a {@code Long}, an {@code integer} into a {@code
 * Double}, anything into a {@code String}); a narrowing, text into a number or one temporal type into
 * another fails when the projection is built. A column jOOQ knows no Java type of ({@code Object}) is
 * converted per value, exactly or not at all.
 */
final class ComponentTypes {

    /** Integral types, narrowest first: each widens into those after it. */
    private static final List<Class<?>> INTEGRAL = List.of(Byte.class, Short.class, Integer.class, Long.class);

    /** Widenings beyond the integral chain, from → the targets it fits into exactly. */
    private static final Map<Class<?>, Set<Class<?>>> WIDER = Map.of(
            Byte.class, Set.of(Float.class, Double.class, BigInteger.class, BigDecimal.class),
            Short.class, Set.of(Float.class, Double.class, BigInteger.class, BigDecimal.class),
            Integer.class, Set.of(Double.class, BigInteger.class, BigDecimal.class),
            Long.class, Set.of(BigInteger.class, BigDecimal.class),
            BigInteger.class, Set.of(BigDecimal.class),
            Float.class, Set.of(Double.class));

    private ComponentTypes() {}

    /** Whether every value of {@code column} (a boxed type) can be read into {@code component} (boxed) exactly. */
    static boolean fits(Class<?> column, Class<?> component) {
        if (component.isAssignableFrom(column) || column == Object.class) {
            return true;
        }
        if (component == String.class) {
            return column != byte[].class; // every other value has one text form; bytes need a charset
        }
        int from = INTEGRAL.indexOf(column);
        int to = INTEGRAL.indexOf(component);
        if (from >= 0 && to >= 0) {
            return from <= to;
        }
        return WIDER.getOrDefault(column, Set.of()).contains(component);
    }

    /**
     * {@code value} as a {@code target} (boxed), exactly; {@code null} when it cannot be (the caller
     * reports it with row and column). Never wraps, truncates or rounds.
     */
    static Object convert(Object value, Class<?> target) {
        if (target.isInstance(value)) {
            return value;
        }
        if (target == String.class) {
            return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
        }
        if (!(value instanceof Number n)) {
            return null;
        }
        BigDecimal exact = decimal(n);
        if (exact == null) {
            return null; // NaN, infinities
        }
        try {
            if (target == Long.class) {
                return exact.longValueExact();
            }
            if (target == Integer.class) {
                return exact.intValueExact();
            }
            if (target == Short.class) {
                return exact.shortValueExact();
            }
            if (target == Byte.class) {
                return exact.byteValueExact();
            }
            if (target == BigInteger.class) {
                return exact.toBigIntegerExact();
            }
        } catch (ArithmeticException e) {
            return null;
        }
        if (target == BigDecimal.class) {
            return exact;
        }
        if (target == Double.class) {
            double d = exact.doubleValue();
            return Double.isFinite(d) && new BigDecimal(d).compareTo(exact) == 0 ? d : null;
        }
        if (target == Float.class) {
            float f = exact.floatValue();
            return Float.isFinite(f) && new BigDecimal(f).compareTo(exact) == 0 ? f : null;
        }
        return null;
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(d) : null;
        }
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return BigDecimal.valueOf(n.longValue());
        }
        try { // jOOQ's unsigned types and other Numbers: by their decimal text, which is exact
            return new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
