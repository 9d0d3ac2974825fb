package dev.leanjdbc.analyzer.internal.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;

/**
 * Database metadata whose {@link #getConnection()} is the recording connection. Catalog queries
 * ({@code getTables}, ...) are not recorded as statements: they are the driver's, not the application's
 * SQL.
 */
public final class RecordingDatabaseMetaData extends MetaDataCapabilities {

    private final RecordingConnection connection;

    RecordingDatabaseMetaData(DatabaseMetaData delegate, RecordingConnection connection) {
        super(delegate);
        this.connection = connection;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        if (iface.isInstance(delegate)) {
            return iface.cast(delegate);
        }
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || iface.isInstance(delegate) || delegate.isWrapperFor(iface);
    }

    @Override
    public ResultSet getAttributes(String s1, String s2, String s3, String s4) throws SQLException {
        return delegate.getAttributes(s1, s2, s3, s4);
    }

    @Override
    public ResultSet getBestRowIdentifier(String s1, String s2, String s3, int n, boolean flag) throws SQLException {
        return delegate.getBestRowIdentifier(s1, s2, s3, n, flag);
    }

    @Override
    public String getCatalogSeparator() throws SQLException {
        return delegate.getCatalogSeparator();
    }

    @Override
    public String getCatalogTerm() throws SQLException {
        return delegate.getCatalogTerm();
    }

    @Override
    public ResultSet getCatalogs() throws SQLException {
        return delegate.getCatalogs();
    }

    @Override
    public ResultSet getClientInfoProperties() throws SQLException {
        return delegate.getClientInfoProperties();
    }

    @Override
    public ResultSet getColumnPrivileges(String s1, String s2, String s3, String s4) throws SQLException {
        return delegate.getColumnPrivileges(s1, s2, s3, s4);
    }

    @Override
    public ResultSet getColumns(String s1, String s2, String s3, String s4) throws SQLException {
        return delegate.getColumns(s1, s2, s3, s4);
    }

    @Override
    public ResultSet getCrossReference(String s1, String s2, String s3, String s4, String s5, String s6)
            throws SQLException {
        return delegate.getCrossReference(s1, s2, s3, s4, s5, s6);
    }

    @Override
    public int getDatabaseMajorVersion() throws SQLException {
        return delegate.getDatabaseMajorVersion();
    }

    @Override
    public int getDatabaseMinorVersion() throws SQLException {
        return delegate.getDatabaseMinorVersion();
    }

    @Override
    public String getDatabaseProductName() throws SQLException {
        return delegate.getDatabaseProductName();
    }

    @Override
    public String getDatabaseProductVersion() throws SQLException {
        return delegate.getDatabaseProductVersion();
    }

    @Override
    public int getDefaultTransactionIsolation() throws SQLException {
        return delegate.getDefaultTransactionIsolation();
    }

    @Override
    public int getDriverMajorVersion() {
        return delegate.getDriverMajorVersion();
    }

    @Override
    public int getDriverMinorVersion() {
        return delegate.getDriverMinorVersion();
    }

    @Override
    public String getDriverName() throws SQLException {
        return delegate.getDriverName();
    }

    @Override
    public String getDriverVersion() throws SQLException {
        return delegate.getDriverVersion();
    }

    @Override
    public ResultSet getExportedKeys(String s1, String s2, String s3) throws SQLException {
        return delegate.getExportedKeys(s1, s2, s3);
    }

    @Override
    public String getExtraNameCharacters() throws SQLException {
        return delegate.getExtraNameCharacters();
    }

    @Override
    public ResultSet getFunctionColumns(String s1, String s2, String s3, String s4) throws SQLException {
        return delegate.getFunctionColumns(s1, s2, s3, s4);
    }

    @Override
    public ResultSet getFunctions(String s1, String s2, String s3) throws SQLException {
        return delegate.getFunctions(s1, s2, s3);
    }

    @Override
    public String getIdentifierQuoteString() throws SQLException {
        return delegate.getIdentifierQuoteString();
    }

    @Override
    public ResultSet getImportedKeys(String s1, String s2, String s3) throws SQLException {
        return delegate.getImportedKeys(s1, s2, s3);
    }

    @Override
    public ResultSet getIndexInfo(String s1, String s2, String s3, boolean flag1, boolean flag2) throws SQLException {
        return delegate.getIndexInfo(s1, s2, s3, flag1, flag2);
    }

    @Override
    public int getJDBCMajorVersion() throws SQLException {
        return delegate.getJDBCMajorVersion();
    }

    @Override
    public int getJDBCMinorVersion() throws SQLException {
        return delegate.getJDBCMinorVersion();
    }

    @Override
    public int getMaxBinaryLiteralLength() throws SQLException {
        return delegate.getMaxBinaryLiteralLength();
    }

    @Override
    public int getMaxCatalogNameLength() throws SQLException {
        return delegate.getMaxCatalogNameLength();
    }

    @Override
    public int getMaxCharLiteralLength() throws SQLException {
        return delegate.getMaxCharLiteralLength();
    }

    @Override
    public int getMaxColumnNameLength() throws SQLException {
        return delegate.getMaxColumnNameLength();
    }

    @Override
    public int getMaxColumnsInGroupBy() throws SQLException {
        return delegate.getMaxColumnsInGroupBy();
    }

    @Override
    public int getMaxColumnsInIndex() throws SQLException {
        return delegate.getMaxColumnsInIndex();
    }

    @Override
    public int getMaxColumnsInOrderBy() throws SQLException {
        return delegate.getMaxColumnsInOrderBy();
    }

