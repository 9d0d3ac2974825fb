package dev.leanjdbc.benchmarks.analyzer;

/**
 * Part of the {@code forwarding} control of {@link WrapperOverheadBenchmark}: a {@code ResultSet} that only
 * forwards every call, wrapping the connections, statements and result sets it returns — the least any JDBC
 * wrapper that sees result sets can cost. Written out by a script from the interface; no logic.
 */
final class ForwardingResultSet implements java.sql.ResultSet {

    private final java.sql.ResultSet d;

    ForwardingResultSet(java.sql.ResultSet delegate) {
        this.d = delegate;
    }

    @Override
    public boolean next() throws java.sql.SQLException {
        return d.next();
    }

    @Override
    public void close() throws java.sql.SQLException {
        d.close();
    }

    @Override
    public boolean wasNull() throws java.sql.SQLException {
        return d.wasNull();
    }

    @Override
    public java.lang.String getString(int a0) throws java.sql.SQLException {
        return d.getString(a0);
    }

    @Override
    public boolean getBoolean(int a0) throws java.sql.SQLException {
        return d.getBoolean(a0);
    }

    @Override
    public byte getByte(int a0) throws java.sql.SQLException {
        return d.getByte(a0);
    }

    @Override
    public short getShort(int a0) throws java.sql.SQLException {
        return d.getShort(a0);
    }

    @Override
    public int getInt(int a0) throws java.sql.SQLException {
        return d.getInt(a0);
    }

    @Override
    public long getLong(int a0) throws java.sql.SQLException {
        return d.getLong(a0);
    }

    @Override
    public float getFloat(int a0) throws java.sql.SQLException {
        return d.getFloat(a0);
    }

    @Override
    public double getDouble(int a0) throws java.sql.SQLException {
        return d.getDouble(a0);
    }

    @Override
    public java.math.BigDecimal getBigDecimal(int a0, int a1) throws java.sql.SQLException {
        return d.getBigDecimal(a0, a1);
    }

    @Override
    public byte[] getBytes(int a0) throws java.sql.SQLException {
        return d.getBytes(a0);
    }

    @Override
    public java.sql.Date getDate(int a0) throws java.sql.SQLException {
        return d.getDate(a0);
    }

    @Override
    public java.sql.Time getTime(int a0) throws java.sql.SQLException {
        return d.getTime(a0);
    }

    @Override
    public java.sql.Timestamp getTimestamp(int a0) throws java.sql.SQLException {
        return d.getTimestamp(a0);
    }

    @Override
    public java.io.InputStream getAsciiStream(int a0) throws java.sql.SQLException {
        return d.getAsciiStream(a0);
    }

    @Override
    public java.io.InputStream getUnicodeStream(int a0) throws java.sql.SQLException {
        return d.getUnicodeStream(a0);
    }

    @Override
    public java.io.InputStream getBinaryStream(int a0) throws java.sql.SQLException {
        return d.getBinaryStream(a0);
    }

    @Override
    public java.lang.String getString(java.lang.String a0) throws java.sql.SQLException {
        return d.getString(a0);
    }

    @Override
    public boolean getBoolean(java.lang.String a0) throws java.sql.SQLException {
        return d.getBoolean(a0);
    }

    @Override
    public byte getByte(java.lang.String a0) throws java.sql.SQLException {
        return d.getByte(a0);
    }

    @Override
    public short getShort(java.lang.String a0) throws java.sql.SQLException {
        return d.getShort(a0);
    }

    @Override
    public int getInt(java.lang.String a0) throws java.sql.SQLException {
        return d.getInt(a0);
    }

    @Override
    public long getLong(java.lang.String a0) throws java.sql.SQLException {
        return d.getLong(a0);
    }

    @Override
    public float getFloat(java.lang.String a0) throws java.sql.SQLException {
        return d.getFloat(a0);
    }

    @Override
    public double getDouble(java.lang.String a0) throws java.sql.SQLException {
        return d.getDouble(a0);
    }

