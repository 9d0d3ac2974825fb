package dev.leanjdbc.junit;

import dev.leanjdbc.analyzer.FindingType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test must produce findings of this type: exactly {@link #count()} of them, or at least one when
 * {@code count} is {@code -1} (the default). Repeatable. A type a test expects is exempt from the suite
 * default {@code leanjdbc.junit.failOn} for that test, so a test can pin a known problem.
 *
 * <p>Registers {@link LeanJdbcExtension} by itself: the annotation alone is enough (also in Spring tests).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(LeanJdbcExtension.class)
@Repeatable(ExpectFindings.class)
public @interface ExpectFinding {
    FindingType value();

    /** Exact number of findings of the type; -1 for "at least one". */
    int count() default -1;
}
