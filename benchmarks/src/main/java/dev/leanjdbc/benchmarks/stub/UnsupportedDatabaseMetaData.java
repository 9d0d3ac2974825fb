package dev.leanjdbc.benchmarks.stub;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/**
 * The rest of {@link DatabaseMetaData}, all unsupported until {@link StubDatabaseMetaData} overrides it.
 *
 * <p>Every method throws {@link SQLFeatureNotSupportedException} naming itself: the stub driver
 * serves only the calls the benchmarks make, and a benchmark that strays from them fails loudly instead of
 * measuring a silent no-op. Subclasses override what they support. The driver version getters, which JDBC
 * declares without {@code SQLException}, are left to the subclass.
 */
abstract class UnsupportedDatabaseMetaData extends UnsupportedDatabaseMetaDataFeatures {

    @Override
    public boolean allProceduresAreCallable() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.allProceduresAreCallable()");
    }

    @Override
    public boolean allTablesAreSelectable() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.allTablesAreSelectable()");
    }

    @Override
    public boolean autoCommitFailureClosesAllResultSets() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.autoCommitFailureClosesAllResultSets()");
    }

    @Override
    public boolean dataDefinitionCausesTransactionCommit() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.dataDefinitionCausesTransactionCommit()");
    }

    @Override
    public boolean dataDefinitionIgnoredInTransactions() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.dataDefinitionIgnoredInTransactions()");
    }

    @Override
    public boolean deletesAreDetected(int arg0) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.deletesAreDetected(int)");
    }

    @Override
    public boolean doesMaxRowSizeIncludeBlobs() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.doesMaxRowSizeIncludeBlobs()");
    }

    @Override
    public boolean generatedKeyAlwaysReturned() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.generatedKeyAlwaysReturned()");
    }

    @Override
    public ResultSet getAttributes(String arg0, String arg1, String arg2, String arg3) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getAttributes(String, String, String, String)");
    }

    @Override
    public ResultSet getBestRowIdentifier(String arg0, String arg1, String arg2, int arg3, boolean arg4)
            throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getBestRowIdentifier(String, String, String, int, boolean)");
    }

    @Override
    public String getCatalogSeparator() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getCatalogSeparator()");
    }

    @Override
    public String getCatalogTerm() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getCatalogTerm()");
    }

    @Override
    public ResultSet getCatalogs() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getCatalogs()");
    }

    @Override
    public ResultSet getClientInfoProperties() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getClientInfoProperties()");
    }

    @Override
    public ResultSet getColumnPrivileges(String arg0, String arg1, String arg2, String arg3) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getColumnPrivileges(String, String, String, String)");
    }

    @Override
    public ResultSet getColumns(String arg0, String arg1, String arg2, String arg3) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getColumns(String, String, String, String)");
    }

    @Override
    public Connection getConnection() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getConnection()");
    }

    @Override
    public ResultSet getCrossReference(String arg0, String arg1, String arg2, String arg3, String arg4, String arg5)
            throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getCrossReference(String, String, String, String, String, String)");
    }

    @Override
    public int getDatabaseMajorVersion() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getDatabaseMajorVersion()");
    }

    @Override
    public int getDatabaseMinorVersion() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getDatabaseMinorVersion()");
    }

    @Override
    public String getDatabaseProductName() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getDatabaseProductName()");
    }

    @Override
    public String getDatabaseProductVersion() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getDatabaseProductVersion()");
    }

    @Override
    public int getDefaultTransactionIsolation() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getDefaultTransactionIsolation()");
    }

    @Override
    public String getDriverName() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getDriverName()");
    }

    @Override
    public String getDriverVersion() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getDriverVersion()");
    }

    @Override
    public ResultSet getExportedKeys(String arg0, String arg1, String arg2) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getExportedKeys(String, String, String)");
    }

    @Override
    public String getExtraNameCharacters() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getExtraNameCharacters()");
    }

    @Override
    public ResultSet getFunctionColumns(String arg0, String arg1, String arg2, String arg3) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getFunctionColumns(String, String, String, String)");
    }

    @Override
    public ResultSet getFunctions(String arg0, String arg1, String arg2) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getFunctions(String, String, String)");
    }

    @Override
    public String getIdentifierQuoteString() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getIdentifierQuoteString()");
    }

    @Override
    public ResultSet getImportedKeys(String arg0, String arg1, String arg2) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getImportedKeys(String, String, String)");
    }

    @Override
    public ResultSet getIndexInfo(String arg0, String arg1, String arg2, boolean arg3, boolean arg4)
            throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getIndexInfo(String, String, String, boolean, boolean)");
    }

    @Override
    public int getJDBCMajorVersion() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getJDBCMajorVersion()");
    }

    @Override
    public int getJDBCMinorVersion() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getJDBCMinorVersion()");
    }

    @Override
    public int getMaxBinaryLiteralLength() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxBinaryLiteralLength()");
    }

    @Override
    public int getMaxCatalogNameLength() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxCatalogNameLength()");
    }

    @Override
    public int getMaxCharLiteralLength() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxCharLiteralLength()");
    }

    @Override
    public int getMaxColumnNameLength() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxColumnNameLength()");
    }

    @Override
    public int getMaxColumnsInGroupBy() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxColumnsInGroupBy()");
    }

    @Override
    public int getMaxColumnsInIndex() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxColumnsInIndex()");
    }

    @Override
    public int getMaxColumnsInOrderBy() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxColumnsInOrderBy()");
    }

    @Override
    public int getMaxColumnsInSelect() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxColumnsInSelect()");
    }

    @Override
    public int getMaxColumnsInTable() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxColumnsInTable()");
    }

    @Override
    public int getMaxConnections() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxConnections()");
    }

    @Override
    public int getMaxCursorNameLength() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxCursorNameLength()");
    }

    @Override
    public int getMaxIndexLength() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxIndexLength()");
    }

    @Override
    public int getMaxProcedureNameLength() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxProcedureNameLength()");
    }

    @Override
    public int getMaxRowSize() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxRowSize()");
    }

    @Override
    public int getMaxSchemaNameLength() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxSchemaNameLength()");
    }

    @Override
    public int getMaxStatementLength() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxStatementLength()");
    }

    @Override
    public int getMaxStatements() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxStatements()");
    }

    @Override
    public int getMaxTableNameLength() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxTableNameLength()");
    }

    @Override
    public int getMaxTablesInSelect() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxTablesInSelect()");
    }

    @Override
    public int getMaxUserNameLength() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getMaxUserNameLength()");
    }

    @Override
    public String getNumericFunctions() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getNumericFunctions()");
    }

    @Override
    public ResultSet getPrimaryKeys(String arg0, String arg1, String arg2) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getPrimaryKeys(String, String, String)");
    }

    @Override
    public ResultSet getProcedureColumns(String arg0, String arg1, String arg2, String arg3) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getProcedureColumns(String, String, String, String)");
    }

    @Override
    public String getProcedureTerm() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getProcedureTerm()");
    }

    @Override
    public ResultSet getProcedures(String arg0, String arg1, String arg2) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getProcedures(String, String, String)");
    }

    @Override
    public ResultSet getPseudoColumns(String arg0, String arg1, String arg2, String arg3) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getPseudoColumns(String, String, String, String)");
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getResultSetHoldability()");
    }

    @Override
    public RowIdLifetime getRowIdLifetime() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getRowIdLifetime()");
    }

    @Override
    public String getSQLKeywords() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getSQLKeywords()");
    }

    @Override
    public int getSQLStateType() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getSQLStateType()");
    }

    @Override
    public String getSchemaTerm() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getSchemaTerm()");
    }

    @Override
    public ResultSet getSchemas() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getSchemas()");
    }

    @Override
    public ResultSet getSchemas(String arg0, String arg1) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getSchemas(String, String)");
    }

    @Override
    public String getSearchStringEscape() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getSearchStringEscape()");
    }

    @Override
    public String getStringFunctions() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getStringFunctions()");
    }

    @Override
    public ResultSet getSuperTables(String arg0, String arg1, String arg2) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getSuperTables(String, String, String)");
    }

    @Override
    public ResultSet getSuperTypes(String arg0, String arg1, String arg2) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getSuperTypes(String, String, String)");
    }

    @Override
    public String getSystemFunctions() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getSystemFunctions()");
    }

    @Override
    public ResultSet getTablePrivileges(String arg0, String arg1, String arg2) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getTablePrivileges(String, String, String)");
    }

    @Override
    public ResultSet getTableTypes() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getTableTypes()");
    }

    @Override
    public ResultSet getTables(String arg0, String arg1, String arg2, String[] arg3) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getTables(String, String, String, String[])");
    }

    @Override
    public String getTimeDateFunctions() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getTimeDateFunctions()");
    }

    @Override
    public ResultSet getTypeInfo() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getTypeInfo()");
    }

    @Override
    public ResultSet getUDTs(String arg0, String arg1, String arg2, int[] arg3) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getUDTs(String, String, String, int[])");
    }

    @Override
    public String getURL() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getURL()");
    }

    @Override
    public String getUserName() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getUserName()");
    }

    @Override
    public ResultSet getVersionColumns(String arg0, String arg1, String arg2) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.getVersionColumns(String, String, String)");
    }

    @Override
    public boolean insertsAreDetected(int arg0) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.insertsAreDetected(int)");
    }

    @Override
    public boolean isCatalogAtStart() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.isCatalogAtStart()");
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.isReadOnly()");
    }

    @Override
    public boolean isWrapperFor(Class<?> arg0) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.isWrapperFor(Class)");
    }

    @Override
    public boolean locatorsUpdateCopy() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.locatorsUpdateCopy()");
    }

    @Override
    public boolean nullPlusNonNullIsNull() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.nullPlusNonNullIsNull()");
    }

    @Override
    public boolean nullsAreSortedAtEnd() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.nullsAreSortedAtEnd()");
    }

    @Override
    public boolean nullsAreSortedAtStart() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.nullsAreSortedAtStart()");
    }

    @Override
    public boolean nullsAreSortedHigh() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.nullsAreSortedHigh()");
    }

    @Override
    public boolean nullsAreSortedLow() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.nullsAreSortedLow()");
    }

    @Override
    public boolean othersDeletesAreVisible(int arg0) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.othersDeletesAreVisible(int)");
    }

    @Override
    public boolean othersInsertsAreVisible(int arg0) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.othersInsertsAreVisible(int)");
    }

    @Override
    public boolean othersUpdatesAreVisible(int arg0) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.othersUpdatesAreVisible(int)");
    }

    @Override
    public boolean ownDeletesAreVisible(int arg0) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.ownDeletesAreVisible(int)");
    }

    @Override
    public boolean ownInsertsAreVisible(int arg0) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.ownInsertsAreVisible(int)");
    }

    @Override
    public boolean ownUpdatesAreVisible(int arg0) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.ownUpdatesAreVisible(int)");
    }

    @Override
    public boolean storesLowerCaseIdentifiers() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.storesLowerCaseIdentifiers()");
    }

    @Override
    public boolean storesLowerCaseQuotedIdentifiers() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.storesLowerCaseQuotedIdentifiers()");
    }

    @Override
    public boolean storesMixedCaseIdentifiers() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.storesMixedCaseIdentifiers()");
    }

    @Override
    public boolean storesMixedCaseQuotedIdentifiers() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.storesMixedCaseQuotedIdentifiers()");
    }

    @Override
    public boolean storesUpperCaseIdentifiers() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.storesUpperCaseIdentifiers()");
    }

    @Override
    public boolean storesUpperCaseQuotedIdentifiers() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.storesUpperCaseQuotedIdentifiers()");
    }

    @Override
    public <T> T unwrap(Class<T> arg0) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.unwrap(Class)");
    }

    @Override
    public boolean updatesAreDetected(int arg0) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.updatesAreDetected(int)");
    }

    @Override
    public boolean usesLocalFilePerTable() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.usesLocalFilePerTable()");
    }

    @Override
    public boolean usesLocalFiles() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.usesLocalFiles()");
    }
}
