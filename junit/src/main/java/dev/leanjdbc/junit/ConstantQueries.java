package dev.leanjdbc.junit;

import dev.leanjdbc.junit.internal.ScaleTemplate;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scale assertion as a test: the method runs once per size, smallest first, with the size as its {@code
 * int} parameter (also for {@code @BeforeEach} methods, whose statements do not count, so they can make the
 * data for n); the last run fails when it (or any run) ran more statements than the smallest, beyond {@link
 * #allowing()}, with the failure of {@link ScaleAssert#constantFor(int...)}.
 *
 * <pre>{@code
 * @BeforeEach
 * void seed(int n) { seedCustomers(n); }       // outside the count
 *
 * @ConstantQueries({5, 50})
 * void listsCustomers(RecordedDataSource ds, int n) { new CustomerPage(ds).first(n); }
 * }</pre>
 *
 * Which statements count follows {@link QueryScope}, as for the other annotations. Registers {@link
 * LeanJdbcExtension} by itself.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@TestTemplate
@ExtendWith({ScaleTemplate.class, LeanJdbcExtension.class})
public @interface ConstantQueries {

    /** The sizes, at least two different ones, in any order. */
    int[] value();

    /** Statements a larger size may run more than the smallest: a constant overhead. */
    int allowing() default 0;
}
