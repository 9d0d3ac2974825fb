package dev.leanjdbc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jooq.Converter;

/**
 * Names the column a record component (or constructor parameter) of a projection reads, overriding the
 * default camelCase → snake_case rule ({@code orderNumber} → {@code order_number}), and optionally converts
 * its values explicitly.
 *
 * <pre>{@code
 * record OrderRef(long id, @FromColumn("order_number") String number) {}
 * record Amount(long id, @FromColumn(value = "total_amount", converter = ToCents.class) long cents) {}
 * }</pre>
 *
 * Without a converter, a component must be able to hold every value of its column exactly (see {@link
 * Projection#from}); a converter is the way to map a column to another type on purpose.
 *
 * <p>Not called {@code Column}: JPA's {@code jakarta.persistence.Column} (and Spring Data's) would be one
 * wrong import away, and a projection would ignore it and map the component by its Java name — silently
 * when a column of that name exists.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface FromColumn {

    /** The column name, matched case-insensitively against the table's fields; empty: from the Java name. */
    String value() default "";

    /**
     * A jOOQ {@link Converter} from the column's Java type to the component's, with a public no-argument
     * constructor; its {@code from} is called with each value read (null included). {@code Converter.class}
     * itself (the default) means none.
     */
    @SuppressWarnings("rawtypes")
    Class<? extends Converter> converter() default Converter.class;
}
