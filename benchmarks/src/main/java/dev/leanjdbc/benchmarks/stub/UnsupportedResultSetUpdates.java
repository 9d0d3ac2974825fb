package dev.leanjdbc.benchmarks.stub;

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
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;

/**
 * The updating half of {@link ResultSet}: the stub's result sets are read-only.
 *
 * <p>Every method throws {@link SQLFeatureNotSupportedException} naming itself: the stub driver
 * serves only the calls the benchmarks make, and a benchmark that strays from them fails loudly instead of
 * measuring a silent no-op. Subclasses override what they support.
 */
abstract class UnsupportedResultSetUpdates implements ResultSet {

    @Override
    public void cancelRowUpdates() throws SQLException {
        throw Unsupported.call("ResultSet.cancelRowUpdates()");
    }

    @Override
    public void deleteRow() throws SQLException {
        throw Unsupported.call("ResultSet.deleteRow()");
    }

    @Override
    public void insertRow() throws SQLException {
        throw Unsupported.call("ResultSet.insertRow()");
    }

    @Override
    public void moveToCurrentRow() throws SQLException {
        throw Unsupported.call("ResultSet.moveToCurrentRow()");
    }

    @Override
    public void moveToInsertRow() throws SQLException {
        throw Unsupported.call("ResultSet.moveToInsertRow()");
    }

    @Override
    public void refreshRow() throws SQLException {
        throw Unsupported.call("ResultSet.refreshRow()");
    }

    @Override
    public boolean rowDeleted() throws SQLException {
        throw Unsupported.call("ResultSet.rowDeleted()");
    }

    @Override
    public boolean rowInserted() throws SQLException {
        throw Unsupported.call("ResultSet.rowInserted()");
    }

    @Override
    public boolean rowUpdated() throws SQLException {
        throw Unsupported.call("ResultSet.rowUpdated()");
    }

    @Override
    public void updateArray(String arg0, Array arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateArray(String, Array)");
    }

    @Override
    public void updateArray(int arg0, Array arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateArray(int, Array)");
    }

    @Override
    public void updateAsciiStream(String arg0, InputStream arg1, int arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateAsciiStream(String, InputStream, int)");
    }

    @Override
    public void updateAsciiStream(String arg0, InputStream arg1, long arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateAsciiStream(String, InputStream, long)");
    }

    @Override
    public void updateAsciiStream(String arg0, InputStream arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateAsciiStream(String, InputStream)");
    }

    @Override
    public void updateAsciiStream(int arg0, InputStream arg1, int arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateAsciiStream(int, InputStream, int)");
    }

    @Override
    public void updateAsciiStream(int arg0, InputStream arg1, long arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateAsciiStream(int, InputStream, long)");
    }

    @Override
    public void updateAsciiStream(int arg0, InputStream arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateAsciiStream(int, InputStream)");
    }

    @Override
    public void updateBigDecimal(String arg0, BigDecimal arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateBigDecimal(String, BigDecimal)");
    }

    @Override
    public void updateBigDecimal(int arg0, BigDecimal arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateBigDecimal(int, BigDecimal)");
    }

    @Override
    public void updateBinaryStream(String arg0, InputStream arg1, int arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateBinaryStream(String, InputStream, int)");
    }

    @Override
    public void updateBinaryStream(String arg0, InputStream arg1, long arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateBinaryStream(String, InputStream, long)");
    }

    @Override
    public void updateBinaryStream(String arg0, InputStream arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateBinaryStream(String, InputStream)");
    }

    @Override
    public void updateBinaryStream(int arg0, InputStream arg1, int arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateBinaryStream(int, InputStream, int)");
    }

    @Override
    public void updateBinaryStream(int arg0, InputStream arg1, long arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateBinaryStream(int, InputStream, long)");
    }

    @Override
    public void updateBinaryStream(int arg0, InputStream arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateBinaryStream(int, InputStream)");
    }

    @Override
    public void updateBlob(String arg0, InputStream arg1, long arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateBlob(String, InputStream, long)");
    }

    @Override
    public void updateBlob(String arg0, InputStream arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateBlob(String, InputStream)");
    }

    @Override
    public void updateBlob(String arg0, Blob arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateBlob(String, Blob)");
    }

    @Override
    public void updateBlob(int arg0, InputStream arg1, long arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateBlob(int, InputStream, long)");
    }

    @Override
    public void updateBlob(int arg0, InputStream arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateBlob(int, InputStream)");
    }

    @Override
    public void updateBlob(int arg0, Blob arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateBlob(int, Blob)");
    }

    @Override
    public void updateBoolean(String arg0, boolean arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateBoolean(String, boolean)");
    }

    @Override
    public void updateBoolean(int arg0, boolean arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateBoolean(int, boolean)");
    }

    @Override
    public void updateByte(String arg0, byte arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateByte(String, byte)");
    }

    @Override
    public void updateByte(int arg0, byte arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateByte(int, byte)");
    }

    @Override
    public void updateBytes(String arg0, byte[] arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateBytes(String, byte[])");
    }

    @Override
    public void updateBytes(int arg0, byte[] arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateBytes(int, byte[])");
    }

    @Override
    public void updateCharacterStream(String arg0, Reader arg1, int arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateCharacterStream(String, Reader, int)");
    }

    @Override
    public void updateCharacterStream(String arg0, Reader arg1, long arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateCharacterStream(String, Reader, long)");
    }

    @Override
    public void updateCharacterStream(String arg0, Reader arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateCharacterStream(String, Reader)");
    }

