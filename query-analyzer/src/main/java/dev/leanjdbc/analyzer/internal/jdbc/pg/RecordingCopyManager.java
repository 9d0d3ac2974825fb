package dev.leanjdbc.analyzer.internal.jdbc.pg;

import dev.leanjdbc.analyzer.internal.jdbc.CopyExecution;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.sql.SQLException;
import org.postgresql.copy.CopyDual;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;
import org.postgresql.core.BaseConnection;
import org.postgresql.util.ByteStreamWriter;

/**
 * pgJDBC's {@code CopyManager} whose COPY commands are recorded: each {@code copyIn}/{@code copyOut} is one
 * {@code COPY} event with the row count the driver returns, its time and its call site. Every call goes to
 * the driver's own manager, arguments and results unchanged. {@code copyDual} (replication) is passed
 * through unrecorded.
 */
final class RecordingCopyManager extends CopyManager {

    private final Object connection;
    private final CopyManager driver;

    RecordingCopyManager(Object recordingConnection, CopyManager driver, BaseConnection base) throws SQLException {
        super(base); // reads two fields of the connection; all work goes to the driver's manager
        this.connection = recordingConnection;
        this.driver = driver;
    }

    @Override
    public CopyIn copyIn(String sql) throws SQLException {
        CopyExecution x = CopyExecution.begin(connection, sql);
        try {
            CopyIn in = driver.copyIn(sql);
            return x == null ? in : new RecordingCopyIn(in, x);
        } catch (SQLException | RuntimeException e) {
            failed(x);
            throw e;
        }
    }

    @Override
    public CopyOut copyOut(String sql) throws SQLException {
        CopyExecution x = CopyExecution.begin(connection, sql);
        try {
            CopyOut out = driver.copyOut(sql);
            return x == null ? out : new RecordingCopyOut(out, x);
        } catch (SQLException | RuntimeException e) {
            failed(x);
            throw e;
        }
    }

    @Override
    public CopyDual copyDual(String sql) throws SQLException {
        return driver.copyDual(sql);
    }

    @Override
    public long copyOut(String sql, Writer to) throws SQLException, IOException {
        return recorded(sql, true, () -> driver.copyOut(sql, to));
    }

    @Override
    public long copyOut(String sql, OutputStream to) throws SQLException, IOException {
        return recorded(sql, true, () -> driver.copyOut(sql, to));
    }

    @Override
    public long copyIn(String sql, Reader from) throws SQLException, IOException {
        return recorded(sql, false, () -> driver.copyIn(sql, from));
    }

    @Override
    public long copyIn(String sql, Reader from, int bufferSize) throws SQLException, IOException {
        return recorded(sql, false, () -> driver.copyIn(sql, from, bufferSize));
    }

    @Override
    public long copyIn(String sql, InputStream from) throws SQLException, IOException {
        return recorded(sql, false, () -> driver.copyIn(sql, from));
    }

    @Override
    public long copyIn(String sql, InputStream from, int bufferSize) throws SQLException, IOException {
        return recorded(sql, false, () -> driver.copyIn(sql, from, bufferSize));
    }

    @Override
    public long copyIn(String sql, ByteStreamWriter from) throws SQLException, IOException {
        return recorded(sql, false, () -> driver.copyIn(sql, from));
    }

    /** A whole COPY the driver runs: its row count. */
    @FunctionalInterface
    private interface Copy {
        long run() throws SQLException, IOException;
    }

    /** Runs a whole COPY as one event; {@code out}: its rows were read (COPY TO) rather than written. */
    private long recorded(String sql, boolean out, Copy copy) throws SQLException, IOException {
        CopyExecution x = CopyExecution.begin(connection, sql);
        try {
            long rows = copy.run();
            if (x != null) {
                x.end(rows, out ? rows : 0, false);
            }
            return rows;
        } catch (SQLException | IOException | RuntimeException e) {
            failed(x);
            throw e;
        }
    }

    private static void failed(CopyExecution x) {
        if (x != null) {
            x.end(-1, 0, true);
        }
    }
}