    @Override
    public java.math.BigDecimal getBigDecimal(java.lang.String a0, int a1) throws java.sql.SQLException {
        return d.getBigDecimal(a0, a1);
    }

    @Override
    public byte[] getBytes(java.lang.String a0) throws java.sql.SQLException {
        return d.getBytes(a0);
    }

    @Override
    public java.sql.Date getDate(java.lang.String a0) throws java.sql.SQLException {
        return d.getDate(a0);
    }

    @Override
    public java.sql.Time getTime(java.lang.String a0) throws java.sql.SQLException {
        return d.getTime(a0);
    }

    @Override
    public java.sql.Timestamp getTimestamp(java.lang.String a0) throws java.sql.SQLException {
        return d.getTimestamp(a0);
    }

    @Override
    public java.io.InputStream getAsciiStream(java.lang.String a0) throws java.sql.SQLException {
        return d.getAsciiStream(a0);
    }

    @Override
    public java.io.InputStream getUnicodeStream(java.lang.String a0) throws java.sql.SQLException {
        return d.getUnicodeStream(a0);
    }

    @Override
    public java.io.InputStream getBinaryStream(java.lang.String a0) throws java.sql.SQLException {
        return d.getBinaryStream(a0);
    }

    @Override
    public java.sql.SQLWarning getWarnings() throws java.sql.SQLException {
        return d.getWarnings();
    }

    @Override
    public void clearWarnings() throws java.sql.SQLException {
        d.clearWarnings();
    }

    @Override
    public java.lang.String getCursorName() throws java.sql.SQLException {
        return d.getCursorName();
    }

    @Override
    public java.sql.ResultSetMetaData getMetaData() throws java.sql.SQLException {
        return d.getMetaData();
    }

    @Override
    public java.lang.Object getObject(int a0) throws java.sql.SQLException {
        return d.getObject(a0);
    }

    @Override
    public java.lang.Object getObject(java.lang.String a0) throws java.sql.SQLException {
        return d.getObject(a0);
    }

    @Override
    public int findColumn(java.lang.String a0) throws java.sql.SQLException {
        return d.findColumn(a0);
    }

    @Override
    public java.io.Reader getCharacterStream(int a0) throws java.sql.SQLException {
        return d.getCharacterStream(a0);
    }

    @Override
    public java.io.Reader getCharacterStream(java.lang.String a0) throws java.sql.SQLException {
        return d.getCharacterStream(a0);
    }

    @Override
    public java.math.BigDecimal getBigDecimal(int a0) throws java.sql.SQLException {
        return d.getBigDecimal(a0);
    }

    @Override
    public java.math.BigDecimal getBigDecimal(java.lang.String a0) throws java.sql.SQLException {
        return d.getBigDecimal(a0);
    }

    @Override
    public boolean isBeforeFirst() throws java.sql.SQLException {
        return d.isBeforeFirst();
    }

    @Override
    public boolean isAfterLast() throws java.sql.SQLException {
        return d.isAfterLast();
    }

    @Override
    public boolean isFirst() throws java.sql.SQLException {
        return d.isFirst();
    }

    @Override
    public boolean isLast() throws java.sql.SQLException {
        return d.isLast();
    }

    @Override
    public void beforeFirst() throws java.sql.SQLException {
        d.beforeFirst();
    }

    @Override
    public void afterLast() throws java.sql.SQLException {
        d.afterLast();
    }

    @Override
    public boolean first() throws java.sql.SQLException {
        return d.first();
    }

    @Override
    public boolean last() throws java.sql.SQLException {
        return d.last();
    }

    @Override
    public int getRow() throws java.sql.SQLException {
        return d.getRow();
    }

    @Override
    public boolean absolute(int a0) throws java.sql.SQLException {
        return d.absolute(a0);
    }

    @Override
    public boolean relative(int a0) throws java.sql.SQLException {
        return d.relative(a0);
    }

