package dev.leanjdbc.analyzer.internal.jdbc;

import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.FingerprintState;
import dev.leanjdbc.analyzer.internal.ValueHash;
import dev.leanjdbc.analyzer.internal.sql.SqlShape;
import dev.leanjdbc.analyzer.internal.sql.SqlShapeCache;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/**
 * A prepared statement that records one event per execution, with a hash of each bind value (the values
 * themselves only with {@code captureBindValues}). The SQL is fingerprinted once, when prepared.
 *
 * <p><b>Performance.</b> A {@code setXxx} call stores one {@code long} hash in an array reused across
 * executions; an execution copies the used part of that array into its event.
 */
public class RecordingPreparedStatement extends RecordingStatement implements PreparedStatement {

    final PreparedStatement ps;
    private final String sql;
    private final SqlShape shape;
    private final FingerprintState state;
    private final boolean keys;
    private final boolean changesLazy;
    private final BindValues binds;

    RecordingPreparedStatement(
            RecordingConnection connection, PreparedStatement delegate, String sql, int resultSetType, boolean keys) {
        super(connection, delegate, resultSetType);
        this.ps = delegate;
        this.sql = sql;
        this.keys = keys;
        SqlShapeCache.Entry shaped = recorder.shaped(sql);
        this.shape = shaped == null ? null : shaped.shape();
        this.state = recorder.state(shaped, connection.databaseId());
        this.changesLazy = shape != null && shape.kind() == StatementKind.OTHER && H2Settings.changesLazyExecution(sql);
        this.binds = new BindValues(
                shape == null ? 0 : Math.max(0, shape.parameterCount()),
                recorder.config().captureBindValues(),
                recorder);
    }

    // ---- bind values (never throw: see BindValues)

    final void bind(int index, long v) {
        binds.bind(index, v);
    }

    final void bind(int index, double v) {
        binds.bind(index, v);
    }

    final void bind(int index, int v) {
        binds.bind(index, v);
    }

    final void bind(int index, short v) {
        binds.bind(index, v);
    }

    final void bind(int index, byte v) {
        binds.bind(index, v);
    }

    final void bind(int index, float v) {
        binds.bind(index, v);
    }

    final void bind(int index, boolean v) {
        binds.bind(index, v);
    }

    final void bind(int index, Object v) {
        binds.bind(index, v);
    }

