package dev.leanjdbc.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field or no-argument method (static or not, in the test class or a superclass or enclosing
 * class) that provides the {@link javax.sql.DataSource} the {@link LeanJdbcExtension} wraps for {@link
 * RecordedDataSource} parameters.
 *
 * <pre>{@code
 * @AnalyzedDataSource
 * static DataSource dataSource = new HikariDataSource(config);
 *
 * @Test
 * @ExpectQueries(select = 1)
 * void findsCustomer(RecordedDataSource ds) { new CustomerDao(ds).find(42); }
 * }</pre>
 *
 * A class may have one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface AnalyzedDataSource {}
