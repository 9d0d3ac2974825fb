package dev.leanjdbc.analyzer.internal.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;

/** The updater half of {@link ResultSet}: {@code updateXxx} calls, plain delegation to the driver. */
abstract class DelegatingResultSet implements ResultSet {

    final ResultSet delegate;

    DelegatingResultSet(ResultSet delegate) {
        this.delegate = delegate;
    }

    @Override
    public void updateArray(String columnLabel, Array array) throws SQLException {
        delegate.updateArray(columnLabel, array);
    }

    @Override
    public void updateArray(int columnIndex, Array array) throws SQLException {
        delegate.updateArray(columnIndex, array);
    }

    @Override
    public void updateAsciiStream(String columnLabel, InputStream inputStream) throws SQLException {
        delegate.updateAsciiStream(columnLabel, inputStream);
    }

    @Override
    public void updateAsciiStream(String columnLabel, InputStream inputStream, int n) throws SQLException {
        delegate.updateAsciiStream(columnLabel, inputStream, n);
    }

    @Override
    public void updateAsciiStream(String columnLabel, InputStream inputStream, long length) throws SQLException {
        delegate.updateAsciiStream(columnLabel, inputStream, length);
    }

    @Override
    public void updateAsciiStream(int columnIndex, InputStream inputStream) throws SQLException {
        delegate.updateAsciiStream(columnIndex, inputStream);
    }

    @Override
    public void updateAsciiStream(int columnIndex, InputStream inputStream, int n) throws SQLException {
        delegate.updateAsciiStream(columnIndex, inputStream, n);
    }

    @Override
    public void updateAsciiStream(int columnIndex, InputStream inputStream, long length) throws SQLException {
        delegate.updateAsciiStream(columnIndex, inputStream, length);
    }

    @Override
    public void updateBigDecimal(String columnLabel, BigDecimal bigDecimal) throws SQLException {
        delegate.updateBigDecimal(columnLabel, bigDecimal);
    }

    @Override
    public void updateBigDecimal(int columnIndex, BigDecimal bigDecimal) throws SQLException {
        delegate.updateBigDecimal(columnIndex, bigDecimal);
    }

    @Override
    public void updateBinaryStream(String columnLabel, InputStream inputStream) throws SQLException {
        delegate.updateBinaryStream(columnLabel, inputStream);
    }

    @Override
    public void updateBinaryStream(String columnLabel, InputStream inputStream, int n) throws SQLException {
        delegate.updateBinaryStream(columnLabel, inputStream, n);
    }

    @Override
    public void updateBinaryStream(String columnLabel, InputStream inputStream, long length) throws SQLException {
        delegate.updateBinaryStream(columnLabel, inputStream, length);
    }

    @Override
    public void updateBinaryStream(int columnIndex, InputStream inputStream) throws SQLException {
        delegate.updateBinaryStream(columnIndex, inputStream);
    }

    @Override
    public void updateBinaryStream(int columnIndex, InputStream inputStream, int n) throws SQLException {
        delegate.updateBinaryStream(columnIndex, inputStream, n);
    }

    @Override
    public void updateBinaryStream(int columnIndex, InputStream inputStream, long length) throws SQLException {
        delegate.updateBinaryStream(columnIndex, inputStream, length);
    }

    @Override
    public void updateBlob(String columnLabel, Blob blob) throws SQLException {
        delegate.updateBlob(columnLabel, blob);
    }

    @Override
    public void updateBlob(String columnLabel, InputStream inputStream) throws SQLException {
        delegate.updateBlob(columnLabel, inputStream);
    }

    @Override
    public void updateBlob(String columnLabel, InputStream inputStream, long length) throws SQLException {
        delegate.updateBlob(columnLabel, inputStream, length);
    }

    @Override
    public void updateBlob(int columnIndex, Blob blob) throws SQLException {
        delegate.updateBlob(columnIndex, blob);
    }

    @Override
    public void updateBlob(int columnIndex, InputStream inputStream) throws SQLException {
        delegate.updateBlob(columnIndex, inputStream);
    }

    @Override
    public void updateBlob(int columnIndex, InputStream inputStream, long length) throws SQLException {
        delegate.updateBlob(columnIndex, inputStream, length);
    }

    @Override
    public void updateBoolean(String columnLabel, boolean flag) throws SQLException {
        delegate.updateBoolean(columnLabel, flag);
    }

    @Override
    public void updateBoolean(int columnIndex, boolean flag) throws SQLException {
        delegate.updateBoolean(columnIndex, flag);
    }

    @Override
    public void updateByte(String columnLabel, byte x) throws SQLException {
        delegate.updateByte(columnLabel, x);
    }

