package dev.leanjdbc.analyzer.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2SettingsTest {

    @Test
    void theLazyFlagIsRecognizedInAnyCaseAfterCommentsAndInAnyStatementOfAString() {
        assertThat(H2Settings.changesLazyExecution("SET LAZY_QUERY_EXECUTION TRUE"))
                .isTrue();
        assertThat(H2Settings.changesLazyExecution("  set lazy_query_execution 1"))
                .isTrue();
        assertThat(H2Settings.changesLazyExecution("/* tuning */ SET LAZY_QUERY_EXECUTION TRUE"))
                .isTrue();
        assertThat(H2Settings.changesLazyExecution("-- tuning\nSet /* x */ Lazy_Query_Execution FALSE"))
                .isTrue();
        assertThat(H2Settings.changesLazyExecution("// tuning\nSET LAZY_QUERY_EXECUTION TRUE"))
                .isTrue();
        assertThat(H2Settings.changesLazyExecution("SET MODE PostgreSQL; SET LAZY_QUERY_EXECUTION TRUE"))
                .isTrue();
    }

    @Test
    void otherStatementsAndQuotedTextAreNotTheLazyFlag() {
        assertThat(H2Settings.changesLazyExecution("SET MODE PostgreSQL")).isFalse();
        assertThat(H2Settings.changesLazyExecution("SETLAZY_QUERY_EXECUTION TRUE"))
                .isFalse();
        assertThat(H2Settings.changesLazyExecution("/* SET LAZY_QUERY_EXECUTION TRUE */ select 1"))
                .isFalse();
        assertThat(H2Settings.changesLazyExecution("insert into t values ('; SET LAZY_QUERY_EXECUTION TRUE')"))
                .isFalse();
        assertThat(H2Settings.changesLazyExecution("/* unterminated SET LAZY_QUERY_EXECUTION"))
                .isFalse();
        assertThat(H2Settings.changesLazyExecution("")).isFalse();
    }
}
