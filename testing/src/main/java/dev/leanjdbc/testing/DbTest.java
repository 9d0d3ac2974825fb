package dev.leanjdbc.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test once per database (by default all of {@link Db}: H2, PostgreSQL, and MariaDB through
 * each of its two drivers), so every feature is proven on each without duplicated test code. A test that names
 * its databases says why in a comment next to the annotation, e.g. which issue point adds what it lacks.
 *
 * <p>The test method may declare parameters of type {@link TestDatabase}, {@link javax.sql.DataSource},
 * {@link org.jooq.SQLDialect}, {@link org.jooq.DSLContext} and {@link Db}. Each test class gets a fresh,
 * empty schema per database (a new in-memory H2 database; a new PostgreSQL schema; a new MariaDB database
 * per driver), dropped when the class finishes; methods of one class share it.
 *
 * <p>PostgreSQL is found as described in {@link PostgresServers}, MariaDB as in {@link MariaDbServers}. When
 * one cannot be had, its invocations fail if the environment variable {@code CI} is {@code true}, and are
 * skipped otherwise — in both cases with a message naming each option tried and why it failed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@TestTemplate
@ExtendWith(TestDatabasesExtension.class)
public @interface DbTest {

    /** The databases to run on; all by default. */
    Db[] value() default {Db.H2, Db.POSTGRES, Db.MARIADB, Db.MARIADB_MYSQL_DRIVER};
}
