package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/** Every execute family records exactly one event with the right kind, counts, rows and columns read. */
class StatementRecordingTest {

    // Not on MariaDB yet: the analyzer cannot yet tell whether MariaDB Connector/J or MySQL Connector/J buffered a
    // result (its result mode is UNKNOWN there), which each driver's rules in issue 23 point 5 add.
    @DbTest({Db.H2, Db.POSTGRES})
    void statementExecuteFamilies(DataSource raw) throws Exception {
        Items.create(raw, 5);
        QueryAnalyzer analyzer = Items.exactAnalyzer();
        DataSource ds = analyzer.wrap(raw);
        Report report;
        try (AnalysisScope scope = analyzer.scope("statements");
                Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select id, name, qty, price from item order by id")) {
                while (rs.next()) {
                    rs.getLong(1);
                    rs.getString("name");
                }
            }
            assertThat(s.executeUpdate("update item set qty = qty + 1 where id <= 2"))
                    .isEqualTo(2);
            assertThat(s.executeLargeUpdate("delete from item where id = 5")).isEqualTo(1L);
            assertThat(s.execute("select count(*) from item")).isTrue();
            try (ResultSet rs = s.getResultSet()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(4);
            }
            assertThat(s.execute("update item set qty = 0 where id = 4")).isFalse();
            assertThat(s.getUpdateCount()).isEqualTo(1);
            s.addBatch("insert into item (name, qty, price) values ('a', 1, 1)");
            s.addBatch("insert into item (name, qty, price) values ('b', 2, 2)");
            s.addBatch("insert into item (name, qty, price) values ('c', 3, 3)");
            assertThat(s.executeBatch()).containsExactly(1, 1, 1);
            scope.close();
            report = scope.report();
        }
        List<StatementEvent> events = report.events();
        assertThat(events).hasSize(6);
        assertThat(report.count(StatementKind.SELECT)).isEqualTo(2);
        assertThat(report.count(StatementKind.UPDATE)).isEqualTo(2);
        assertThat(report.count(StatementKind.DELETE)).isEqualTo(1);
        assertThat(report.count(StatementKind.INSERT)).isEqualTo(1);

        StatementEvent select = events.get(0);
        assertThat(select.kind()).isEqualTo(StatementKind.SELECT);
        assertThat(select.rowsRead()).isEqualTo(5);
        assertThat(select.columnCount()).isEqualTo(4);
        assertThat(select.columnsRead()).isEqualTo(ColumnSet.of(1, 2));
        assertThat(select.callSite().toString()).startsWith("StatementRecordingTest.statementExecuteFamilies(");
        assertThat(select.resultMode()).isEqualTo(ResultMode.BUFFERED);