    @Override
    public int getMaxColumnsInSelect() throws SQLException {
        return delegate.getMaxColumnsInSelect();
    }

    @Override
    public int getMaxColumnsInTable() throws SQLException {
        return delegate.getMaxColumnsInTable();
    }

    @Override
    public int getMaxConnections() throws SQLException {
        return delegate.getMaxConnections();
    }

    @Override
    public int getMaxCursorNameLength() throws SQLException {
        return delegate.getMaxCursorNameLength();
    }

    @Override
    public int getMaxIndexLength() throws SQLException {
        return delegate.getMaxIndexLength();
    }

    @Override
    public long getMaxLogicalLobSize() throws SQLException {
        return delegate.getMaxLogicalLobSize();
    }

    @Override
    public int getMaxProcedureNameLength() throws SQLException {
        return delegate.getMaxProcedureNameLength();
    }

    @Override
    public int getMaxRowSize() throws SQLException {
        return delegate.getMaxRowSize();
    }

    @Override
    public int getMaxSchemaNameLength() throws SQLException {
        return delegate.getMaxSchemaNameLength();
    }

    @Override
    public int getMaxStatementLength() throws SQLException {
        return delegate.getMaxStatementLength();
    }

    @Override
    public int getMaxStatements() throws SQLException {
        return delegate.getMaxStatements();
    }

    @Override
    public int getMaxTableNameLength() throws SQLException {
        return delegate.getMaxTableNameLength();
    }

    @Override
    public int getMaxTablesInSelect() throws SQLException {
        return delegate.getMaxTablesInSelect();
    }

    @Override
    public int getMaxUserNameLength() throws SQLException {
        return delegate.getMaxUserNameLength();
    }

    @Override
    public String getNumericFunctions() throws SQLException {
        return delegate.getNumericFunctions();
    }

    @Override
    public ResultSet getPrimaryKeys(String s1, String s2, String s3) throws SQLException {
        return delegate.getPrimaryKeys(s1, s2, s3);
    }

    @Override
    public ResultSet getProcedureColumns(String s1, String s2, String s3, String s4) throws SQLException {
        return delegate.getProcedureColumns(s1, s2, s3, s4);
    }

    @Override
    public String getProcedureTerm() throws SQLException {
        return delegate.getProcedureTerm();
    }

    @Override
    public ResultSet getProcedures(String s1, String s2, String s3) throws SQLException {
        return delegate.getProcedures(s1, s2, s3);
    }

    @Override
    public ResultSet getPseudoColumns(String s1, String s2, String s3, String s4) throws SQLException {
        return delegate.getPseudoColumns(s1, s2, s3, s4);
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        return delegate.getResultSetHoldability();
    }

    @Override
    public RowIdLifetime getRowIdLifetime() throws SQLException {
        return delegate.getRowIdLifetime();
    }

    @Override
    public String getSQLKeywords() throws SQLException {
        return delegate.getSQLKeywords();
    }

    @Override
    public int getSQLStateType() throws SQLException {
        return delegate.getSQLStateType();
    }

    @Override
    public String getSchemaTerm() throws SQLException {
        return delegate.getSchemaTerm();
    }

    @Override
    public ResultSet getSchemas() throws SQLException {
        return delegate.getSchemas();
    }

    @Override
    public ResultSet getSchemas(String s1, String s2) throws SQLException {
        return delegate.getSchemas(s1, s2);
    }

    @Override
    public String getSearchStringEscape() throws SQLException {
        return delegate.getSearchStringEscape();
    }

    @Override
    public String getStringFunctions() throws SQLException {
        return delegate.getStringFunctions();
    }

    @Override
    public ResultSet getSuperTables(String s1, String s2, String s3) throws SQLException {
        return delegate.getSuperTables(s1, s2, s3);
    }

    @Override
    public ResultSet getSuperTypes(String s1, String s2, String s3) throws SQLException {
        return delegate.getSuperTypes(s1, s2, s3);
    }

    @Override
    public String getSystemFunctions() throws SQLException {
        return delegate.getSystemFunctions();
    }

    @Override
    public ResultSet getTablePrivileges(String s1, String s2, String s3) throws SQLException {
        return delegate.getTablePrivileges(s1, s2, s3);
    }

    @Override
    public ResultSet getTableTypes() throws SQLException {
        return delegate.getTableTypes();
    }

    @Override
    public ResultSet getTables(String s1, String s2, String s3, String[] strings) throws SQLException {
        return delegate.getTables(s1, s2, s3, strings);
    }

    @Override
    public String getTimeDateFunctions() throws SQLException {
        return delegate.getTimeDateFunctions();
    }

    @Override
    public ResultSet getTypeInfo() throws SQLException {
        return delegate.getTypeInfo();
    }

    @Override
    public ResultSet getUDTs(String s1, String s2, String s3, int[] ints) throws SQLException {
        return delegate.getUDTs(s1, s2, s3, ints);
    }

    @Override
    public String getURL() throws SQLException {
        return delegate.getURL();
    }

    @Override
    public String getUserName() throws SQLException {
        return delegate.getUserName();
    }

    @Override
    public ResultSet getVersionColumns(String s1, String s2, String s3) throws SQLException {
        return delegate.getVersionColumns(s1, s2, s3);
    }

    @Override
    public boolean ownDeletesAreVisible(int n) throws SQLException {
        return delegate.ownDeletesAreVisible(n);
    }

    @Override
    public boolean ownInsertsAreVisible(int n) throws SQLException {
        return delegate.ownInsertsAreVisible(n);
    }

    @Override
    public boolean ownUpdatesAreVisible(int n) throws SQLException {
        return delegate.ownUpdatesAreVisible(n);
    }
}
