package dev.leanjdbc.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The container of repeated {@link ExpectFinding}s.
 *
 * <p>Registers {@link LeanJdbcExtension} by itself: the annotation alone is enough (also in Spring tests).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(LeanJdbcExtension.class)
public @interface ExpectFindings {
    ExpectFinding[] value();
}
