package dev.leanjdbc.junit;

import dev.leanjdbc.analyzer.FindingType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fails a test with any finding of the analyzer, except those of the listed types.
 *
 * <p>Registers {@link LeanJdbcExtension} by itself: the annotation alone is enough (also in Spring tests).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(LeanJdbcExtension.class)
public @interface NoFindings {
    /** Finding types that are allowed. */
    FindingType[] except() default {};
}
