package dev.leanjdbc.analyzer.corpus;

import static dev.leanjdbc.analyzer.FindingType.PROJECTION_CANDIDATE;
import static dev.leanjdbc.analyzer.corpus.Corpus.assertFindings;
import static dev.leanjdbc.analyzer.corpus.Corpus.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One analyzer over an H2 and a PostgreSQL database running the same SQL text: what the analyzer learns
 * about a shape on one database (column labels, column count) must not describe the other's statements.
 * H2 runs with its default upper-case names here, and its table has one column more.
 */
class TwoDatabasesCorpusTest {

    private static final AtomicInteger H2_NAMES = new AtomicInteger();

    private static final String SQL = "select * from gadget order by id";

    @DbTest(Db.POSTGRES)
    void findingsAboutEachDatabaseUseThatDatabasesColumns(TestDatabase postgres) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:two_databases_" + H2_NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        createGadgets(h2, ", shelf varchar(10)");
        createGadgets(postgres.dataSource(), "");
        for (CallSiteMode mode : new CallSiteMode[] {CallSiteMode.ALWAYS, CallSiteMode.SAMPLED}) {
            QueryAnalyzer analyzer = QueryAnalyzer.builder().callSiteMode(mode).build();
            DataSource onH2 = analyzer.wrap(h2);
            DataSource onPostgres = analyzer.wrap(postgres.dataSource());
            Report first = namesOf(analyzer, onH2, "H2 " + mode);
            Report second = namesOf(analyzer, onPostgres, "PostgreSQL " + mode);
            Report third = namesOf(analyzer, onH2, "H2 again " + mode);

            assertColumns(first, 8, "gadget.NAME");
            assertColumns(second, 7, "gadget.name");
            assertColumns(third, 8, "gadget.NAME");
            assertThat(second.events().get(0).databaseId())
                    .as("events tell the databases apart")
                    .isNotEqualTo(first.events().get(0).databaseId())
                    .isNotZero();
            assertThat(third.events().get(0).databaseId())
                    .isEqualTo(first.events().get(0).databaseId());
        }
    }

    private static void assertColumns(Report r, int columns, String read) {
        for (StatementEvent e : r.events()) {
            assertThat(e.columnCount()).as("columns of %s", r.name()).isEqualTo(columns);
        }
        assertFindings(r, PROJECTION_CANDIDATE);
        Finding f = only(r, PROJECTION_CANDIDATE);
        assertThat(f.explanation())
                .as(r.name())
                .contains("returns " + columns + " columns but the code read only 1 of them (" + read + ")");
    }

    /** The code reads only the names of a `select *`. */
    private static Report namesOf(QueryAnalyzer analyzer, DataSource ds, String name) throws SQLException {
        try (AnalysisScope scope = analyzer.scope(name)) {
            try (Connection c = ds.getConnection();
                    PreparedStatement ps = c.prepareStatement(SQL);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(2);
                }
            }
            scope.close();
            return scope.report();
        }
    }

    private static void createGadgets(DataSource ds, String extraColumn) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop table if exists gadget");
            s.execute("create table gadget (id bigint primary key, name varchar(50), color varchar(20),"
                    + " size_cm int, weight_g int, price int, stock int" + extraColumn + ")");
            for (int i = 1; i <= 10; i++) {
                s.execute("insert into gadget (id, name, color, size_cm, weight_g, price, stock) values (" + i + ", 'g"
                        + i + "', 'red', " + i + ", " + i + ", " + i + ", " + i + ")");
            }
        }
    }
}