    @Override
    public boolean previous() throws java.sql.SQLException {
        return d.previous();
    }

    @Override
    public void setFetchDirection(int a0) throws java.sql.SQLException {
        d.setFetchDirection(a0);
    }

    @Override
    public int getFetchDirection() throws java.sql.SQLException {
        return d.getFetchDirection();
    }

    @Override
    public void setFetchSize(int a0) throws java.sql.SQLException {
        d.setFetchSize(a0);
    }

    @Override
    public int getFetchSize() throws java.sql.SQLException {
        return d.getFetchSize();
    }

    @Override
    public int getType() throws java.sql.SQLException {
        return d.getType();
    }

    @Override
    public int getConcurrency() throws java.sql.SQLException {
        return d.getConcurrency();
    }

    @Override
    public boolean rowUpdated() throws java.sql.SQLException {
        return d.rowUpdated();
    }

    @Override
    public boolean rowInserted() throws java.sql.SQLException {
        return d.rowInserted();
    }

    @Override
    public boolean rowDeleted() throws java.sql.SQLException {
        return d.rowDeleted();
    }

    @Override
    public void updateNull(int a0) throws java.sql.SQLException {
        d.updateNull(a0);
    }

    @Override
    public void updateBoolean(int a0, boolean a1) throws java.sql.SQLException {
        d.updateBoolean(a0, a1);
    }

    @Override
    public void updateByte(int a0, byte a1) throws java.sql.SQLException {
        d.updateByte(a0, a1);
    }

    @Override
    public void updateShort(int a0, short a1) throws java.sql.SQLException {
        d.updateShort(a0, a1);
    }

    @Override
    public void updateInt(int a0, int a1) throws java.sql.SQLException {
        d.updateInt(a0, a1);
    }

    @Override
    public void updateLong(int a0, long a1) throws java.sql.SQLException {
        d.updateLong(a0, a1);
    }

    @Override
    public void updateFloat(int a0, float a1) throws java.sql.SQLException {
        d.updateFloat(a0, a1);
    }

    @Override
    public void updateDouble(int a0, double a1) throws java.sql.SQLException {
        d.updateDouble(a0, a1);
    }

    @Override
    public void updateBigDecimal(int a0, java.math.BigDecimal a1) throws java.sql.SQLException {
        d.updateBigDecimal(a0, a1);
    }

    @Override
    public void updateString(int a0, java.lang.String a1) throws java.sql.SQLException {
        d.updateString(a0, a1);
    }

    @Override
    public void updateBytes(int a0, byte[] a1) throws java.sql.SQLException {
        d.updateBytes(a0, a1);
    }

    @Override
    public void updateDate(int a0, java.sql.Date a1) throws java.sql.SQLException {
        d.updateDate(a0, a1);
    }

    @Override
    public void updateTime(int a0, java.sql.Time a1) throws java.sql.SQLException {
        d.updateTime(a0, a1);
    }

    @Override
    public void updateTimestamp(int a0, java.sql.Timestamp a1) throws java.sql.SQLException {
        d.updateTimestamp(a0, a1);
    }

    @Override
    public void updateAsciiStream(int a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
        d.updateAsciiStream(a0, a1, a2);
    }

    @Override
    public void updateBinaryStream(int a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
        d.updateBinaryStream(a0, a1, a2);
    }

    @Override
    public void updateCharacterStream(int a0, java.io.Reader a1, int a2) throws java.sql.SQLException {
        d.updateCharacterStream(a0, a1, a2);
    }

    @Override
    public void updateObject(int a0, java.lang.Object a1, int a2) throws java.sql.SQLException {
        d.updateObject(a0, a1, a2);
    }

    @Override
    public void updateObject(int a0, java.lang.Object a1) throws java.sql.SQLException {
        d.updateObject(a0, a1);
    }

    @Override
    public void updateNull(java.lang.String a0) throws java.sql.SQLException {
        d.updateNull(a0);
    }

