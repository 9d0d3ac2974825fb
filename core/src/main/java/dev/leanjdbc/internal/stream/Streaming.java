package dev.leanjdbc.internal.stream;

import dev.leanjdbc.LeanCursor;
import dev.leanjdbc.ResultSetMapper;
import dev.leanjdbc.StreamOptions;
import dev.leanjdbc.internal.LeanOperation;
import java.sql.Connection;
import java.util.Objects;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;

/**
 * Opens cursors: borrows (or joins) a connection, prepares it for the database, runs the query.
 *
 * @param dsl the caller's jOOQ context (settings, listeners, dialect)
 * @param dataSource where connections are borrowed from; unused when {@code connection} is set
 * @param connection a caller-supplied connection, or {@code null} to borrow one per cursor
 */
public record Streaming(DSLContext dsl, DataSource dataSource, Connection connection, StreamOptions options) {

    public Streaming {
        Objects.requireNonNull(dsl, "dsl must not be null");
        Objects.requireNonNull(options, "options must not be null");
    }

    public <R extends Record> LeanCursor<R> cursor(ResultQuery<R> query) {
        Objects.requireNonNull(query, "query must not be null; pass a jOOQ query, e.g. dsl.selectFrom(ORDERS)");
        LeanOperation outside = LeanOperation.of("stream", 0).enter();
        try {
            return JooqRecordCursor.open(session(), dsl, query);
        } finally {
            LeanOperation.restore(outside);
        }
    }

    public <T> LeanCursor<T> cursor(String sql, ResultSetMapper<T> mapper, Object[] binds) {
        Objects.requireNonNull(sql, "sql must not be null; pass the SQL text, with ? for each bind");
        Objects.requireNonNull(mapper, "mapper must not be null; pass how to map a row, e.g. rs -> rs.getLong(1)");
        LeanOperation outside = LeanOperation.of("stream", 0).enter();
        try {
            return JdbcRowCursor.open(session(), sql, mapper, binds == null ? new Object[0] : binds);
        } finally {
            LeanOperation.restore(outside);
        }
    }

    private StreamSession session() {
        return connection != null
                ? StreamSession.join(connection, dsl.dialect(), options)
                : StreamSession.borrow(dataSource, dsl.dialect(), options);
    }
}
