package dev.leanjdbc.analyzer.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The foreign-key UPDATE after INSERT through plain JDBC: a column left out of the INSERT and set per row
 * right after is reported with the client-neutral fix; a column the INSERT wrote and a later UPDATE changes
 * is a workflow, not a mapping, and stays silent. (Hibernate's unidirectional collections: {@code
 * HibernateCorpusTest}.)
 */
class ForeignKeyUpdateDetectorTest {

    private static Report run(TestDatabase db, boolean listed) throws Exception {
        QueryAnalyzer a =
                QueryAnalyzer.builder().callSiteMode(CallSiteMode.ALWAYS).build();
        DataSource ds = a.wrap(db.dataSource());
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop table if exists fk_child");
            s.execute("create table fk_child (id int primary key, label varchar(20), parent_id int)");
        }
        try (AnalysisScope scope = a.scope(listed ? "workflow" : "fk after insert");
                Connection c = ds.getConnection()) {
            String insert = listed
                    ? "insert into fk_child (id, label, parent_id) values (?, ?, ?)"
                    : "insert into fk_child (id, label) values (?, ?)";
            try (PreparedStatement ins = c.prepareStatement(insert)) {
                for (int i = 1; i <= 3; i++) {
                    ins.setInt(1, i);
                    ins.setString(2, "child" + i);
                    if (listed) {
                        ins.setInt(3, 1);
                    }
                    ins.executeUpdate();
                }
            }
            try (PreparedStatement upd = c.prepareStatement("update fk_child set parent_id = ? where id = ?")) {
                for (int i = 1; i <= 3; i++) {
                    upd.setInt(1, 7);
                    upd.setInt(2, i);
                    upd.executeUpdate();
                }
            }
            scope.close();
            return scope.report();
        }
    }

    @DbTest
    void aColumnLeftOutOfTheInsertAndSetPerRowIsReported(TestDatabase db) throws Exception {
        Report r = run(db, false);
        List<Finding> f = r.findings(FindingType.FOREIGN_KEY_UPDATE_AFTER_INSERT);
        assertThat(f).as("%s", r.toText()).hasSize(1);
        assertThat(f.get(0).executions()).isEqualTo(3);
        assertThat(f.get(0).rows()).isEqualTo(3);
        assertThat(f.get(0).suggestedFix())
                .contains("Write parent_id in the INSERT")
                .doesNotContain("@JoinColumn");
    }

    @DbTest
    void aColumnTheInsertWroteAndAnUpdateChangesIsNotReported(TestDatabase db) throws Exception {
        Report r = run(db, true);
        assertThat(r.findings(FindingType.FOREIGN_KEY_UPDATE_AFTER_INSERT)).isEmpty();
    }
}