    @Override
    public void updateBoolean(java.lang.String a0, boolean a1) throws java.sql.SQLException {
        d.updateBoolean(a0, a1);
    }

    @Override
    public void updateByte(java.lang.String a0, byte a1) throws java.sql.SQLException {
        d.updateByte(a0, a1);
    }

    @Override
    public void updateShort(java.lang.String a0, short a1) throws java.sql.SQLException {
        d.updateShort(a0, a1);
    }

    @Override
    public void updateInt(java.lang.String a0, int a1) throws java.sql.SQLException {
        d.updateInt(a0, a1);
    }

    @Override
    public void updateLong(java.lang.String a0, long a1) throws java.sql.SQLException {
        d.updateLong(a0, a1);
    }

    @Override
    public void updateFloat(java.lang.String a0, float a1) throws java.sql.SQLException {
        d.updateFloat(a0, a1);
    }

    @Override
    public void updateDouble(java.lang.String a0, double a1) throws java.sql.SQLException {
        d.updateDouble(a0, a1);
    }

    @Override
    public void updateBigDecimal(java.lang.String a0, java.math.BigDecimal a1) throws java.sql.SQLException {
        d.updateBigDecimal(a0, a1);
    }

    @Override
    public void updateString(java.lang.String a0, java.lang.String a1) throws java.sql.SQLException {
        d.updateString(a0, a1);
    }

    @Override
    public void updateBytes(java.lang.String a0, byte[] a1) throws java.sql.SQLException {
        d.updateBytes(a0, a1);
    }

    @Override
    public void updateDate(java.lang.String a0, java.sql.Date a1) throws java.sql.SQLException {
        d.updateDate(a0, a1);
    }

    @Override
    public void updateTime(java.lang.String a0, java.sql.Time a1) throws java.sql.SQLException {
        d.updateTime(a0, a1);
    }

    @Override
    public void updateTimestamp(java.lang.String a0, java.sql.Timestamp a1) throws java.sql.SQLException {
        d.updateTimestamp(a0, a1);
    }

    @Override
    public void updateAsciiStream(java.lang.String a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
        d.updateAsciiStream(a0, a1, a2);
    }

    @Override
    public void updateBinaryStream(java.lang.String a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
        d.updateBinaryStream(a0, a1, a2);
    }

    @Override
    public void updateCharacterStream(java.lang.String a0, java.io.Reader a1, int a2) throws java.sql.SQLException {
        d.updateCharacterStream(a0, a1, a2);
    }

    @Override
    public void updateObject(java.lang.String a0, java.lang.Object a1, int a2) throws java.sql.SQLException {
        d.updateObject(a0, a1, a2);
    }

    @Override
    public void updateObject(java.lang.String a0, java.lang.Object a1) throws java.sql.SQLException {
        d.updateObject(a0, a1);
    }

    @Override
    public void insertRow() throws java.sql.SQLException {
        d.insertRow();
    }

    @Override
    public void updateRow() throws java.sql.SQLException {
        d.updateRow();
    }

    @Override
    public void deleteRow() throws java.sql.SQLException {
        d.deleteRow();
    }

    @Override
    public void refreshRow() throws java.sql.SQLException {
        d.refreshRow();
    }

    @Override
    public void cancelRowUpdates() throws java.sql.SQLException {
        d.cancelRowUpdates();
    }

    @Override
    public void moveToInsertRow() throws java.sql.SQLException {
        d.moveToInsertRow();
    }

    @Override
    public void moveToCurrentRow() throws java.sql.SQLException {
        d.moveToCurrentRow();
    }

    @Override
    public java.sql.Statement getStatement() throws java.sql.SQLException {
        return d.getStatement();
    }

    @Override
    public java.lang.Object getObject(int a0, java.util.Map<java.lang.String, java.lang.Class<?>> a1)
            throws java.sql.SQLException {
        return d.getObject(a0, a1);
    }