        assertThat(events.get(1).updateCount()).isEqualTo(2);
        assertThat(events.get(1).kind()).isEqualTo(StatementKind.UPDATE);
        assertThat(events.get(2).updateCount()).isEqualTo(1);
        assertThat(events.get(3).rowsRead()).isEqualTo(1);
        assertThat(events.get(3).columnsRead()).isEqualTo(ColumnSet.of(1));
        assertThat(events.get(4).updateCount()).isEqualTo(1);
        StatementEvent batch = events.get(5);
        assertThat(batch.batchSize()).isEqualTo(3);
        assertThat(batch.updateCount()).isEqualTo(3);
        assertThat(report.rowsRead()).isEqualTo(6);
        assertThat(events).extracting(StatementEvent::sequence).isSorted();
    }

    /**
     * A statement without a result is complete when the driver returns: its total time is its execute time
     * (one clock read less per update, delete, insert and batch), while a query's total runs to the close of
     * its result.
     */
    @DbTest
    void anUpdateIsCompleteWhenTheDriverReturnsAndAQueryWhenItsResultCloses(DataSource raw) throws Exception {
        Items.create(raw, 5);
        QueryAnalyzer analyzer = Items.exactAnalyzer();
        DataSource ds = analyzer.wrap(raw);
        Report report;
        try (AnalysisScope scope = analyzer.scope("timing");
                Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("update item set qty = qty + 1 where id = ?")) {
                ps.setLong(1, 1);
                ps.executeUpdate();
                ps.setLong(1, 2);
                ps.addBatch();
                ps.setLong(1, 3);
                ps.addBatch();
                ps.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("delete from item where id = 5");
                try (ResultSet rs = s.executeQuery("select id from item order by id")) {
                    while (rs.next()) {
                        Thread.sleep(1); // the result stays open past the execute call
                    }
                }
            }
            scope.close();
            report = scope.report();
        }
        List<StatementEvent> events = report.events();
        assertThat(events).hasSize(4);
        for (StatementEvent e : events.subList(0, 3)) {
            assertThat(e.totalNanos()).as(e.kind() + " " + e.fingerprint()).isEqualTo(e.executeNanos());
        }
        StatementEvent select = events.get(3);
        assertThat(select.totalNanos() - select.executeNanos()).isGreaterThanOrEqualTo(4_000_000L);
    }

    @DbTest
    void preparedStatementsHashBindValuesAndCountBatches(DataSource raw) throws Exception {
        Items.create(raw, 5);
        QueryAnalyzer analyzer = QueryAnalyzer.builder().build();
        DataSource ds = analyzer.wrap(raw);
        Report report;
        try (AnalysisScope scope = analyzer.scope("prepared");
                Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("select name, qty from item where id = ?")) {
                for (long id : new long[] {1, 2, 1}) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        rs.getInt("qty");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("update item set qty = ? where id = ?")) {
                ps.setInt(1, 7);
                ps.setInt(2, 3);
                assertThat(ps.executeUpdate()).isEqualTo(1);
                ps.setInt(2, 4);
                assertThat(ps.executeLargeUpdate()).isEqualTo(1L);
                ps.setInt(2, 5);
                assertThat(ps.execute()).isFalse();
                assertThat(ps.getUpdateCount()).isEqualTo(1);
            }
            try (PreparedStatement ps = c.prepareStatement("insert into item (name, qty, price) values (?, ?, ?)")) {
                for (int i = 0; i < 4; i++) {
                    ps.setString(1, "n" + i);
                    ps.setInt(2, i);
                    ps.setBigDecimal(3, BigDecimal.ONE);
                    ps.addBatch();
                }
                ps.executeBatch();
                ps.setString(1, "x");
                ps.setInt(2, 1);
                ps.setBigDecimal(3, BigDecimal.TEN);
                ps.addBatch();
                ps.executeLargeBatch();
            }
            scope.close();
            report = scope.report();
        }
        List<StatementEvent> e = report.events();
        assertThat(e).hasSize(8);
        assertThat(e.get(0).parameterHash()).isNotEqualTo(e.get(1).parameterHash());
        assertThat(e.get(0).parameterHash()).isEqualTo(e.get(2).parameterHash());
        assertThat(e.get(0).parameterCount()).isEqualTo(1);
        assertThat(e.get(0).bindValues()).as("values are kept only on opt-in").isNull();
        assertThat(e.get(0).columnsRead()).isEqualTo(ColumnSet.of(2));
        assertThat(e.get(0).columnCount()).isEqualTo(2);
        assertThat(e.get(0).fingerprintId()).isEqualTo(e.get(1).fingerprintId());
        assertThat(e.subList(3, 6)).allSatisfy(u -> {
            assertThat(u.kind()).isEqualTo(StatementKind.UPDATE);
            assertThat(u.updateCount()).isEqualTo(1);
        });
        assertThat(e.get(6).batchSize()).isEqualTo(4);
        assertThat(e.get(6).kind()).isEqualTo(StatementKind.INSERT);
        assertThat(e.get(7).batchSize()).isEqualTo(1);
        assertThat(report.fingerprints()).hasSize(3);
        FingerprintStats select = report.fingerprints().stream()
                .filter(f -> f.kind() == StatementKind.SELECT)
                .findFirst()
                .orElseThrow();
        assertThat(select.count()).isEqualTo(3);
        assertThat(select.rowsRead()).isEqualTo(3);
    }

    @DbTest
    void eachEventKeepsTheParameterHashesOfItsOwnExecution(DataSource raw) throws Exception {
        // the statement's hash array goes to the event as it is; later binds must not change that event
        Items.create(raw, 3);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        Report report;
        try (AnalysisScope scope = analyzer.scope("rebinds");
                Connection c = analyzer.wrap(raw).getConnection();
                PreparedStatement ps = c.prepareStatement("select name from item where id = ? and qty >= ?")) {
            ps.setLong(1, 1);
            ps.setInt(2, 0);
            execute(ps); // 1, 0
            ps.setLong(1, 2);
            execute(ps); // 2, 0: one value rebound
            execute(ps); // 2, 0 again: nothing rebound
            ps.clearParameters();
            ps.setLong(1, 1);
            ps.setInt(2, 0);
            execute(ps); // 1, 0 after clearParameters
            ps.setInt(2, 1);
            execute(ps); // 1, 1: the other value rebound
            scope.close();
            report = scope.report();
        }
        List<StatementEvent> e = report.events();
        assertThat(e).hasSize(5);
        assertThat(e.get(0).parameterHash(1)).isNotEqualTo(e.get(1).parameterHash(1));
        assertThat(e.get(0).parameterHash(2)).isEqualTo(e.get(1).parameterHash(2));
        assertThat(e.get(1).parameterHash(1)).isEqualTo(e.get(2).parameterHash(1));
        assertThat(e.get(3).parameterHash(1)).isEqualTo(e.get(0).parameterHash(1));
        assertThat(e.get(3).parameterHash(2)).isEqualTo(e.get(0).parameterHash(2));
        assertThat(e.get(4).parameterHash(1)).isEqualTo(e.get(0).parameterHash(1));
        assertThat(e.get(4).parameterHash(2)).isNotEqualTo(e.get(0).parameterHash(2));
        assertThat(e.get(0).parameterHash()).isEqualTo(e.get(3).parameterHash());
        assertThat(e.get(1).parameterHash()).isEqualTo(e.get(2).parameterHash());
        assertThat(e.get(0).parameterHash()).isNotEqualTo(e.get(1).parameterHash());
        assertThat(e.get(0).parameterHash()).isNotEqualTo(e.get(4).parameterHash());
    }

    private static void execute(PreparedStatement ps) throws Exception {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getString(1);
            }
        }
    }

    @DbTest
    void bindValuesAreKeptOnlyOnOptIn(DataSource raw) throws Exception {
        Items.create(raw, 2);
        QueryAnalyzer analyzer = QueryAnalyzer.builder().captureBindValues(true).build();
        try (AnalysisScope scope = analyzer.scope("binds");
                Connection c = analyzer.wrap(raw).getConnection();
                PreparedStatement ps = c.prepareStatement("select id from item where name = ? and qty = ?")) {
            ps.setString(1, "item-1");
            ps.setInt(2, 1);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
            }
            scope.close();
            assertThat(scope.report().events().get(0).bindValues()).containsExactly("item-1", 1);
        }
    }

    @DbTest
    void generatedKeysAreRecordedWithTheirInsert(DataSource raw) throws Exception {
        Items.create(raw, 0);
        QueryAnalyzer analyzer = QueryAnalyzer.builder().build();
        try (AnalysisScope scope = analyzer.scope("keys");
                Connection c = analyzer.wrap(raw).getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into item (name, qty, price) values (?, 1, 1)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, "k");
                assertThat(ps.executeUpdate()).isEqualTo(1);
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    assertThat(keys.getStatement()).isSameAs(ps);
                    assertThat(keys.next()).isTrue();
                    assertThat(keys.getLong(1)).isPositive();
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into item (name, qty, price) values ('z', 1, 1)", new String[] {"id"});
                try (ResultSet keys = s.getGeneratedKeys()) {
                    assertThat(keys.next()).isTrue();
                }
            }
            scope.close();
            List<StatementEvent> e = scope.report().events();
            assertThat(e).hasSize(2);
            assertThat(e).allSatisfy(x -> {
                assertThat(x.kind()).isEqualTo(StatementKind.INSERT);
                assertThat(x.generatedKeys()).isTrue();
                assertThat(x.updateCount()).isEqualTo(1);
                assertThat(x.rowsRead()).as("generated keys read").isEqualTo(1);
            });
        }
    }

    @DbTest
    void resultSetGettersByIndexAndLabelMarkColumns(DataSource raw) throws Exception {
        Items.create(raw, 3);
        String key = "a-known-key-for-tests"; // read values are keyed like bind values
        QueryAnalyzer analyzer = QueryAnalyzer.builder().hashKey(key).build();
        try (AnalysisScope scope = analyzer.scope("getters");
                Connection c = analyzer.wrap(raw).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, name, qty, price from item order by id")) {
            assertThat(rs.getStatement()).isSameAs(s);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject("id", Long.class)).isEqualTo(1L);
            assertThat(rs.getBigDecimal("PRICE")).isEqualByComparingTo("1.5");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(3)).isNotNull();
            assertThat(rs.getString(2)).isEqualTo("item-2");
            assertThat(rs.next()).isTrue();
            assertThat(rs.next()).isFalse();
            rs.close();
            scope.close();
            StatementEvent e = scope.report().events().get(0);
            assertThat(e.rowsRead()).isEqualTo(3);
            assertThat(e.columnsRead()).isEqualTo(ColumnSet.of(1, 2, 3, 4));
            assertThat(e.readValues().size())
                    .as("first value of row 1, then all of row 2")
                    .isEqualTo(3);
            assertThat(e.readValues()
                            .columnOf(dev.leanjdbc.analyzer.internal.ValueKey.of(key)
                                    .apply(dev.leanjdbc.analyzer.internal.ValueHash.of(1L))))
                    .isEqualTo(1);
        }
    }

    @DbTest
    void scrollableAndUpdatableResultsDelegate(DataSource raw) throws Exception {
        Items.create(raw, 4);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        try (AnalysisScope scope = analyzer.scope("scroll");
                Connection c = analyzer.wrap(raw).getConnection()) {
            try (Statement s = c.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_UPDATABLE);
                    ResultSet rs = s.executeQuery("select id, name from item order by id")) {
                assertThat(rs.getType()).isEqualTo(ResultSet.TYPE_SCROLL_INSENSITIVE);
                assertThat(rs.last()).isTrue();
                assertThat(rs.getRow()).isEqualTo(4);
                assertThat(rs.absolute(2)).isTrue();
                rs.updateString("name", "renamed");
                rs.updateRow();
                assertThat(rs.previous()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(1);
                rs.beforeFirst();
                assertThat(rs.isBeforeFirst()).isTrue();
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select name from item where id = 2")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("renamed");
            }
            scope.close();
            StatementEvent scrolled = scope.report().events().get(0);
            assertThat(scrolled.rowsRead())
                    .as("rows landed on: last, absolute, previous")
                    .isEqualTo(3);
            assertThat(scrolled.columnsRead()).as("updates are not reads").isEqualTo(ColumnSet.of(1));
        }
    }

    @DbTest
    void columnsBeyond128AreTracked(DataSource raw) throws Exception {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 1; i <= 200; i++) {
            sql.append(i == 1 ? "" : ", ").append(i).append(" as c").append(i);
        }
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        try (Connection c = analyzer.wrap(raw).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql.toString())) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(70)).isEqualTo(70);
            assertThat(rs.getInt("c130")).isEqualTo(130);
            assertThat(rs.getInt("c130")).isEqualTo(130);
            assertThat(rs.getInt(200)).isEqualTo(200);
        }
        StatementEvent e = analyzer.globalReport().events().get(0);
        assertThat(e.columnCount()).isEqualTo(200);
        assertThat(e.columnsRead()).isEqualTo(ColumnSet.of(70, 130, 200));
    }

    // Not on MariaDB yet: it calls the built-in abs() as a procedure ({call abs(?)}), which MariaDB has not; a
    // procedure of its own for MySQL/MariaDB comes with the analyzer work of issue 23 point 5.
    @DbTest({Db.H2, Db.POSTGRES})
    void callableStatementsRecord(DataSource raw, Db db) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.builder().build();
        String sql = db == Db.H2 ? "call abs(?)" : "{call abs(?)}";
        try (AnalysisScope scope = analyzer.scope("call");
                Connection c = analyzer.wrap(raw).getConnection();
                CallableStatement cs = c.prepareCall(sql)) {
            cs.setInt(1, -4);
            try (ResultSet rs = cs.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(4);
            }
            scope.close();
            StatementEvent e = scope.report().events().get(0);
            assertThat(e.kind()).isEqualTo(StatementKind.CALL);
            assertThat(e.rowsRead()).isEqualTo(1);
            assertThat(e.parameterCount()).isEqualTo(1);
        }
    }

    @DbTest(Db.POSTGRES)
    void callableOutParametersOnPostgres(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.builder().build();
        try (AnalysisScope scope = analyzer.scope("out");
                Connection c = analyzer.wrap(raw).getConnection();
                CallableStatement cs = c.prepareCall("{? = call upper(?)}")) {
            cs.registerOutParameter(1, java.sql.Types.VARCHAR);
            cs.setString(2, "abc");
            cs.execute();
            assertThat(cs.getString(1)).isEqualTo("ABC");
            cs.close();
            scope.close();
            assertThat(scope.report().statementCount()).isEqualTo(1);
            assertThat(scope.report().events().get(0).kind()).isEqualTo(StatementKind.CALL);
        }
    }

    @DbTest
    void metadataLeadsBackToTheWrappers(DataSource raw) throws Exception {
        Items.create(raw, 0);
        QueryAnalyzer analyzer = QueryAnalyzer.builder().build();
        try (Connection c = analyzer.wrap(raw).getConnection()) {
            var md = c.getMetaData();
            assertThat(md.getConnection()).isSameAs(c);
            try (ResultSet tables = md.getTables(null, null, "item", new String[] {"TABLE", "BASE TABLE"})) {
                assertThat(tables.next()).isTrue();
            }
            assertThat(md.supportsBatchUpdates()).isTrue();
            assertThat(md.getDatabaseProductName()).isNotBlank();
        }
        assertThat(analyzer.globalReport().statementCount())
                .as("catalog calls are not statements")
                .isZero();
    }
}