    @Override
    public void updateByte(int columnIndex, byte x) throws SQLException {
        delegate.updateByte(columnIndex, x);
    }

    @Override
    public void updateBytes(String columnLabel, byte[] bytes) throws SQLException {
        delegate.updateBytes(columnLabel, bytes);
    }

    @Override
    public void updateBytes(int columnIndex, byte[] bytes) throws SQLException {
        delegate.updateBytes(columnIndex, bytes);
    }

    @Override
    public void updateCharacterStream(String columnLabel, Reader reader) throws SQLException {
        delegate.updateCharacterStream(columnLabel, reader);
    }

    @Override
    public void updateCharacterStream(String columnLabel, Reader reader, int n) throws SQLException {
        delegate.updateCharacterStream(columnLabel, reader, n);
    }

    @Override
    public void updateCharacterStream(String columnLabel, Reader reader, long length) throws SQLException {
        delegate.updateCharacterStream(columnLabel, reader, length);
    }

    @Override
    public void updateCharacterStream(int columnIndex, Reader reader) throws SQLException {
        delegate.updateCharacterStream(columnIndex, reader);
    }

    @Override
    public void updateCharacterStream(int columnIndex, Reader reader, int n) throws SQLException {
        delegate.updateCharacterStream(columnIndex, reader, n);
    }

    @Override
    public void updateCharacterStream(int columnIndex, Reader reader, long length) throws SQLException {
        delegate.updateCharacterStream(columnIndex, reader, length);
    }

    @Override
    public void updateClob(String columnLabel, Clob clob) throws SQLException {
        delegate.updateClob(columnLabel, clob);
    }

    @Override
    public void updateClob(String columnLabel, Reader reader) throws SQLException {
        delegate.updateClob(columnLabel, reader);
    }

    @Override
    public void updateClob(String columnLabel, Reader reader, long length) throws SQLException {
        delegate.updateClob(columnLabel, reader, length);
    }

    @Override
    public void updateClob(int columnIndex, Clob clob) throws SQLException {
        delegate.updateClob(columnIndex, clob);
    }

    @Override
    public void updateClob(int columnIndex, Reader reader) throws SQLException {
        delegate.updateClob(columnIndex, reader);
    }

    @Override
    public void updateClob(int columnIndex, Reader reader, long length) throws SQLException {
        delegate.updateClob(columnIndex, reader, length);
    }

    @Override
    public void updateDate(String columnLabel, Date date) throws SQLException {
        delegate.updateDate(columnLabel, date);
    }

    @Override
    public void updateDate(int columnIndex, Date date) throws SQLException {
        delegate.updateDate(columnIndex, date);
    }

    @Override
    public void updateDouble(String columnLabel, double x) throws SQLException {
        delegate.updateDouble(columnLabel, x);
    }

    @Override
    public void updateDouble(int columnIndex, double x) throws SQLException {
        delegate.updateDouble(columnIndex, x);
    }

    @Override
    public void updateFloat(String columnLabel, float x) throws SQLException {
        delegate.updateFloat(columnLabel, x);
    }

    @Override
    public void updateFloat(int columnIndex, float x) throws SQLException {
        delegate.updateFloat(columnIndex, x);
    }

    @Override
    public void updateInt(String columnLabel, int n) throws SQLException {
        delegate.updateInt(columnLabel, n);
    }

    @Override
    public void updateInt(int columnIndex, int n) throws SQLException {
        delegate.updateInt(columnIndex, n);
    }

    @Override
    public void updateLong(String columnLabel, long length) throws SQLException {
        delegate.updateLong(columnLabel, length);
    }

    @Override
    public void updateLong(int columnIndex, long length) throws SQLException {
        delegate.updateLong(columnIndex, length);
    }

    @Override
    public void updateNCharacterStream(String columnLabel, Reader reader) throws SQLException {
        delegate.updateNCharacterStream(columnLabel, reader);
    }

    @Override
    public void updateNCharacterStream(String columnLabel, Reader reader, long length) throws SQLException {
        delegate.updateNCharacterStream(columnLabel, reader, length);
    }

    @Override
    public void updateNCharacterStream(int columnIndex, Reader reader) throws SQLException {
        delegate.updateNCharacterStream(columnIndex, reader);
    }

    @Override
    public void updateNCharacterStream(int columnIndex, Reader reader, long length) throws SQLException {
        delegate.updateNCharacterStream(columnIndex, reader, length);
    }

    @Override
    public void updateNClob(String columnLabel, NClob nClob) throws SQLException {
        delegate.updateNClob(columnLabel, nClob);
    }

    @Override
    public void updateNClob(String columnLabel, Reader reader) throws SQLException {
        delegate.updateNClob(columnLabel, reader);
    }

