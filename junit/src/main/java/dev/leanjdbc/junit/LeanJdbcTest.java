package dev.leanjdbc.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registers the {@link LeanJdbcExtension} on a test class (or method): each test's statements are recorded
 * in a scope and checked against {@link ExpectQueries}, {@link MaxQueries}, {@link NoNPlusOne}, {@link
 * NoFindings}, {@link ExpectFinding} and the suite defaults ({@code leanjdbc.junit.failOn}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(LeanJdbcExtension.class)
public @interface LeanJdbcTest {}
