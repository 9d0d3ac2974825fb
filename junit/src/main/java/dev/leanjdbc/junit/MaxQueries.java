package dev.leanjdbc.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The most statements of each kind a test may run; {@code -1} (the default) means "don't care".
 * On a method it replaces one on the class.
 *
 * <pre>{@code
 * @Test
 * @MaxQueries(select = 2, total = 3)
 * void listsOrders(RecordedDataSource ds) { ... }
 * }</pre>
 *
 * More fails the test with {@code Expected at most 2 SELECTs but 11 were executed:} and every statement
 * shape of that kind with its count, time, call site and N+1 parent.
 *
 * <p>Registers {@link LeanJdbcExtension} by itself: the annotation alone is enough (also in Spring tests).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(LeanJdbcExtension.class)
public @interface MaxQueries {
    int select() default -1;

    int insert() default -1;

    int update() default -1;

    int delete() default -1;

    int merge() default -1;

    /** All statements of any kind (including DDL, CALL and others). */
    int total() default -1;
}
