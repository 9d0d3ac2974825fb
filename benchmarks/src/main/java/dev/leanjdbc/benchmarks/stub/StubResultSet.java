package dev.leanjdbc.benchmarks.stub;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

/**
 * A forward-only, read-only cursor over a {@link CannedResult}. Getters return the canned objects themselves
 * (or their primitive values), so reading allocates nothing the benchmark did not already hold.
 */
final class StubResultSet extends UnsupportedResultSet {

    private final StubPreparedStatement statement;
    private final CannedResult result;
    private int row = -1;
    private boolean closed;
    private boolean lastWasNull;

    StubResultSet(StubPreparedStatement statement, CannedResult result) {
        this.statement = statement;
        this.result = result;
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (row < result.rowCount()) {
            row++;
        }
        return row < result.rowCount();
    }

    @Override
    public Object getObject(int columnIndex) throws SQLException {
        return value(columnIndex);
    }

    @Override
    public Object getObject(String columnLabel) throws SQLException {
        return getObject(findColumn(columnLabel));
    }

    @Override
    public String getString(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        return value == null ? null : value.toString();
    }

    @Override
    public String getString(String columnLabel) throws SQLException {
        return getString(findColumn(columnLabel));
    }

    @Override
    public long getLong(int columnIndex) throws SQLException {
        Number value = number(columnIndex);
        return value == null ? 0L : value.longValue();
    }

    @Override
    public long getLong(String columnLabel) throws SQLException {
        return getLong(findColumn(columnLabel));
    }

    @Override
    public int getInt(int columnIndex) throws SQLException {
        Number value = number(columnIndex);
        return value == null ? 0 : value.intValue();
    }

    @Override
    public int getInt(String columnLabel) throws SQLException {
        return getInt(findColumn(columnLabel));
    }

    @Override
    public double getDouble(int columnIndex) throws SQLException {
        Number value = number(columnIndex);
        return value == null ? 0.0 : value.doubleValue();
    }

    @Override
    public double getDouble(String columnLabel) throws SQLException {
        return getDouble(findColumn(columnLabel));
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        Number value = number(columnIndex);
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(value.doubleValue());
        }
        return BigDecimal.valueOf(value.longValue());
    }

    @Override
    public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
        return getBigDecimal(findColumn(columnLabel));
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return lastWasNull;
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        checkOpen();
        int index = result.indexOf(columnLabel);
        if (index == 0) {
            throw new SQLException(
                    "no column labelled '" + columnLabel + "' in this stub result; its columns are " + result.labels());
        }
        return index;
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }

    @Override
    public int getType() throws SQLException {
        checkOpen();
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return 0;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw new SQLException("fetchSize must be >= 0, was " + rows);
        }
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return row >= 0 && row < result.rowCount() ? row + 1 : 0;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("the stub result set does not wrap a " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    private Object value(int columnIndex) throws SQLException {
        checkOpen();
        if (row < 0 || row >= result.rowCount()) {
            throw new SQLException("the cursor is not on a row (call next() first and only while it returns true)");
        }
        if (columnIndex < 1 || columnIndex > result.columnCount()) {
            throw new SQLException(
                    "column index must be between 1 and " + result.columnCount() + ", was " + columnIndex);
        }
        Object value = result.value(row, columnIndex);
        lastWasNull = value == null;
        return value;
    }

    private Number number(int columnIndex) throws SQLException {
        Object value = value(columnIndex);
        if (value == null || value instanceof Number) {
            return (Number) value;
        }
        throw new SQLException("column " + columnIndex + " (" + result.label(columnIndex) + ") holds a "
                + value.getClass().getSimpleName() + ", not a number");
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("the stub result set is closed");
        }
    }
}