    /** Starts an execution of the prepared SQL with the current bind values. */
    final void startPrepared() throws SQLException {
        finishPrevious();
        try {
            if (changesLazy) {
                connection.h2LazyChanged();
            }
            execution.begin(shape, state, sql, keys);
            long named = namedParametersHash();
            if (binds.count() > 0 || named != 0) {
                long hash = named == 0 ? binds.combinedHash() : ValueHash.combine(binds.combinedHash(), named);
                execution.parameters(hash, binds.hashesForEvent(), binds.valuesCopy());
            }
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "starting an execution");
        }
        execution.enterScopes();
    }

    /** Hash of values bound by name (callable statements); 0 when none. */
    long namedParametersHash() {
        return 0;
    }

    @Override
    public void clearParameters() throws SQLException {
        ps.clearParameters();
        binds.clear();
    }

    @Override
    public void setNull(int parameterIndex, int sqlType) throws SQLException {
        ps.setNull(parameterIndex, sqlType);
        bind(parameterIndex, (Object) null);
    }

    @Override
    public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
        ps.setNull(parameterIndex, sqlType, typeName);
        bind(parameterIndex, (Object) null);
    }

    // ---- executions

    @Override
    public ResultSet executeQuery() throws SQLException {
        startPrepared();
        ResultSet rs;
        try {
            rs = ps.executeQuery();
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
        execution.executed();
        return result(rs, false);
    }

    @Override
    public int executeUpdate() throws SQLException {
        startPrepared();
        try {
            return updated(ps.executeUpdate());
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        startPrepared();
        try {
            return updated(ps.executeLargeUpdate());
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
    }

    @Override
    public boolean execute() throws SQLException {
        startPrepared();
        try {
            return executed(ps.execute());
        } catch (Throwable t) {
            execution.failed();
            execution.rethrowIfStopped(t);
            throw t;
        }
    }

    @Override
    public void addBatch() throws SQLException {
        ps.addBatch();
        batch().add(binds.combinedHash());
    }

    @Override
    public void clearBatch() throws SQLException {
        ps.clearBatch();
        clearPendingBatch();
    }

    /** A prepared batch is named by the prepared SQL; its hash covers the bind values of every row. */
    @Override
    void startBatch() throws SQLException {
        int size = pendingBatchSize();
        long hash = pendingBatchHash();
        clearPendingBatch();
        finishPrevious();
        try {
            execution.begin(shape, state, sql, keys);
            execution.batch(size, hash, null);
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "starting a batch");
        }
        execution.enterScopes();
    }

    // ---- plain delegation and bind hashing

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        return ps.getMetaData();
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        return ps.getParameterMetaData();
    }

    @Override
    public void setArray(int parameterIndex, Array x) throws SQLException {
        ps.setArray(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
        ps.setAsciiStream(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, int n) throws SQLException {
        ps.setAsciiStream(parameterIndex, x, n);
        bind(parameterIndex, x);
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, long length) throws SQLException {
        ps.setAsciiStream(parameterIndex, x, length);
        bind(parameterIndex, x);
    }

    @Override
    public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
        ps.setBigDecimal(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
        ps.setBinaryStream(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, int n) throws SQLException {
        ps.setBinaryStream(parameterIndex, x, n);
        bind(parameterIndex, x);
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, long length) throws SQLException {
        ps.setBinaryStream(parameterIndex, x, length);
        bind(parameterIndex, x);
    }

    @Override
    public void setBlob(int parameterIndex, Blob x) throws SQLException {
        ps.setBlob(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setBlob(int parameterIndex, InputStream x) throws SQLException {
        ps.setBlob(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setBlob(int parameterIndex, InputStream x, long length) throws SQLException {
        ps.setBlob(parameterIndex, x, length);
        bind(parameterIndex, x);
    }

    @Override
    public void setBoolean(int parameterIndex, boolean x) throws SQLException {
        ps.setBoolean(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setByte(int parameterIndex, byte x) throws SQLException {
        ps.setByte(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setBytes(int parameterIndex, byte[] x) throws SQLException {
        ps.setBytes(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader x) throws SQLException {
        ps.setCharacterStream(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader x, int n) throws SQLException {
        ps.setCharacterStream(parameterIndex, x, n);
        bind(parameterIndex, x);
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader x, long length) throws SQLException {
        ps.setCharacterStream(parameterIndex, x, length);
        bind(parameterIndex, x);
    }

    @Override
    public void setClob(int parameterIndex, Clob x) throws SQLException {
        ps.setClob(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setClob(int parameterIndex, Reader x) throws SQLException {
        ps.setClob(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setClob(int parameterIndex, Reader x, long length) throws SQLException {
        ps.setClob(parameterIndex, x, length);
        bind(parameterIndex, x);
    }

    @Override
    public void setDate(int parameterIndex, Date x) throws SQLException {
        ps.setDate(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setDate(int parameterIndex, Date x, Calendar calendar) throws SQLException {
        ps.setDate(parameterIndex, x, calendar);
        bind(parameterIndex, x);
    }

    @Override
    public void setDouble(int parameterIndex, double x) throws SQLException {
        ps.setDouble(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setFloat(int parameterIndex, float x) throws SQLException {
        ps.setFloat(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setInt(int parameterIndex, int x) throws SQLException {
        ps.setInt(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setLong(int parameterIndex, long x) throws SQLException {
        ps.setLong(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader x) throws SQLException {
        ps.setNCharacterStream(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader x, long length) throws SQLException {
        ps.setNCharacterStream(parameterIndex, x, length);
        bind(parameterIndex, x);
    }

    @Override
    public void setNClob(int parameterIndex, NClob x) throws SQLException {
        ps.setNClob(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setNClob(int parameterIndex, Reader x) throws SQLException {
        ps.setNClob(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setNClob(int parameterIndex, Reader x, long length) throws SQLException {
        ps.setNClob(parameterIndex, x, length);
        bind(parameterIndex, x);
    }

    @Override
    public void setNString(int parameterIndex, String x) throws SQLException {
        ps.setNString(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, Object x) throws SQLException {
        ps.setObject(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType sqlType) throws SQLException {
        ps.setObject(parameterIndex, x, sqlType);
        bind(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType sqlType, int n) throws SQLException {
        ps.setObject(parameterIndex, x, sqlType, n);
        bind(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, Object x, int n) throws SQLException {
        ps.setObject(parameterIndex, x, n);
        bind(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, Object x, int n1, int n2) throws SQLException {
        ps.setObject(parameterIndex, x, n1, n2);
        bind(parameterIndex, x);
    }

    @Override
    public void setRef(int parameterIndex, Ref x) throws SQLException {
        ps.setRef(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setRowId(int parameterIndex, RowId x) throws SQLException {
        ps.setRowId(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setSQLXML(int parameterIndex, SQLXML x) throws SQLException {
        ps.setSQLXML(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setShort(int parameterIndex, short x) throws SQLException {
        ps.setShort(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setString(int parameterIndex, String x) throws SQLException {
        ps.setString(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setTime(int parameterIndex, Time x) throws SQLException {
        ps.setTime(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setTime(int parameterIndex, Time x, Calendar calendar) throws SQLException {
        ps.setTime(parameterIndex, x, calendar);
        bind(parameterIndex, x);
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
        ps.setTimestamp(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp x, Calendar calendar) throws SQLException {
        ps.setTimestamp(parameterIndex, x, calendar);
        bind(parameterIndex, x);
    }

    @Override
    public void setURL(int parameterIndex, URL x) throws SQLException {
        ps.setURL(parameterIndex, x);
        bind(parameterIndex, x);
    }

    @Deprecated
    @Override
    public void setUnicodeStream(int parameterIndex, InputStream x, int n) throws SQLException {
        ps.setUnicodeStream(parameterIndex, x, n);
        bind(parameterIndex, x);
    }
}
