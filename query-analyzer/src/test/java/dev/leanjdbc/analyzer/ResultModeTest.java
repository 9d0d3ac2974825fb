package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

/** Whether the driver streamed or buffered, from the settings in effect at execution. */
class ResultModeTest {

    @DbTest(Db.POSTGRES)
    void postgresStreamsOnlyWithFetchSizeInATransaction(DataSource raw) throws Exception {
        Items.create(raw, 3);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        try (AnalysisScope scope = analyzer.scope("pg");
                Connection c = analyzer.wrap(raw).getConnection()) {
            read(c, 0); // auto-commit, no fetch size
            read(c, 100); // auto-commit on: still buffered
            c.setAutoCommit(false);
            read(c, 0); // no fetch size: buffered
            read(c, 100); // streamed
            try (Statement s = c.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY)) {
                s.setFetchSize(100);
                s.executeQuery("select id from item").close(); // scrollable: buffered
            }
            c.commit();
            scope.close();
            assertThat(scope.report().events())
                    .extracting(StatementEvent::resultMode)
                    .containsExactly(
                            ResultMode.BUFFERED,
                            ResultMode.BUFFERED,
                            ResultMode.BUFFERED,
                            ResultMode.STREAMED,
                            ResultMode.BUFFERED);
            assertThat(scope.report().events())
                    .extracting(StatementEvent::autoCommit)
                    .containsExactly(true, true, false, false, false);
            assertThat(scope.report().events().get(3).fetchSize()).isEqualTo(100);
        }
    }

    @DbTest(Db.H2)
    void h2StreamsOnlyWithLazyExecution(TestDatabase db) throws Exception {
        Items.create(db.dataSource(), 3);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        try (AnalysisScope scope = analyzer.scope("h2")) {
            try (Connection c = analyzer.wrap(db.dataSource()).getConnection()) {
                read(c, 0);
                try (Statement s = c.createStatement()) {
                    s.execute("SET LAZY_QUERY_EXECUTION 1");
                }
                read(c, 0);
                try (Statement s = c.createStatement()) {
                    s.execute("SET LAZY_QUERY_EXECUTION 0");
                }
                read(c, 0);
            }
            DataSource lazyUrl = WrappingTest.driverDataSource(db);
            ((org.h2.jdbcx.JdbcDataSource) lazyUrl).setURL(db.jdbcUrl() + ";LAZY_QUERY_EXECUTION=1");
            try (Connection c = analyzer.wrap(lazyUrl).getConnection()) {
                read(c, 0);
            }
            scope.close();
            assertThat(scope.report().events())
                    .filteredOn(e -> e.kind() == StatementKind.SELECT)
                    .extracting(StatementEvent::resultMode)
                    .containsExactly(
                            ResultMode.BUFFERED, ResultMode.STREAMED, ResultMode.BUFFERED, ResultMode.STREAMED);
        }
    }

    @DbTest
    void updatesHaveNoResultMode(DataSource raw) throws Exception {
        Items.create(raw, 1);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        try (Connection c = analyzer.wrap(raw).getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("update item set qty = 2");
        }
        assertThat(analyzer.globalReport().events().get(0).resultMode()).isEqualTo(ResultMode.UNKNOWN);
    }

    private static void read(Connection c, int fetchSize) throws Exception {
        try (Statement s = c.createStatement()) {
            if (fetchSize > 0) {
                s.setFetchSize(fetchSize);
            }
            try (ResultSet rs = s.executeQuery("select id from item")) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
        }
    }
}
