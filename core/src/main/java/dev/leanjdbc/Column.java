package dev.leanjdbc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the column a record component (or constructor parameter) of a projection reads, overriding the
 * default camelCase → snake_case rule ({@code orderNumber} → {@code order_number}).
 *
 * <pre>{@code
 * record OrderRef(long id, @Column("order_number") String number) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface Column {

    /** The column name, matched case-insensitively against the table's fields. */
    String value();
}
