package dev.leanjdbc.analyzer.corpus;

import static dev.leanjdbc.analyzer.FindingType.N_PLUS_ONE;
import static dev.leanjdbc.analyzer.corpus.Corpus.assertFindings;
import static dev.leanjdbc.analyzer.corpus.Corpus.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Seeded and sequential data where a child row's foreign key equals its own or a neighbouring row's id: the
 * N+1 must name the foreign key as its driving column, and build its fix from it.
 */
class CoincidingKeysCorpusTest {

    private static final int INVOICES = 25;

    /** invoice k belongs to client k + 1: each client_id equals the next row's id. */
    @DbTest
    void foreignKeyEqualToTheNextRowsIdIsTheDrivingColumn(TestDatabase db) throws Exception {
        seed(db, "invoice_next", 1);
        for (CallSiteMode mode : CallSiteMode.values()) {
            if (mode == CallSiteMode.OFF) {
                continue;
            }
            QueryAnalyzer a = QueryAnalyzer.builder().callSiteMode(mode).build();
            DataSource ds = a.wrap(db.dataSource());
            Report r = run(
                    a,
                    "emails per invoice, " + mode,
                    () -> emailsPerInvoice(ds, "select id, client_id from invoice_next order by id"));
            assertDrivenByForeignKey(r, "invoice_next");
        }
    }

    /** client_id equals id on every row, and the parent reads client_id first: only the names can tell. */
    @DbTest
    void foreignKeyEqualToTheRowsOwnIdIsTheDrivingColumn(TestDatabase db) throws Exception {
        seed(db, "invoice_same", 0);
        for (CallSiteMode mode : CallSiteMode.values()) {
            if (mode == CallSiteMode.OFF) {
                continue;
            }
            QueryAnalyzer a = QueryAnalyzer.builder().callSiteMode(mode).build();
            DataSource ds = a.wrap(db.dataSource());
            Report r = run(
                    a,
                    "emails per invoice, " + mode,
                    () -> emailsPerInvoice(ds, "select client_id, id from invoice_same order by id"));
            assertDrivenByForeignKey(r, "invoice_same");
        }
    }

    private static void assertDrivenByForeignKey(Report r, String invoice) {
        assertFindings(r, N_PLUS_ONE);
        Finding f = only(r, N_PLUS_ONE);
        assertThat(f.executions()).isEqualTo(INVOICES);
        assertThat(f.fingerprint()).isEqualTo("select id, email from client where id = ?");
        assertThat(f.parent()).as(r.toText()).isNotNull();
        assertThat(f.parent().column()).as(r.toText()).isEqualTo(invoice + ".client_id");
        assertThat(f.explanation()).contains("Values of " + invoice + ".client_id read from statement #1");
        assertThat(f.suggestedFix())
                .contains("the values of " + invoice + ".client_id")
                .contains("join client on client.id = " + invoice + ".client_id")
                .contains("CLIENT.ID.eq(" + invoice.toUpperCase(java.util.Locale.ROOT) + ".CLIENT_ID)")
                .doesNotContain(invoice + ".id");
    }

    private static void seed(TestDatabase db, String invoice, int offset) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table if not exists client (id bigint primary key, email varchar(100))");
            s.execute("delete from client");
            for (int i = 1; i <= INVOICES + 1; i++) {
                s.execute("insert into client (id, email) values (" + i + ", 'c" + i + "@example.com')");
            }
            s.execute("create table " + invoice + " (id bigint primary key, client_id bigint not null)");
            for (int i = 1; i <= INVOICES; i++) {
                s.execute("insert into " + invoice + " (id, client_id) values (" + i + ", " + (i + offset) + ")");
            }
        }
    }

    /** The N+1 as written in the field: one client lookup per invoice, the invoice's client_id bound. */
    private static List<String> emailsPerInvoice(DataSource ds, String parentSql) throws SQLException {
        List<Long> clientIds = new ArrayList<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(parentSql);
                ResultSet rs = ps.executeQuery()) {
            boolean clientFirst = parentSql.startsWith("select client_id");
            while (rs.next()) {
                // read in column order, as mappers do
                long first = rs.getLong(1);
                long second = rs.getLong(2);
                clientIds.add(clientFirst ? first : second);
            }
        }
        List<String> out = new ArrayList<>();
        for (long clientId : clientIds) {
            try (Connection c = ds.getConnection();
                    PreparedStatement ps = c.prepareStatement("select id, email from client where id = ?")) {
                ps.setLong(1, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    out.add(rs.next() ? rs.getString(2) : null);
                }
            }
        }
        return out;
    }

    private static Report run(QueryAnalyzer a, String name, Corpus.Work work) throws Exception {
        try (AnalysisScope scope = a.scope(name)) {
            work.run();
            scope.close();
            return scope.report();
        }
    }
}
