package dev.leanjdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Maps the current row of a JDBC {@link ResultSet} to a value, for the plain-SQL streaming methods.
 *
 * <p>Read the columns of the current row only; never call {@code next()}, {@code close()} or move the
 * cursor: the stream owns the result set.
 *
 * <p>Not called {@code RowMapper}: Spring JDBC and JDBI each have a {@code RowMapper} with another method,
 * and an application using either would import the wrong one half the time. A lambda fits all three.
 *
 * @param <T> the mapped type
 */
@FunctionalInterface
public interface ResultSetMapper<T> {

    T map(ResultSet row) throws SQLException;
}
