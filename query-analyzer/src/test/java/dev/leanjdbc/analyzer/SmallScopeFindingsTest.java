package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.DbTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A scope of one statement (a request with one lookup) skips the detectors only when none could fire: the
 * single-statement findings still come out.
 */
class SmallScopeFindingsTest {

    @DbTest
    void oneWideSelectReadingOneColumnIsStillAProjectionCandidate(DataSource raw) throws Exception {
        createWide(raw);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        try (AnalysisScope scope = analyzer.scope("one wide lookup")) {
            try (Connection c = ds.getConnection();
                    PreparedStatement ps = c.prepareStatement("select id, a, b, c, d, e from wide where id = ?")) {
                ps.setInt(1, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    rs.getString(2);
                }
            }
            scope.close();
            assertThat(scope.report().findings()).extracting(Finding::type).contains(FindingType.PROJECTION_CANDIDATE);
        }
    }

    @DbTest
    void oneNarrowLookupHasNoFindingsAndOneUnreadResultIsStillOverFetch(DataSource raw) throws Exception {
        createWide(raw);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        AnalysisScope narrow = analyzer.scope("one narrow lookup");
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select a from wide where id = ?")) {
            ps.setInt(1, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                rs.getString(1);
            }
        }
        narrow.close();
        assertThat(narrow.report().findings()).isEmpty();

        AnalysisScope unread = analyzer.scope("one unread result");
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select a from wide")) {
            while (rs.next()) {
                // counts rows, reads no column
            }
        }
        unread.close();
        assertThat(unread.report().findings()).extracting(Finding::type).containsExactly(FindingType.OVER_FETCH);
    }

    private static void createWide(DataSource raw) throws Exception {
        try (Connection c = raw.getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table if not exists wide (id int primary key, a varchar(10), b varchar(10),"
                    + " c varchar(10), d varchar(10), e varchar(10))");
            s.execute("delete from wide");
            for (int i = 1; i <= 20; i++) {
                s.execute("insert into wide values (" + i + ", 'a', 'b', 'c', 'd', 'e')");
            }
        }
    }
}
