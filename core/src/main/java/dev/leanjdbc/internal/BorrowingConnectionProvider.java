package dev.leanjdbc.internal;

import java.sql.Connection;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * Wraps the connection provider of the facade's jOOQ context so that a data source that cannot give a
 * connection (a closed pool, a database down) is reported in {@link Failures#CANNOT_BORROW}'s words by
 * every operation, as streaming reports it — not as jOOQ's bare "Error getting connection from data
 * source". Everything else is the wrapped provider's.
 */
public final class BorrowingConnectionProvider implements ConnectionProvider {

    private final ConnectionProvider delegate;

    public BorrowingConnectionProvider(ConnectionProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public Connection acquire() {
        try {
            return delegate.acquire();
        } catch (DataAccessException e) {
            throw Failures.sqlCause(e) == null ? e : Failures.cannotBorrow(e);
        }
    }

    @Override
    public void release(Connection connection) {
        delegate.release(connection);
    }
}
