package dev.leanjdbc.benchmarks.stub;

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
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * The reading half of {@link ResultSet}, all unsupported until {@link StubResultSet} overrides it.
 *
 * <p>Every method throws {@link SQLFeatureNotSupportedException} naming itself: the stub driver
 * serves only the calls the benchmarks make, and a benchmark that strays from them fails loudly instead of
 * measuring a silent no-op. Subclasses override what they support.
 */
abstract class UnsupportedResultSet extends UnsupportedResultSetUpdates {

    @Override
    public boolean absolute(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.absolute(int)");
    }

    @Override
    public void afterLast() throws SQLException {
        throw Unsupported.call("ResultSet.afterLast()");
    }

    @Override
    public void beforeFirst() throws SQLException {
        throw Unsupported.call("ResultSet.beforeFirst()");
    }

    @Override
    public void clearWarnings() throws SQLException {
        throw Unsupported.call("ResultSet.clearWarnings()");
    }

    @Override
    public void close() throws SQLException {
        throw Unsupported.call("ResultSet.close()");
    }

    @Override
    public int findColumn(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.findColumn(String)");
    }

    @Override
    public boolean first() throws SQLException {
        throw Unsupported.call("ResultSet.first()");
    }

    @Override
    public Array getArray(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getArray(String)");
    }

    @Override
    public Array getArray(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getArray(int)");
    }

    @Override
    public InputStream getAsciiStream(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getAsciiStream(String)");
    }

    @Override
    public InputStream getAsciiStream(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getAsciiStream(int)");
    }

    @Override
    public BigDecimal getBigDecimal(String arg0, int arg1) throws SQLException {
        throw Unsupported.call("ResultSet.getBigDecimal(String, int)");
    }

    @Override
    public BigDecimal getBigDecimal(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getBigDecimal(String)");
    }

    @Override
    public BigDecimal getBigDecimal(int arg0, int arg1) throws SQLException {
        throw Unsupported.call("ResultSet.getBigDecimal(int, int)");
    }

    @Override
    public BigDecimal getBigDecimal(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getBigDecimal(int)");
    }

    @Override
    public InputStream getBinaryStream(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getBinaryStream(String)");
    }

    @Override
    public InputStream getBinaryStream(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getBinaryStream(int)");
    }

    @Override
    public Blob getBlob(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getBlob(String)");
    }

    @Override
    public Blob getBlob(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getBlob(int)");
    }

    @Override
    public boolean getBoolean(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getBoolean(String)");
    }

    @Override
    public boolean getBoolean(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getBoolean(int)");
    }

    @Override
    public byte getByte(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getByte(String)");
    }

    @Override
    public byte getByte(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getByte(int)");
    }

    @Override
    public byte[] getBytes(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getBytes(String)");
    }

    @Override
    public byte[] getBytes(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getBytes(int)");
    }

    @Override
    public Reader getCharacterStream(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getCharacterStream(String)");
    }

    @Override
    public Reader getCharacterStream(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getCharacterStream(int)");
    }

    @Override
    public Clob getClob(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getClob(String)");
    }

    @Override
    public Clob getClob(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getClob(int)");
    }

    @Override
    public int getConcurrency() throws SQLException {
        throw Unsupported.call("ResultSet.getConcurrency()");
    }

    @Override
    public String getCursorName() throws SQLException {
        throw Unsupported.call("ResultSet.getCursorName()");
    }

    @Override
    public Date getDate(String arg0, Calendar arg1) throws SQLException {
        throw Unsupported.call("ResultSet.getDate(String, Calendar)");
    }

    @Override
    public Date getDate(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getDate(String)");
    }

    @Override
    public Date getDate(int arg0, Calendar arg1) throws SQLException {
        throw Unsupported.call("ResultSet.getDate(int, Calendar)");
    }

    @Override
    public Date getDate(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getDate(int)");
    }

    @Override
    public double getDouble(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getDouble(String)");
    }

    @Override
    public double getDouble(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getDouble(int)");
    }

    @Override
    public int getFetchDirection() throws SQLException {
        throw Unsupported.call("ResultSet.getFetchDirection()");
    }

    @Override
    public int getFetchSize() throws SQLException {
        throw Unsupported.call("ResultSet.getFetchSize()");
    }

    @Override
    public float getFloat(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getFloat(String)");
    }

    @Override
    public float getFloat(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getFloat(int)");
    }

    @Override
    public int getHoldability() throws SQLException {
        throw Unsupported.call("ResultSet.getHoldability()");
    }

    @Override
    public int getInt(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getInt(String)");
    }

    @Override
    public int getInt(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getInt(int)");
    }

    @Override
    public long getLong(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getLong(String)");
    }

    @Override
    public long getLong(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getLong(int)");
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        throw Unsupported.call("ResultSet.getMetaData()");
    }

    @Override
    public Reader getNCharacterStream(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getNCharacterStream(String)");
    }

    @Override
    public Reader getNCharacterStream(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getNCharacterStream(int)");
    }