    @Override
    public void updateCharacterStream(int arg0, Reader arg1, int arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateCharacterStream(int, Reader, int)");
    }

    @Override
    public void updateCharacterStream(int arg0, Reader arg1, long arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateCharacterStream(int, Reader, long)");
    }

    @Override
    public void updateCharacterStream(int arg0, Reader arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateCharacterStream(int, Reader)");
    }

    @Override
    public void updateClob(String arg0, Reader arg1, long arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateClob(String, Reader, long)");
    }

    @Override
    public void updateClob(String arg0, Reader arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateClob(String, Reader)");
    }

    @Override
    public void updateClob(String arg0, Clob arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateClob(String, Clob)");
    }

    @Override
    public void updateClob(int arg0, Reader arg1, long arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateClob(int, Reader, long)");
    }

    @Override
    public void updateClob(int arg0, Reader arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateClob(int, Reader)");
    }

    @Override
    public void updateClob(int arg0, Clob arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateClob(int, Clob)");
    }

    @Override
    public void updateDate(String arg0, Date arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateDate(String, Date)");
    }

    @Override
    public void updateDate(int arg0, Date arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateDate(int, Date)");
    }

    @Override
    public void updateDouble(String arg0, double arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateDouble(String, double)");
    }

    @Override
    public void updateDouble(int arg0, double arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateDouble(int, double)");
    }

    @Override
    public void updateFloat(String arg0, float arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateFloat(String, float)");
    }

    @Override
    public void updateFloat(int arg0, float arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateFloat(int, float)");
    }

    @Override
    public void updateInt(String arg0, int arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateInt(String, int)");
    }

    @Override
    public void updateInt(int arg0, int arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateInt(int, int)");
    }

    @Override
    public void updateLong(String arg0, long arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateLong(String, long)");
    }

    @Override
    public void updateLong(int arg0, long arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateLong(int, long)");
    }

    @Override
    public void updateNCharacterStream(String arg0, Reader arg1, long arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateNCharacterStream(String, Reader, long)");
    }

    @Override
    public void updateNCharacterStream(String arg0, Reader arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateNCharacterStream(String, Reader)");
    }

    @Override
    public void updateNCharacterStream(int arg0, Reader arg1, long arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateNCharacterStream(int, Reader, long)");
    }

    @Override
    public void updateNCharacterStream(int arg0, Reader arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateNCharacterStream(int, Reader)");
    }

    @Override
    public void updateNClob(String arg0, Reader arg1, long arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateNClob(String, Reader, long)");
    }

    @Override
    public void updateNClob(String arg0, Reader arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateNClob(String, Reader)");
    }

    @Override
    public void updateNClob(String arg0, NClob arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateNClob(String, NClob)");
    }

    @Override
    public void updateNClob(int arg0, Reader arg1, long arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateNClob(int, Reader, long)");
    }

    @Override
    public void updateNClob(int arg0, Reader arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateNClob(int, Reader)");
    }

    @Override
    public void updateNClob(int arg0, NClob arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateNClob(int, NClob)");
    }

    @Override
    public void updateNString(String arg0, String arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateNString(String, String)");
    }

    @Override
    public void updateNString(int arg0, String arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateNString(int, String)");
    }

    @Override
    public void updateNull(String arg0) throws SQLException {
        throw Unsupported.call("ResultSet.updateNull(String)");
    }

    @Override
    public void updateNull(int arg0) throws SQLException {
        throw Unsupported.call("ResultSet.updateNull(int)");
    }

    @Override
    public void updateObject(String arg0, Object arg1, int arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateObject(String, Object, int)");
    }

    @Override
    public void updateObject(String arg0, Object arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateObject(String, Object)");
    }

    @Override
    public void updateObject(int arg0, Object arg1, int arg2) throws SQLException {
        throw Unsupported.call("ResultSet.updateObject(int, Object, int)");
    }

    @Override
    public void updateObject(int arg0, Object arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateObject(int, Object)");
    }

    @Override
    public void updateRef(String arg0, Ref arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateRef(String, Ref)");
    }

    @Override
    public void updateRef(int arg0, Ref arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateRef(int, Ref)");
    }

    @Override
    public void updateRowId(String arg0, RowId arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateRowId(String, RowId)");
    }

    @Override
    public void updateRowId(int arg0, RowId arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateRowId(int, RowId)");
    }

    @Override
    public void updateRow() throws SQLException {
        throw Unsupported.call("ResultSet.updateRow()");
    }

    @Override
    public void updateSQLXML(String arg0, SQLXML arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateSQLXML(String, SQLXML)");
    }

    @Override
    public void updateSQLXML(int arg0, SQLXML arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateSQLXML(int, SQLXML)");
    }

    @Override
    public void updateShort(String arg0, short arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateShort(String, short)");
    }

    @Override
    public void updateShort(int arg0, short arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateShort(int, short)");
    }

    @Override
    public void updateString(String arg0, String arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateString(String, String)");
    }

    @Override
    public void updateString(int arg0, String arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateString(int, String)");
    }

    @Override
    public void updateTime(String arg0, Time arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateTime(String, Time)");
    }

    @Override
    public void updateTime(int arg0, Time arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateTime(int, Time)");
    }

    @Override
    public void updateTimestamp(String arg0, Timestamp arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateTimestamp(String, Timestamp)");
    }

    @Override
    public void updateTimestamp(int arg0, Timestamp arg1) throws SQLException {
        throw Unsupported.call("ResultSet.updateTimestamp(int, Timestamp)");
    }
}