    @Override
    public java.sql.Ref getRef(int a0) throws java.sql.SQLException {
        return d.getRef(a0);
    }

    @Override
    public java.sql.Blob getBlob(int a0) throws java.sql.SQLException {
        return d.getBlob(a0);
    }

    @Override
    public java.sql.Clob getClob(int a0) throws java.sql.SQLException {
        return d.getClob(a0);
    }

    @Override
    public java.sql.Array getArray(int a0) throws java.sql.SQLException {
        return d.getArray(a0);
    }

    @Override
    public java.lang.Object getObject(java.lang.String a0, java.util.Map<java.lang.String, java.lang.Class<?>> a1)
            throws java.sql.SQLException {
        return d.getObject(a0, a1);
    }

    @Override
    public java.sql.Ref getRef(java.lang.String a0) throws java.sql.SQLException {
        return d.getRef(a0);
    }

    @Override
    public java.sql.Blob getBlob(java.lang.String a0) throws java.sql.SQLException {
        return d.getBlob(a0);
    }

    @Override
    public java.sql.Clob getClob(java.lang.String a0) throws java.sql.SQLException {
        return d.getClob(a0);
    }

    @Override
    public java.sql.Array getArray(java.lang.String a0) throws java.sql.SQLException {
        return d.getArray(a0);
    }

    @Override
    public java.sql.Date getDate(int a0, java.util.Calendar a1) throws java.sql.SQLException {
        return d.getDate(a0, a1);
    }

    @Override
    public java.sql.Date getDate(java.lang.String a0, java.util.Calendar a1) throws java.sql.SQLException {
        return d.getDate(a0, a1);
    }

    @Override
    public java.sql.Time getTime(int a0, java.util.Calendar a1) throws java.sql.SQLException {
        return d.getTime(a0, a1);
    }

    @Override
    public java.sql.Time getTime(java.lang.String a0, java.util.Calendar a1) throws java.sql.SQLException {
        return d.getTime(a0, a1);
    }

    @Override
    public java.sql.Timestamp getTimestamp(int a0, java.util.Calendar a1) throws java.sql.SQLException {
        return d.getTimestamp(a0, a1);
    }

    @Override
    public java.sql.Timestamp getTimestamp(java.lang.String a0, java.util.Calendar a1) throws java.sql.SQLException {
        return d.getTimestamp(a0, a1);
    }

    @Override
    public java.net.URL getURL(int a0) throws java.sql.SQLException {
        return d.getURL(a0);
    }

    @Override
    public java.net.URL getURL(java.lang.String a0) throws java.sql.SQLException {
        return d.getURL(a0);
    }

    @Override
    public void updateRef(int a0, java.sql.Ref a1) throws java.sql.SQLException {
        d.updateRef(a0, a1);
    }

    @Override
    public void updateRef(java.lang.String a0, java.sql.Ref a1) throws java.sql.SQLException {
        d.updateRef(a0, a1);
    }

    @Override
    public void updateBlob(int a0, java.sql.Blob a1) throws java.sql.SQLException {
        d.updateBlob(a0, a1);
    }

    @Override
    public void updateBlob(java.lang.String a0, java.sql.Blob a1) throws java.sql.SQLException {
        d.updateBlob(a0, a1);
    }

    @Override
    public void updateClob(int a0, java.sql.Clob a1) throws java.sql.SQLException {
        d.updateClob(a0, a1);
    }

    @Override
    public void updateClob(java.lang.String a0, java.sql.Clob a1) throws java.sql.SQLException {
        d.updateClob(a0, a1);
    }

    @Override
    public void updateArray(int a0, java.sql.Array a1) throws java.sql.SQLException {
        d.updateArray(a0, a1);
    }

    @Override
    public void updateArray(java.lang.String a0, java.sql.Array a1) throws java.sql.SQLException {
        d.updateArray(a0, a1);
    }

