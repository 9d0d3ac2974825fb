package dev.leanjdbc.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fails a test in which the analyzer finds an N+1: the same SELECT shape run at least {@code
 * nPlusOneThreshold} times (default 3) from one call site. The message names the call site, the count and,
 * when known, the parent query whose rows drive the repetitions.
 *
 * <p>Registers {@link LeanJdbcExtension} by itself: the annotation alone is enough (also in Spring tests).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(LeanJdbcExtension.class)
public @interface NoNPlusOne {}
