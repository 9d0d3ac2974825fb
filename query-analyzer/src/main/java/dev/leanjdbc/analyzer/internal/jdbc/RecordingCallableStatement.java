package dev.leanjdbc.analyzer.internal.jdbc;

import dev.leanjdbc.analyzer.internal.ValueHash;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Calendar;

/**
 * A callable statement that records like a prepared one; values bound by parameter name are hashed too
 * (by name, up to {@value #MAX_NAMED} names) and folded into the event's parameter hash.
 */
public final class RecordingCallableStatement extends CallableOutParameters {

    private static final int MAX_NAMED = 64;

    private String[] names = new String[0];
    private long[] namedHashes = new long[0];

    RecordingCallableStatement(
            RecordingConnection connection, CallableStatement delegate, String sql, int resultSetType) {
        super(connection, delegate, sql, resultSetType);
    }

    private void bindNamed(String name, Object value) {
        try {
            long h = recorder.valueKey().apply(ValueHash.of(value));
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    namedHashes[i] = h;
                    return;
                }
            }
            if (names.length < MAX_NAMED && name != null) {
                names = Arrays.copyOf(names, names.length + 1);
                namedHashes = Arrays.copyOf(namedHashes, names.length);
                names[names.length - 1] = name;
                namedHashes[names.length - 1] = h;
            }
        } catch (Throwable t) {
            recorder.failOpen().failed(t, "hashing a named bind value");
        }
    }

    @Override
    long namedParametersHash() {
        long h = 0;
        for (int i = 0; i < names.length; i++) {
            h = ValueHash.combine(h, ValueHash.combine(ValueHash.of(names[i]), namedHashes[i]));
        }
        return h;
    }

    @Override
    public void clearParameters() throws SQLException {
        super.clearParameters();
        names = new String[0];
        namedHashes = new long[0];
    }

    @Override
    public void setNull(String parameterName, int sqlType) throws SQLException {
        cs.setNull(parameterName, sqlType);
        bindNamed(parameterName, null);
    }

    @Override
    public void setNull(String parameterName, int sqlType, String typeName) throws SQLException {
        cs.setNull(parameterName, sqlType, typeName);
        bindNamed(parameterName, null);
    }

    @Override
    public void setAsciiStream(String parameterName, InputStream x) throws SQLException {
        cs.setAsciiStream(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setAsciiStream(String parameterName, InputStream x, int n) throws SQLException {
        cs.setAsciiStream(parameterName, x, n);
        bindNamed(parameterName, x);
    }

    @Override
    public void setAsciiStream(String parameterName, InputStream x, long length) throws SQLException {
        cs.setAsciiStream(parameterName, x, length);
        bindNamed(parameterName, x);
    }

    @Override
    public void setBigDecimal(String parameterName, BigDecimal x) throws SQLException {
        cs.setBigDecimal(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setBinaryStream(String parameterName, InputStream x) throws SQLException {
        cs.setBinaryStream(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setBinaryStream(String parameterName, InputStream x, int n) throws SQLException {
        cs.setBinaryStream(parameterName, x, n);
        bindNamed(parameterName, x);
    }

    @Override
    public void setBinaryStream(String parameterName, InputStream x, long length) throws SQLException {
        cs.setBinaryStream(parameterName, x, length);
        bindNamed(parameterName, x);
    }

    @Override
    public void setBlob(String parameterName, Blob x) throws SQLException {
        cs.setBlob(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setBlob(String parameterName, InputStream x) throws SQLException {
        cs.setBlob(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setBlob(String parameterName, InputStream x, long length) throws SQLException {
        cs.setBlob(parameterName, x, length);
        bindNamed(parameterName, x);
    }

    @Override
    public void setBoolean(String parameterName, boolean x) throws SQLException {
        cs.setBoolean(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setByte(String parameterName, byte x) throws SQLException {
        cs.setByte(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setBytes(String parameterName, byte[] x) throws SQLException {
        cs.setBytes(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setCharacterStream(String parameterName, Reader x) throws SQLException {
        cs.setCharacterStream(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setCharacterStream(String parameterName, Reader x, int n) throws SQLException {
        cs.setCharacterStream(parameterName, x, n);
        bindNamed(parameterName, x);
    }

    @Override
    public void setCharacterStream(String parameterName, Reader x, long length) throws SQLException {
        cs.setCharacterStream(parameterName, x, length);
        bindNamed(parameterName, x);
    }

    @Override
    public void setClob(String parameterName, Clob x) throws SQLException {
        cs.setClob(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setClob(String parameterName, Reader x) throws SQLException {
        cs.setClob(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setClob(String parameterName, Reader x, long length) throws SQLException {
        cs.setClob(parameterName, x, length);
        bindNamed(parameterName, x);
    }

    @Override
    public void setDate(String parameterName, Date x) throws SQLException {
        cs.setDate(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setDate(String parameterName, Date x, Calendar calendar) throws SQLException {
        cs.setDate(parameterName, x, calendar);
        bindNamed(parameterName, x);
    }

    @Override
    public void setDouble(String parameterName, double x) throws SQLException {
        cs.setDouble(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setFloat(String parameterName, float x) throws SQLException {
        cs.setFloat(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setInt(String parameterName, int x) throws SQLException {
        cs.setInt(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setLong(String parameterName, long x) throws SQLException {
        cs.setLong(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setNCharacterStream(String parameterName, Reader x) throws SQLException {
        cs.setNCharacterStream(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setNCharacterStream(String parameterName, Reader x, long length) throws SQLException {
        cs.setNCharacterStream(parameterName, x, length);
        bindNamed(parameterName, x);
    }

    @Override
    public void setNClob(String parameterName, NClob x) throws SQLException {
        cs.setNClob(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setNClob(String parameterName, Reader x) throws SQLException {
        cs.setNClob(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setNClob(String parameterName, Reader x, long length) throws SQLException {
        cs.setNClob(parameterName, x, length);
        bindNamed(parameterName, x);
    }

    @Override
    public void setNString(String parameterName, String x) throws SQLException {
        cs.setNString(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setObject(String parameterName, Object x) throws SQLException {
        cs.setObject(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setObject(String parameterName, Object x, SQLType sqlType) throws SQLException {
        cs.setObject(parameterName, x, sqlType);
        bindNamed(parameterName, x);
    }

    @Override
    public void setObject(String parameterName, Object x, SQLType sqlType, int n) throws SQLException {
        cs.setObject(parameterName, x, sqlType, n);
        bindNamed(parameterName, x);
    }

    @Override
    public void setObject(String parameterName, Object x, int n) throws SQLException {
        cs.setObject(parameterName, x, n);
        bindNamed(parameterName, x);
    }

    @Override
    public void setObject(String parameterName, Object x, int n1, int n2) throws SQLException {
        cs.setObject(parameterName, x, n1, n2);
        bindNamed(parameterName, x);
    }

    @Override
    public void setRowId(String parameterName, RowId x) throws SQLException {
        cs.setRowId(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setSQLXML(String parameterName, SQLXML x) throws SQLException {
        cs.setSQLXML(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setShort(String parameterName, short x) throws SQLException {
        cs.setShort(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setString(String parameterName, String x) throws SQLException {
        cs.setString(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setTime(String parameterName, Time x) throws SQLException {
        cs.setTime(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setTime(String parameterName, Time x, Calendar calendar) throws SQLException {
        cs.setTime(parameterName, x, calendar);
        bindNamed(parameterName, x);
    }

    @Override
    public void setTimestamp(String parameterName, Timestamp x) throws SQLException {
        cs.setTimestamp(parameterName, x);
        bindNamed(parameterName, x);
    }

    @Override
    public void setTimestamp(String parameterName, Timestamp x, Calendar calendar) throws SQLException {
        cs.setTimestamp(parameterName, x, calendar);
        bindNamed(parameterName, x);
    }

    @Override
    public void setURL(String parameterName, URL x) throws SQLException {
        cs.setURL(parameterName, x);
        bindNamed(parameterName, x);
    }
}