    @Override
    public void updateNClob(String columnLabel, Reader reader, long length) throws SQLException {
        delegate.updateNClob(columnLabel, reader, length);
    }

    @Override
    public void updateNClob(int columnIndex, NClob nClob) throws SQLException {
        delegate.updateNClob(columnIndex, nClob);
    }

    @Override
    public void updateNClob(int columnIndex, Reader reader) throws SQLException {
        delegate.updateNClob(columnIndex, reader);
    }

    @Override
    public void updateNClob(int columnIndex, Reader reader, long length) throws SQLException {
        delegate.updateNClob(columnIndex, reader, length);
    }

    @Override
    public void updateNString(String columnLabel, String s) throws SQLException {
        delegate.updateNString(columnLabel, s);
    }

    @Override
    public void updateNString(int columnIndex, String s) throws SQLException {
        delegate.updateNString(columnIndex, s);
    }

    @Override
    public void updateNull(String columnLabel) throws SQLException {
        delegate.updateNull(columnLabel);
    }

    @Override
    public void updateNull(int columnIndex) throws SQLException {
        delegate.updateNull(columnIndex);
    }

    @Override
    public void updateObject(String columnLabel, Object x) throws SQLException {
        delegate.updateObject(columnLabel, x);
    }

    @Override
    public void updateObject(String columnLabel, Object x, SQLType sqlType) throws SQLException {
        delegate.updateObject(columnLabel, x, sqlType);
    }

    @Override
    public void updateObject(String columnLabel, Object x, SQLType sqlType, int n) throws SQLException {
        delegate.updateObject(columnLabel, x, sqlType, n);
    }

    @Override
    public void updateObject(String columnLabel, Object x, int n) throws SQLException {
        delegate.updateObject(columnLabel, x, n);
    }

    @Override
    public void updateObject(int columnIndex, Object x) throws SQLException {
        delegate.updateObject(columnIndex, x);
    }

    @Override
    public void updateObject(int columnIndex, Object x, SQLType sqlType) throws SQLException {
        delegate.updateObject(columnIndex, x, sqlType);
    }

    @Override
    public void updateObject(int columnIndex, Object x, SQLType sqlType, int n) throws SQLException {
        delegate.updateObject(columnIndex, x, sqlType, n);
    }

    @Override
    public void updateObject(int columnIndex, Object x, int n) throws SQLException {
        delegate.updateObject(columnIndex, x, n);
    }

    @Override
    public void updateRef(String columnLabel, Ref ref) throws SQLException {
        delegate.updateRef(columnLabel, ref);
    }

    @Override
    public void updateRef(int columnIndex, Ref ref) throws SQLException {
        delegate.updateRef(columnIndex, ref);
    }

    @Override
    public void updateRow() throws SQLException {
        delegate.updateRow();
    }

    @Override
    public void updateRowId(String columnLabel, RowId rowId) throws SQLException {
        delegate.updateRowId(columnLabel, rowId);
    }

    @Override
    public void updateRowId(int columnIndex, RowId rowId) throws SQLException {
        delegate.updateRowId(columnIndex, rowId);
    }

    @Override
    public void updateSQLXML(String columnLabel, SQLXML sQLXML) throws SQLException {
        delegate.updateSQLXML(columnLabel, sQLXML);
    }

    @Override
    public void updateSQLXML(int columnIndex, SQLXML sQLXML) throws SQLException {
        delegate.updateSQLXML(columnIndex, sQLXML);
    }

    @Override
    public void updateShort(String columnLabel, short x) throws SQLException {
        delegate.updateShort(columnLabel, x);
    }

    @Override
    public void updateShort(int columnIndex, short x) throws SQLException {
        delegate.updateShort(columnIndex, x);
    }

    @Override
    public void updateString(String columnLabel, String s) throws SQLException {
        delegate.updateString(columnLabel, s);
    }

    @Override
    public void updateString(int columnIndex, String s) throws SQLException {
        delegate.updateString(columnIndex, s);
    }

    @Override
    public void updateTime(String columnLabel, Time time) throws SQLException {
        delegate.updateTime(columnLabel, time);
    }

    @Override
    public void updateTime(int columnIndex, Time time) throws SQLException {
        delegate.updateTime(columnIndex, time);
    }

    @Override
    public void updateTimestamp(String columnLabel, Timestamp timestamp) throws SQLException {
        delegate.updateTimestamp(columnLabel, timestamp);
    }

    @Override
    public void updateTimestamp(int columnIndex, Timestamp timestamp) throws SQLException {
        delegate.updateTimestamp(columnIndex, timestamp);
    }
}
