package dev.leanjdbc.analyzer.internal.jdbc;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.ColumnSet;
import dev.leanjdbc.analyzer.ResultMode;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.CoreOperations;
import dev.leanjdbc.analyzer.internal.FingerprintState;
import dev.leanjdbc.analyzer.internal.Recorder;
import dev.leanjdbc.analyzer.internal.ScopeNode;
import dev.leanjdbc.analyzer.internal.ScopeUsage;
import dev.leanjdbc.analyzer.internal.sql.SqlShape;
import dev.leanjdbc.analyzer.internal.sql.SqlShapeCache;
import java.sql.SQLException;

/**
 * One PostgreSQL {@code COPY} run through pgJDBC's {@code CopyManager} on a recording connection, made into
 * a {@link StatementKind#COPY} event with the row count the server reported. Kept free of pgJDBC types so
 * that only the views in {@code internal.jdbc.pg} need the driver.
 *
 * <p>Fail-open like {@link Execution}: at worst the event is lost, never the COPY; only a spent statement
 * budget refuses it, as it refuses any statement.
 */
public final class CopyExecution {

    private final RecordingConnection connection;
    private final Recorder recorder;
    private final SqlShape shape;
    private final int sqlHash;
    private final ScopeNode scopes;
    private final CallSite site;
    private final Object operation;
    private final String threadName;
    private final boolean autoCommit;
    private final long sequence;
    private final long start;
    private boolean done;

    private CopyExecution(RecordingConnection connection, String sql) {
        this.connection = connection;
        this.recorder = connection.recorder;
        SqlShapeCache.Entry shaped = recorder.shaped(sql);
        this.shape = shaped == null ? null : shaped.shape();
        FingerprintState state = recorder.state(shaped, connection.databaseId());
        this.sqlHash = sql == null ? 0 : sql.hashCode();
        this.operation = CoreOperations.current();
        this.scopes = recorder.currentScopes();
        this.site = recorder.callSite(state, shape == null ? 0 : shape.fingerprintId(), scopes);
        this.threadName = Thread.currentThread().getName();
        this.autoCommit = connection.autoCommitForEvent();
        this.sequence = recorder.nextSequence();
        this.start = System.nanoTime();
    }

    /**
     * A COPY of {@code sql} starts on {@code connection} now; {@code null} when recording failed (the COPY
     * runs unrecorded).
     *
     * @throws SQLException when a scope's statement budget refuses it
     */
    public static CopyExecution begin(Object connection, String sql) throws SQLException {
        CopyExecution x;
        try {
            x = new CopyExecution((RecordingConnection) connection, sql);
        } catch (Throwable t) {
            ((RecordingConnection) connection).recorder.failOpen().failed(t, "starting a COPY");
            return null;
        }
        if (x.scopes != null) {
            try {
                ScopeUsage.statementStarted(x.scopes, x.shape == null ? null : x.shape.fingerprint(), x.site, null);
            } catch (SQLException e) {
                x.end(-1, 0, true);
                throw e;
            } catch (RuntimeException e) {
                x.recorder.failOpen().failed(e, "counting a COPY in its scopes");
            }
        }
        return x;
    }

    /**
     * The COPY ended: {@code rows} copied as the server reported them ({@code -1} unknown), of which {@code
     * rowsOut} were read by the application ({@code COPY ... TO STDOUT}). Idempotent.
     */
    public void end(long rows, long rowsOut, boolean failed) {
        if (done) {
            return;
        }
        done = true;
        try {
            long nanos = System.nanoTime() - start;
            StatementEvent e = ApiAccess.statementEvent(
                    sequence,
                    shape == null ? 0L : shape.fingerprintId(),
                    shape == null ? "(not fingerprinted)" : shape.fingerprint(),
                    StatementKind.COPY,
                    sqlHash,
                    nanos,
                    nanos,
                    rows,
                    0,
                    Math.max(0, rowsOut),
                    0,
                    0,
                    ColumnSet.EMPTY,
                    0,
                    autoCommit,
                    ResultMode.UNKNOWN,
                    0,
                    null,
                    null,
                    null,
                    false,
                    failed,
                    site,
                    threadName,
                    connection.id,
                    connection.databaseId(),
                    CoreOperations.origin(operation));
            recorder.emit(e, scopes);
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "completing a COPY event");
        }
    }
}