    @Override
    public NClob getNClob(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getNClob(String)");
    }

    @Override
    public NClob getNClob(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getNClob(int)");
    }

    @Override
    public String getNString(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getNString(String)");
    }

    @Override
    public String getNString(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getNString(int)");
    }

    @Override
    public <T> T getObject(String arg0, Class<T> arg1) throws SQLException {
        throw Unsupported.call("ResultSet.getObject(String, Class)");
    }

    @Override
    public Object getObject(String arg0, Map<String, Class<?>> arg1) throws SQLException {
        throw Unsupported.call("ResultSet.getObject(String, Map)");
    }

    @Override
    public Object getObject(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getObject(String)");
    }

    @Override
    public <T> T getObject(int arg0, Class<T> arg1) throws SQLException {
        throw Unsupported.call("ResultSet.getObject(int, Class)");
    }

    @Override
    public Object getObject(int arg0, Map<String, Class<?>> arg1) throws SQLException {
        throw Unsupported.call("ResultSet.getObject(int, Map)");
    }

    @Override
    public Object getObject(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getObject(int)");
    }

    @Override
    public Ref getRef(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getRef(String)");
    }

    @Override
    public Ref getRef(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getRef(int)");
    }

    @Override
    public RowId getRowId(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getRowId(String)");
    }

    @Override
    public RowId getRowId(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getRowId(int)");
    }

    @Override
    public int getRow() throws SQLException {
        throw Unsupported.call("ResultSet.getRow()");
    }

    @Override
    public SQLXML getSQLXML(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getSQLXML(String)");
    }

    @Override
    public SQLXML getSQLXML(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getSQLXML(int)");
    }

    @Override
    public short getShort(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getShort(String)");
    }

    @Override
    public short getShort(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getShort(int)");
    }

    @Override
    public Statement getStatement() throws SQLException {
        throw Unsupported.call("ResultSet.getStatement()");
    }

    @Override
    public String getString(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getString(String)");
    }

    @Override
    public String getString(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getString(int)");
    }

    @Override
    public Time getTime(String arg0, Calendar arg1) throws SQLException {
        throw Unsupported.call("ResultSet.getTime(String, Calendar)");
    }

    @Override
    public Time getTime(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getTime(String)");
    }

    @Override
    public Time getTime(int arg0, Calendar arg1) throws SQLException {
        throw Unsupported.call("ResultSet.getTime(int, Calendar)");
    }

    @Override
    public Time getTime(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getTime(int)");
    }

    @Override
    public Timestamp getTimestamp(String arg0, Calendar arg1) throws SQLException {
        throw Unsupported.call("ResultSet.getTimestamp(String, Calendar)");
    }

    @Override
    public Timestamp getTimestamp(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getTimestamp(String)");
    }

    @Override
    public Timestamp getTimestamp(int arg0, Calendar arg1) throws SQLException {
        throw Unsupported.call("ResultSet.getTimestamp(int, Calendar)");
    }

    @Override
    public Timestamp getTimestamp(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getTimestamp(int)");
    }

    @Override
    public int getType() throws SQLException {
        throw Unsupported.call("ResultSet.getType()");
    }

    @Override
    public URL getURL(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getURL(String)");
    }

    @Override
    public URL getURL(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getURL(int)");
    }

    @Override
    public InputStream getUnicodeStream(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getUnicodeStream(String)");
    }

    @Override
    public InputStream getUnicodeStream(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.getUnicodeStream(int)");
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        throw Unsupported.call("ResultSet.getWarnings()");
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        throw Unsupported.call("ResultSet.isAfterLast()");
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        throw Unsupported.call("ResultSet.isBeforeFirst()");
    }

    @Override
    public boolean isClosed() throws SQLException {
        throw Unsupported.call("ResultSet.isClosed()");
    }

    @Override
    public boolean isFirst() throws SQLException {
        throw Unsupported.call("ResultSet.isFirst()");
    }

    @Override
    public boolean isLast() throws SQLException {
        throw Unsupported.call("ResultSet.isLast()");
    }

    @Override
    public boolean isWrapperFor(Class<?> arg0) throws SQLException {
        throw Unsupported.call("ResultSet.isWrapperFor(Class)");
    }

    @Override
    public boolean last() throws SQLException {
        throw Unsupported.call("ResultSet.last()");
    }

    @Override
    public boolean next() throws SQLException {
        throw Unsupported.call("ResultSet.next()");
    }

    @Override
    public boolean previous() throws SQLException {
        throw Unsupported.call("ResultSet.previous()");
    }

    @Override
    public boolean relative(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.relative(int)");
    }

    @Override
    public void setFetchDirection(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.setFetchDirection(int)");
    }

    @Override
    public void setFetchSize(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.setFetchSize(int)");
    }

    @Override
    public <T> T unwrap(Class<T> arg0) throws SQLException {
        throw Unsupported.call("ResultSet.unwrap(Class)");
    }

    @Override
    public boolean wasNull() throws SQLException {
        throw Unsupported.call("ResultSet.wasNull()");
    }
}
