package dev.leanjdbc.analyzer.internal.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/** The getter half of {@link java.sql.ResultSet}: every getter marks its column read; value getters sample. */
abstract class ResultSetReads extends ReadTracking {

    ResultSetReads(java.sql.ResultSet delegate, boolean sampling) {
        super(delegate, sampling);
    }

    // ---- getters: mark the column, sample the value, delegate

    @Override
    public Array getArray(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getArray(columnLabel);
    }

    @Override
    public Array getArray(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getArray(columnIndex);
    }

    @Override
    public InputStream getAsciiStream(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getAsciiStream(columnLabel);
    }

    @Override
    public InputStream getAsciiStream(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getAsciiStream(columnIndex);
    }

    @Override
    public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
        return value(readLabel(columnLabel), delegate.getBigDecimal(columnLabel));
    }

    @Deprecated
    @Override
    public BigDecimal getBigDecimal(String columnLabel, int n) throws SQLException {
        return value(readLabel(columnLabel), delegate.getBigDecimal(columnLabel, n));
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        return value(read(columnIndex), delegate.getBigDecimal(columnIndex));
    }

    @Deprecated
    @Override
    public BigDecimal getBigDecimal(int columnIndex, int n) throws SQLException {
        return value(read(columnIndex), delegate.getBigDecimal(columnIndex, n));
    }

    @Override
    public InputStream getBinaryStream(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getBinaryStream(columnLabel);
    }

    @Override
    public InputStream getBinaryStream(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getBinaryStream(columnIndex);
    }

    @Override
    public Blob getBlob(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getBlob(columnLabel);
    }

    @Override
    public Blob getBlob(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getBlob(columnIndex);
    }

    @Override
    public boolean getBoolean(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getBoolean(columnLabel);
    }

    @Override
    public boolean getBoolean(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getBoolean(columnIndex);
    }

    @Override
    public byte getByte(String columnLabel) throws SQLException {
        return value(readLabel(columnLabel), delegate.getByte(columnLabel));
    }

    @Override
    public byte getByte(int columnIndex) throws SQLException {
        return value(read(columnIndex), delegate.getByte(columnIndex));
    }

    @Override
    public byte[] getBytes(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getBytes(columnLabel);
    }

    @Override
    public byte[] getBytes(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getBytes(columnIndex);
    }

    @Override
    public Reader getCharacterStream(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getCharacterStream(columnLabel);
    }

    @Override
    public Reader getCharacterStream(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getCharacterStream(columnIndex);
    }

    @Override
    public Clob getClob(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getClob(columnLabel);
    }

    @Override
    public Clob getClob(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getClob(columnIndex);
    }

    @Override
    public Date getDate(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getDate(columnLabel);
    }

    @Override
    public Date getDate(String columnLabel, Calendar calendar) throws SQLException {
        readLabel(columnLabel);
        return delegate.getDate(columnLabel, calendar);
    }

    @Override
    public Date getDate(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getDate(columnIndex);
    }

    @Override
    public Date getDate(int columnIndex, Calendar calendar) throws SQLException {
        read(columnIndex);
        return delegate.getDate(columnIndex, calendar);
    }

    @Override
    public double getDouble(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getDouble(columnLabel);
    }

    @Override
    public double getDouble(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getDouble(columnIndex);
    }

    @Override
    public float getFloat(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getFloat(columnLabel);
    }

    @Override
    public float getFloat(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getFloat(columnIndex);
    }

    @Override
    public int getInt(String columnLabel) throws SQLException {
        return value(readLabel(columnLabel), delegate.getInt(columnLabel));
    }

    @Override
    public int getInt(int columnIndex) throws SQLException {
        return value(read(columnIndex), delegate.getInt(columnIndex));
    }

    @Override
    public long getLong(String columnLabel) throws SQLException {
        return value(readLabel(columnLabel), delegate.getLong(columnLabel));
    }

    @Override
    public long getLong(int columnIndex) throws SQLException {
        return value(read(columnIndex), delegate.getLong(columnIndex));
    }

    @Override
    public Reader getNCharacterStream(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getNCharacterStream(columnLabel);
    }

    @Override
    public Reader getNCharacterStream(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getNCharacterStream(columnIndex);
    }

    @Override
    public NClob getNClob(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getNClob(columnLabel);
    }

    @Override
    public NClob getNClob(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getNClob(columnIndex);
    }

    @Override
    public String getNString(String columnLabel) throws SQLException {
        return value(readLabel(columnLabel), delegate.getNString(columnLabel));
    }

    @Override
    public String getNString(int columnIndex) throws SQLException {
        return value(read(columnIndex), delegate.getNString(columnIndex));
    }

    @Override
    public Object getObject(String columnLabel) throws SQLException {
        return value(readLabel(columnLabel), delegate.getObject(columnLabel));
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
        return value(readLabel(columnLabel), delegate.getObject(columnLabel, type));
    }

    @Override
    public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
        return value(readLabel(columnLabel), delegate.getObject(columnLabel, map));
    }

    @Override
    public Object getObject(int columnIndex) throws SQLException {
        return value(read(columnIndex), delegate.getObject(columnIndex));
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        return value(read(columnIndex), delegate.getObject(columnIndex, type));
    }

    @Override
    public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
        return value(read(columnIndex), delegate.getObject(columnIndex, map));
    }

    @Override
    public Ref getRef(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getRef(columnLabel);
    }

    @Override
    public Ref getRef(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getRef(columnIndex);
    }

    @Override
    public RowId getRowId(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getRowId(columnLabel);
    }

    @Override
    public RowId getRowId(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getRowId(columnIndex);
    }

    @Override
    public SQLXML getSQLXML(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getSQLXML(columnLabel);
    }

    @Override
    public SQLXML getSQLXML(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getSQLXML(columnIndex);
    }

    @Override
    public short getShort(String columnLabel) throws SQLException {
        return value(readLabel(columnLabel), delegate.getShort(columnLabel));
    }

    @Override
    public short getShort(int columnIndex) throws SQLException {
        return value(read(columnIndex), delegate.getShort(columnIndex));
    }

    @Override
    public String getString(String columnLabel) throws SQLException {
        return value(readLabel(columnLabel), delegate.getString(columnLabel));
    }

    @Override
    public String getString(int columnIndex) throws SQLException {
        return value(read(columnIndex), delegate.getString(columnIndex));
    }

    @Override
    public Time getTime(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getTime(columnLabel);
    }

    @Override
    public Time getTime(String columnLabel, Calendar calendar) throws SQLException {
        readLabel(columnLabel);
        return delegate.getTime(columnLabel, calendar);
    }

    @Override
    public Time getTime(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getTime(columnIndex);
    }

    @Override
    public Time getTime(int columnIndex, Calendar calendar) throws SQLException {
        read(columnIndex);
        return delegate.getTime(columnIndex, calendar);
    }

    @Override
    public Timestamp getTimestamp(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getTimestamp(columnLabel);
    }

    @Override
    public Timestamp getTimestamp(String columnLabel, Calendar calendar) throws SQLException {
        readLabel(columnLabel);
        return delegate.getTimestamp(columnLabel, calendar);
    }

    @Override
    public Timestamp getTimestamp(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getTimestamp(columnIndex);
    }

    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar calendar) throws SQLException {
        read(columnIndex);
        return delegate.getTimestamp(columnIndex, calendar);
    }

    @Override
    public URL getURL(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getURL(columnLabel);
    }

    @Override
    public URL getURL(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getURL(columnIndex);
    }

    @Deprecated
    @Override
    public InputStream getUnicodeStream(String columnLabel) throws SQLException {
        readLabel(columnLabel);
        return delegate.getUnicodeStream(columnLabel);
    }

    @Deprecated
    @Override
    public InputStream getUnicodeStream(int columnIndex) throws SQLException {
        read(columnIndex);
        return delegate.getUnicodeStream(columnIndex);
    }
}