    @Override
    public java.sql.RowId getRowId(int a0) throws java.sql.SQLException {
        return d.getRowId(a0);
    }

    @Override
    public java.sql.RowId getRowId(java.lang.String a0) throws java.sql.SQLException {
        return d.getRowId(a0);
    }

    @Override
    public void updateRowId(int a0, java.sql.RowId a1) throws java.sql.SQLException {
        d.updateRowId(a0, a1);
    }

    @Override
    public void updateRowId(java.lang.String a0, java.sql.RowId a1) throws java.sql.SQLException {
        d.updateRowId(a0, a1);
    }

    @Override
    public int getHoldability() throws java.sql.SQLException {
        return d.getHoldability();
    }

    @Override
    public boolean isClosed() throws java.sql.SQLException {
        return d.isClosed();
    }

    @Override
    public void updateNString(int a0, java.lang.String a1) throws java.sql.SQLException {
        d.updateNString(a0, a1);
    }

    @Override
    public void updateNString(java.lang.String a0, java.lang.String a1) throws java.sql.SQLException {
        d.updateNString(a0, a1);
    }

    @Override
    public void updateNClob(int a0, java.sql.NClob a1) throws java.sql.SQLException {
        d.updateNClob(a0, a1);
    }

    @Override
    public void updateNClob(java.lang.String a0, java.sql.NClob a1) throws java.sql.SQLException {
        d.updateNClob(a0, a1);
    }

    @Override
    public java.sql.NClob getNClob(int a0) throws java.sql.SQLException {
        return d.getNClob(a0);
    }

    @Override
    public java.sql.NClob getNClob(java.lang.String a0) throws java.sql.SQLException {
        return d.getNClob(a0);
    }

    @Override
    public java.sql.SQLXML getSQLXML(int a0) throws java.sql.SQLException {
        return d.getSQLXML(a0);
    }

    @Override
    public java.sql.SQLXML getSQLXML(java.lang.String a0) throws java.sql.SQLException {
        return d.getSQLXML(a0);
    }

    @Override
    public void updateSQLXML(int a0, java.sql.SQLXML a1) throws java.sql.SQLException {
        d.updateSQLXML(a0, a1);
    }

    @Override
    public void updateSQLXML(java.lang.String a0, java.sql.SQLXML a1) throws java.sql.SQLException {
        d.updateSQLXML(a0, a1);
    }

    @Override
    public java.lang.String getNString(int a0) throws java.sql.SQLException {
        return d.getNString(a0);
    }

    @Override
    public java.lang.String getNString(java.lang.String a0) throws java.sql.SQLException {
        return d.getNString(a0);
    }

    @Override
    public java.io.Reader getNCharacterStream(int a0) throws java.sql.SQLException {
        return d.getNCharacterStream(a0);
    }

    @Override
    public java.io.Reader getNCharacterStream(java.lang.String a0) throws java.sql.SQLException {
        return d.getNCharacterStream(a0);
    }

    @Override
    public void updateNCharacterStream(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        d.updateNCharacterStream(a0, a1, a2);
    }

    @Override
    public void updateNCharacterStream(java.lang.String a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        d.updateNCharacterStream(a0, a1, a2);
    }

    @Override
    public void updateAsciiStream(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        d.updateAsciiStream(a0, a1, a2);
    }

    @Override
    public void updateBinaryStream(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        d.updateBinaryStream(a0, a1, a2);
    }

    @Override
    public void updateCharacterStream(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        d.updateCharacterStream(a0, a1, a2);
    }

    @Override
    public void updateAsciiStream(java.lang.String a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        d.updateAsciiStream(a0, a1, a2);
    }

    @Override
    public void updateBinaryStream(java.lang.String a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        d.updateBinaryStream(a0, a1, a2);
    }

    @Override
    public void updateCharacterStream(java.lang.String a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        d.updateCharacterStream(a0, a1, a2);
    }

    @Override
    public void updateBlob(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        d.updateBlob(a0, a1, a2);
    }

