package dev.leanjdbc.internal.stream;

import dev.leanjdbc.ResultSetMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.exception.DataAccessException;

/** A cursor over a plain-SQL query, mapping each row with a {@link ResultSetMapper}. */
final class JdbcRowCursor<T> extends SessionCursor<T> {

    private final ResultSet rs;
    private final ResultSetMapper<T> mapper;
    private final String sql;

    private JdbcRowCursor(OpenResult open, ResultSet rs, ResultSetMapper<T> mapper, String sql) {
        super(open);
        this.rs = rs;
        this.mapper = mapper;
        this.sql = sql;
    }

    static <T> JdbcRowCursor<T> open(StreamSession session, String sql, ResultSetMapper<T> mapper, Object[] binds) {
        Object site = LeakDetection.captureSite();
        PreparedStatement ps = null;
        try {
            ps = session.connection().prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(session.driverFetchSize());
            for (int i = 0; i < binds.length; i++) {
                ps.setObject(i + 1, binds[i]);
            }
            ResultSet rs = ps.executeQuery();
            PreparedStatement statement = ps;
            OpenResult open = new OpenResult(
                    session,
                    () -> {
                        try (statement) {
                            rs.close();
                        }
                    },
                    sql,
                    site);
            return new JdbcRowCursor<>(open, rs, mapper, sql);
        } catch (SQLException | RuntimeException e) {
            RuntimeException failure = e instanceof SQLException s ? failed(sql, 0, s) : (RuntimeException) e;
            if (ps != null) {
                try {
                    ps.close();
                } catch (SQLException closing) {
                    failure.addSuppressed(closing);
                }
            }
            session.closeQuietly(failure);
            throw failure;
        }
    }

    @Override
    boolean advance() {
        try {
            return rs.next();
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    T current() {
        try {
            return mapper.map(rs);
        } catch (SQLException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    RuntimeException readFailure(Exception e) {
        if (e instanceof ReadFailure r) {
            return failed(sql, rowsRead(), r.sqlException);
        }
        return e instanceof RuntimeException r ? r : new DataAccessException(e.getMessage(), e);
    }

    private static DataAccessException failed(String sql, long rows, SQLException e) {
        return new DataAccessException(
                "Streaming failed after " + rows + " rows (SQLState " + e.getSQLState() + "): " + e.getMessage()
                        + " Query: " + sql,
                e);
    }

    /** Carries a checked SQL exception out of the row-reading methods without a wrapper per call site. */
    private static final class ReadFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SQLException sqlException;

        ReadFailure(SQLException e) {
            super(e.getMessage(), e, false, false);
            this.sqlException = e;
        }
    }
}
