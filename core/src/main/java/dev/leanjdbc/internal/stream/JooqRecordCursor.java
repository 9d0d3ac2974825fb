package dev.leanjdbc.internal.stream;

import java.util.Iterator;
import org.jooq.Configuration;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.conf.Settings;
import org.jooq.conf.SettingsTools;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConnectionProvider;

/** A cursor over a jOOQ query, run on the session's connection through jOOQ's lazy {@link Cursor}. */
final class JooqRecordCursor<R extends Record> extends SessionCursor<R> {

    // jOOQ's iterator, not Cursor.fetchNext(): that wraps every record in a one-row Result (~100 B/row).
    private final Iterator<R> rows;

    private JooqRecordCursor(OpenResult open, Cursor<R> cursor) {
        super(open);
        this.rows = cursor.iterator();
    }

    static <R extends Record> JooqRecordCursor<R> open(StreamSession session, DSLContext dsl, ResultQuery<R> query) {
        Object site = LeakDetection.captureSite();
        try {
            // The context keeps the caller's settings and listeners; only the connection and fetch size differ.
            Settings settings = SettingsTools.clone(dsl.settings()).withFetchSize(session.driverFetchSize());
            Configuration onSession = dsl.configuration()
                    .derive(new DefaultConnectionProvider(session.connection()))
                    .derive(settings);
            Cursor<R> cursor = DSL.using(onSession).fetchLazy(query);
            OpenResult open = new OpenResult(session, cursor::close, query.getSQL(), site);
            return new JooqRecordCursor<>(open, cursor);
        } catch (RuntimeException e) {
            session.closeQuietly(e);
            throw e;
        }
    }

    @Override
    boolean advance() {
        return rows.hasNext();
    }

    @Override
    R current() {
        return rows.next();
    }

    @Override
    RuntimeException readFailure(Exception e) {
        if (e instanceof DataAccessException d) {
            return new DataAccessException(
                    "Streaming failed after " + rowsRead() + " rows (SQLState " + d.sqlState() + "): " + d.getMessage(),
                    d);
        }
        return e instanceof RuntimeException r ? r : new DataAccessException(e.getMessage(), e);
    }
}