    @Override
    public void updateBlob(java.lang.String a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
        d.updateBlob(a0, a1, a2);
    }

    @Override
    public void updateClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        d.updateClob(a0, a1, a2);
    }

    @Override
    public void updateClob(java.lang.String a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        d.updateClob(a0, a1, a2);
    }

    @Override
    public void updateNClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        d.updateNClob(a0, a1, a2);
    }

    @Override
    public void updateNClob(java.lang.String a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
        d.updateNClob(a0, a1, a2);
    }

    @Override
    public void updateNCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
        d.updateNCharacterStream(a0, a1);
    }

    @Override
    public void updateNCharacterStream(java.lang.String a0, java.io.Reader a1) throws java.sql.SQLException {
        d.updateNCharacterStream(a0, a1);
    }

    @Override
    public void updateAsciiStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
        d.updateAsciiStream(a0, a1);
    }

    @Override
    public void updateBinaryStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
        d.updateBinaryStream(a0, a1);
    }

    @Override
    public void updateCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
        d.updateCharacterStream(a0, a1);
    }

    @Override
    public void updateAsciiStream(java.lang.String a0, java.io.InputStream a1) throws java.sql.SQLException {
        d.updateAsciiStream(a0, a1);
    }

    @Override
    public void updateBinaryStream(java.lang.String a0, java.io.InputStream a1) throws java.sql.SQLException {
        d.updateBinaryStream(a0, a1);
    }

    @Override
    public void updateCharacterStream(java.lang.String a0, java.io.Reader a1) throws java.sql.SQLException {
        d.updateCharacterStream(a0, a1);
    }

    @Override
    public void updateBlob(int a0, java.io.InputStream a1) throws java.sql.SQLException {
        d.updateBlob(a0, a1);
    }

    @Override
    public void updateBlob(java.lang.String a0, java.io.InputStream a1) throws java.sql.SQLException {
        d.updateBlob(a0, a1);
    }

    @Override
    public void updateClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
        d.updateClob(a0, a1);
    }

    @Override
    public void updateClob(java.lang.String a0, java.io.Reader a1) throws java.sql.SQLException {
        d.updateClob(a0, a1);
    }

    @Override
    public void updateNClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
        d.updateNClob(a0, a1);
    }

    @Override
    public void updateNClob(java.lang.String a0, java.io.Reader a1) throws java.sql.SQLException {
        d.updateNClob(a0, a1);
    }

    @Override
    public <T> T getObject(int a0, java.lang.Class<T> a1) throws java.sql.SQLException {
        return d.getObject(a0, a1);
    }

    @Override
    public <T> T getObject(java.lang.String a0, java.lang.Class<T> a1) throws java.sql.SQLException {
        return d.getObject(a0, a1);
    }

    @Override
    public void updateObject(int a0, java.lang.Object a1, java.sql.SQLType a2, int a3) throws java.sql.SQLException {
        d.updateObject(a0, a1, a2, a3);
    }

    @Override
    public void updateObject(java.lang.String a0, java.lang.Object a1, java.sql.SQLType a2, int a3)
            throws java.sql.SQLException {
        d.updateObject(a0, a1, a2, a3);
    }

    @Override
    public void updateObject(int a0, java.lang.Object a1, java.sql.SQLType a2) throws java.sql.SQLException {
        d.updateObject(a0, a1, a2);
    }

    @Override
    public void updateObject(java.lang.String a0, java.lang.Object a1, java.sql.SQLType a2)
            throws java.sql.SQLException {
        d.updateObject(a0, a1, a2);
    }

    @Override
    public <T> T unwrap(java.lang.Class<T> a0) throws java.sql.SQLException {
        return d.unwrap(a0);
    }

    @Override
    public boolean isWrapperFor(java.lang.Class<?> a0) throws java.sql.SQLException {
        return d.isWrapperFor(a0);
    }
}
