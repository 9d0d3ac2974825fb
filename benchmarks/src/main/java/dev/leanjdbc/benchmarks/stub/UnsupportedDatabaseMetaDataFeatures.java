package dev.leanjdbc.benchmarks.stub;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/**
 * The {@code supports...} questions of {@link DatabaseMetaData}: the stub answers none of them.
 *
 * <p>Every method throws {@link SQLFeatureNotSupportedException} naming itself: the stub driver
 * serves only the calls the benchmarks make, and a benchmark that strays from them fails loudly instead of
 * measuring a silent no-op. Subclasses override what they support.
 */
abstract class UnsupportedDatabaseMetaDataFeatures implements DatabaseMetaData {

    @Override
    public boolean supportsANSI92EntryLevelSQL() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsANSI92EntryLevelSQL()");
    }

    @Override
    public boolean supportsANSI92FullSQL() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsANSI92FullSQL()");
    }

    @Override
    public boolean supportsANSI92IntermediateSQL() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsANSI92IntermediateSQL()");
    }

    @Override
    public boolean supportsAlterTableWithAddColumn() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsAlterTableWithAddColumn()");
    }

    @Override
    public boolean supportsAlterTableWithDropColumn() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsAlterTableWithDropColumn()");
    }

    @Override
    public boolean supportsBatchUpdates() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsBatchUpdates()");
    }

    @Override
    public boolean supportsCatalogsInDataManipulation() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsCatalogsInDataManipulation()");
    }

    @Override
    public boolean supportsCatalogsInIndexDefinitions() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsCatalogsInIndexDefinitions()");
    }

    @Override
    public boolean supportsCatalogsInPrivilegeDefinitions() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsCatalogsInPrivilegeDefinitions()");
    }

    @Override
    public boolean supportsCatalogsInProcedureCalls() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsCatalogsInProcedureCalls()");
    }

    @Override
    public boolean supportsCatalogsInTableDefinitions() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsCatalogsInTableDefinitions()");
    }

    @Override
    public boolean supportsColumnAliasing() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsColumnAliasing()");
    }

    @Override
    public boolean supportsConvert() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsConvert()");
    }

    @Override
    public boolean supportsConvert(int arg0, int arg1) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsConvert(int, int)");
    }

    @Override
    public boolean supportsCoreSQLGrammar() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsCoreSQLGrammar()");
    }

    @Override
    public boolean supportsCorrelatedSubqueries() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsCorrelatedSubqueries()");
    }

    @Override
    public boolean supportsDataDefinitionAndDataManipulationTransactions() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsDataDefinitionAndDataManipulationTransactions()");
    }

    @Override
    public boolean supportsDataManipulationTransactionsOnly() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsDataManipulationTransactionsOnly()");
    }

    @Override
    public boolean supportsDifferentTableCorrelationNames() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsDifferentTableCorrelationNames()");
    }

    @Override
    public boolean supportsExpressionsInOrderBy() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsExpressionsInOrderBy()");
    }

    @Override
    public boolean supportsExtendedSQLGrammar() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsExtendedSQLGrammar()");
    }

    @Override
    public boolean supportsFullOuterJoins() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsFullOuterJoins()");
    }

    @Override
    public boolean supportsGetGeneratedKeys() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsGetGeneratedKeys()");
    }

    @Override
    public boolean supportsGroupByBeyondSelect() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsGroupByBeyondSelect()");
    }

    @Override
    public boolean supportsGroupByUnrelated() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsGroupByUnrelated()");
    }

    @Override
    public boolean supportsGroupBy() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsGroupBy()");
    }

    @Override
    public boolean supportsIntegrityEnhancementFacility() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsIntegrityEnhancementFacility()");
    }

    @Override
    public boolean supportsLikeEscapeClause() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsLikeEscapeClause()");
    }

    @Override
    public boolean supportsLimitedOuterJoins() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsLimitedOuterJoins()");
    }

    @Override
    public boolean supportsMinimumSQLGrammar() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsMinimumSQLGrammar()");
    }

    @Override
    public boolean supportsMixedCaseIdentifiers() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsMixedCaseIdentifiers()");
    }

    @Override
    public boolean supportsMixedCaseQuotedIdentifiers() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsMixedCaseQuotedIdentifiers()");
    }

    @Override
    public boolean supportsMultipleOpenResults() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsMultipleOpenResults()");
    }

    @Override
    public boolean supportsMultipleResultSets() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsMultipleResultSets()");
    }

    @Override
    public boolean supportsMultipleTransactions() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsMultipleTransactions()");
    }

    @Override
    public boolean supportsNamedParameters() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsNamedParameters()");
    }

    @Override
    public boolean supportsNonNullableColumns() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsNonNullableColumns()");
    }

    @Override
    public boolean supportsOpenCursorsAcrossCommit() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsOpenCursorsAcrossCommit()");
    }

    @Override
    public boolean supportsOpenCursorsAcrossRollback() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsOpenCursorsAcrossRollback()");
    }

    @Override
    public boolean supportsOpenStatementsAcrossCommit() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsOpenStatementsAcrossCommit()");
    }

    @Override
    public boolean supportsOpenStatementsAcrossRollback() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsOpenStatementsAcrossRollback()");
    }

    @Override
    public boolean supportsOrderByUnrelated() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsOrderByUnrelated()");
    }

    @Override
    public boolean supportsOuterJoins() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsOuterJoins()");
    }

    @Override
    public boolean supportsPositionedDelete() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsPositionedDelete()");
    }

    @Override
    public boolean supportsPositionedUpdate() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsPositionedUpdate()");
    }

    @Override
    public boolean supportsResultSetConcurrency(int arg0, int arg1) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsResultSetConcurrency(int, int)");
    }

    @Override
    public boolean supportsResultSetHoldability(int arg0) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsResultSetHoldability(int)");
    }

    @Override
    public boolean supportsResultSetType(int arg0) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsResultSetType(int)");
    }

    @Override
    public boolean supportsSavepoints() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsSavepoints()");
    }

    @Override
    public boolean supportsSchemasInDataManipulation() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsSchemasInDataManipulation()");
    }

    @Override
    public boolean supportsSchemasInIndexDefinitions() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsSchemasInIndexDefinitions()");
    }

    @Override
    public boolean supportsSchemasInPrivilegeDefinitions() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsSchemasInPrivilegeDefinitions()");
    }

    @Override
    public boolean supportsSchemasInProcedureCalls() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsSchemasInProcedureCalls()");
    }

    @Override
    public boolean supportsSchemasInTableDefinitions() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsSchemasInTableDefinitions()");
    }

    @Override
    public boolean supportsSelectForUpdate() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsSelectForUpdate()");
    }

    @Override
    public boolean supportsStatementPooling() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsStatementPooling()");
    }

    @Override
    public boolean supportsStoredFunctionsUsingCallSyntax() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsStoredFunctionsUsingCallSyntax()");
    }

    @Override
    public boolean supportsStoredProcedures() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsStoredProcedures()");
    }

    @Override
    public boolean supportsSubqueriesInComparisons() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsSubqueriesInComparisons()");
    }

    @Override
    public boolean supportsSubqueriesInExists() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsSubqueriesInExists()");
    }

    @Override
    public boolean supportsSubqueriesInIns() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsSubqueriesInIns()");
    }

    @Override
    public boolean supportsSubqueriesInQuantifieds() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsSubqueriesInQuantifieds()");
    }

    @Override
    public boolean supportsTableCorrelationNames() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsTableCorrelationNames()");
    }

    @Override
    public boolean supportsTransactionIsolationLevel(int arg0) throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsTransactionIsolationLevel(int)");
    }

    @Override
    public boolean supportsTransactions() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsTransactions()");
    }

    @Override
    public boolean supportsUnionAll() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsUnionAll()");
    }

    @Override
    public boolean supportsUnion() throws SQLException {
        throw Unsupported.call("DatabaseMetaData.supportsUnion()");
    }
}
