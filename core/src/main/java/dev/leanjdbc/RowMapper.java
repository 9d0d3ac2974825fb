package dev.leanjdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Maps the current row of a JDBC {@link ResultSet} to a value, for the plain-SQL streaming methods.
 *
 * <p>Read the columns of the current row only; never call {@code next()}, {@code close()} or move the
 * cursor: the stream owns the result set.
 *
 * @param <T> the mapped type
 */
@FunctionalInterface
public interface RowMapper<T> {

    T map(ResultSet row) throws SQLException;
}
