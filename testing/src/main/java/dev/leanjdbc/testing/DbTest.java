package dev.leanjdbc.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test once per database (H2 and PostgreSQL by default), so every feature is proven on
 * both without duplicated test code.
 *
 * <p>The test method may declare parameters of type {@link TestDatabase}, {@link javax.sql.DataSource},
 * {@link org.jooq.SQLDialect}, {@link org.jooq.DSLContext} and {@link Db}. Each test class gets a fresh,
 * empty schema per database (a new in-memory H2 database; a new PostgreSQL schema), dropped when the
 * class finishes; methods of one class share it.
 *
 * <p>PostgreSQL is found as described in {@link PostgresServers}. When none can be had, the PostgreSQL
 * invocation fails if the environment variable {@code CI} is {@code true}, and is skipped otherwise — in
 * both cases with a message naming each option tried and why it failed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@TestTemplate
@ExtendWith(TestDatabasesExtension.class)
public @interface DbTest {

    /** The databases to run on; both by default. */
    Db[] value() default {Db.H2, Db.POSTGRES};
}
