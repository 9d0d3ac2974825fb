package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/** Identity, unwrapping, closing and pooling: the wrappers behave like the driver's objects. */
class WrappingTest {

    // Not on MariaDB yet: it names H2's and pgJDBC's vendor classes and data sources; MariaDB Connector/J's and
    // MySQL Connector/J's come with the analyzer work of issue 23 point 5.
    @DbTest({Db.H2, Db.POSTGRES})
    void unwrapReachesTheVendorClassesAndBackReferencesAreWrappers(DataSource raw, Db db) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        assertThat(ds.unwrap(HikariDataSource.class)).isSameAs(raw);
        assertThat(ds.isWrapperFor(HikariDataSource.class)).isTrue();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                PreparedStatement ps = c.prepareStatement("select 1")) {
            Class<? extends Connection> vendor =
                    db == Db.H2 ? org.h2.jdbc.JdbcConnection.class : org.postgresql.jdbc.PgConnection.class;
            assertThat(c.isWrapperFor(vendor)).isTrue();
            assertThat(c.unwrap(vendor)).isInstanceOf(vendor);
            if (db == Db.POSTGRES) {
                assertThat(c.unwrap(PGConnection.class)).isNotNull();
            }
            assertThat(s.getConnection()).isSameAs(c);
            assertThat(ps.getConnection()).isSameAs(c);
            assertThat(c.getMetaData().getConnection()).isSameAs(c);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.getStatement()).isSameAs(ps);
            }
            assertThat(s.unwrap(Statement.class)).isSameAs(s);
        }
    }

    @DbTest
    void wrappingTwiceDoesNotCountTwice(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource once = analyzer.wrap(raw);
        assertThat(analyzer.wrap(once)).isSameAs(once);
        try (Connection c = once.getConnection();
                Statement s = c.createStatement()) {
            s.execute("select 1");
        }
        assertThat(analyzer.globalReport().statementCount()).isEqualTo(1);
    }

    // Not on MariaDB yet: it names H2's and pgJDBC's vendor classes and data sources; MariaDB Connector/J's and
    // MySQL Connector/J's come with the analyzer work of issue 23 point 5.
    @DbTest({Db.H2, Db.POSTGRES})
    void aDataSourceWrappedByAnotherAnalyzerIsRecordedByBoth(DataSource raw, Db db) throws Exception {
        Items.create(raw, 5);
        QueryAnalyzer a = QueryAnalyzer.create();
        QueryAnalyzer b = QueryAnalyzer.create();
        DataSource byA = a.wrap(raw);
        DataSource byBoth = b.wrap(byA);
        assertThat(byBoth).as("b wraps a's wrapper").isNotSameAs(byA);
        assertThat(b.wrap(byBoth))
                .as("the same analyzer twice stays one wrapper")
                .isSameAs(byBoth);
        assertThat(a.wrap(byBoth)).as("a records it already, under b").isSameAs(byBoth);
        assertThat(byBoth.unwrap(HikariDataSource.class)).isSameAs(raw);
        Report ra;
        Report rb;
        try (AnalysisScope sa = a.scope("a");
                AnalysisScope sb = b.scope("b")) {
            try (Connection c = byBoth.getConnection();
                    PreparedStatement ps = c.prepareStatement("select id, name from item where id > ? order by id")) {
                Class<? extends Connection> vendor =
                        db == Db.H2 ? org.h2.jdbc.JdbcConnection.class : org.postgresql.jdbc.PgConnection.class;
                assertThat(c.unwrap(vendor)).isInstanceOf(vendor);
                assertThat(ps.getConnection()).isSameAs(c);
                ps.setInt(1, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.getStatement()).isSameAs(ps);
                    int n = 0;
                    while (rs.next()) {
                        n++;
                        rs.getString(2);
                    }
                    assertThat(n).isEqualTo(3);
                }
            }
            sb.close();
            sa.close();
            ra = sa.report();
            rb = sb.report();
        }
        assertThat(rb.statementCount())
                .as("b records what it wraps%n%s", rb.toText())
                .isEqualTo(1);
        assertThat(ra.statementCount()).as("a still records%n%s", ra.toText()).isEqualTo(1);
        StatementEvent ea = ra.events().get(0);
        StatementEvent eb = rb.events().get(0);
        assertThat(eb.fingerprint()).isEqualTo(ea.fingerprint());
        assertThat(eb.rowsRead()).isEqualTo(ea.rowsRead()).isEqualTo(3);
        assertThat(eb.columnsRead()).isEqualTo(ea.columnsRead());
        assertThat(eb.resultMode()).as("both see the driver's result mode").isEqualTo(ea.resultMode());
        assertThat(eb.callSite()).isEqualTo(ea.callSite());
        assertThat(a.globalReport().statementCount()).isEqualTo(1);
        assertThat(b.globalReport().statementCount()).isEqualTo(1);
    }

    @DbTest
    void aStatementThroughTwoStackedWrappersOfOneAnalyzerIsMarkedRecordedAgain(DataSource raw) throws Exception {
        Items.create(raw, 5);
        QueryAnalyzer a = QueryAnalyzer.create();
        QueryAnalyzer b = QueryAnalyzer.create();
        DataSource twice = a.wrap(hiding(a.wrap(raw)));
        DataSource composed = b.wrap(a.wrap(raw));
        Report stacked;
        Report apart;
        try (AnalysisScope s = a.scope("stacked")) {
            try (Connection c = twice.getConnection();
                    PreparedStatement ps = c.prepareStatement("select id from item where id > ?")) {
                ps.setInt(1, 0);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getInt(1);
                    }
                }
            }
            stacked = s.snapshot();
        }
        try (AnalysisScope s = a.scope("apart")) {
            // another analyzer's wrapper, and statements run while a result is iterated (an N+1's shape)
            try (Connection c = composed.getConnection();
                    PreparedStatement parent = c.prepareStatement("select id from item");
                    ResultSet rs = parent.executeQuery()) {
                while (rs.next()) {
                    try (PreparedStatement child = c.prepareStatement("select name from item where id = ?")) {
                        child.setInt(1, rs.getInt(1));
                        child.executeQuery().close();
                    }
                }
            }
            apart = s.snapshot();
        }
        assertThat(stacked.events()).hasSize(2);
        assertThat(stacked.events())
                .as("the inner wrapper's event is the second recording")
                .filteredOn(StatementEvent::recordedAgain)
                .hasSize(1);
        assertThat(apart.events()).hasSize(6).noneMatch(StatementEvent::recordedAgain);
    }

    /** A library's wrapper that hides what it wraps: its unwrap and isWrapperFor stop at it. */
    static DataSource hiding(DataSource ds) {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(
                WrappingTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, m, args) -> {
                    Object out = opaque(ds).invoke(proxy, m, args);
                    return out instanceof Connection c
                            ? java.lang.reflect.Proxy.newProxyInstance(
                                    WrappingTest.class.getClassLoader(), new Class<?>[] {Connection.class}, opaque(c))
                            : out;
                });
    }

    private static java.lang.reflect.InvocationHandler opaque(Object target) {
        return (proxy, m, args) -> switch (m.getName()) {
            case "isWrapperFor" -> false;
            case "unwrap" -> throw new java.sql.SQLException("not a wrapper");
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> {
                try {
                    yield m.invoke(target, args);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        };
    }

    // Not on MariaDB yet: it names H2's and pgJDBC's vendor classes and data sources; MariaDB Connector/J's and
    // MySQL Connector/J's come with the analyzer work of issue 23 point 5.
    @DbTest({Db.H2, Db.POSTGRES})
    void aPoolOverAnotherAnalyzersWrapperIsRecordedByBoth(TestDatabase db) throws Exception {
        QueryAnalyzer a = QueryAnalyzer.create();
        QueryAnalyzer b = QueryAnalyzer.create();
        HikariConfig config = new HikariConfig();
        config.setDataSource(a.wrap(driverDataSource(db)));
        config.setMaximumPoolSize(2);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            DataSource byB = b.wrap(pool);
            assertThat(byB).isNotSameAs(pool);
            assertThat(a.wrap(pool)).as("a records the pool already").isSameAs(pool);
            a.resetGlobal();
            for (int i = 0; i < 2; i++) {
                try (Connection c = byB.getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("select 1");
                }
            }
            assertThat(a.globalReport().statementCount()).isEqualTo(2);
            assertThat(b.globalReport().statementCount()).isEqualTo(2);
        }
    }

    // Not on MariaDB yet: it names H2's and pgJDBC's vendor classes and data sources; MariaDB Connector/J's and
    // MySQL Connector/J's come with the analyzer work of issue 23 point 5.
    @DbTest({Db.H2, Db.POSTGRES})
    void poolOverAWrappedDataSourceRecordsOnceAndUnwraps(TestDatabase db) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource driverDs = driverDataSource(db);
        HikariConfig config = new HikariConfig();
        config.setDataSource(analyzer.wrap(driverDs));
        config.setMaximumPoolSize(2);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            try (AnalysisScope scope = analyzer.scope("pooled");
                    Connection c = pool.getConnection();
                    PreparedStatement ps = c.prepareStatement("select ?")) {
                ps.setInt(1, 5);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                }
                if (db.db() == Db.POSTGRES) {
                    assertThat(c.unwrap(PGConnection.class)).isNotNull();
                } else {
                    assertThat(c.unwrap(org.h2.jdbc.JdbcConnection.class)).isNotNull();
                }
                scope.close();
                assertThat(scope.report().statementCount()).isEqualTo(1);
                assertThat(scope.report().rowsRead()).isEqualTo(1);
            }
            DataSource wrappedAgain = analyzer.wrap(pool);
            assertThat(wrappedAgain).as("the pool already records").isSameAs(pool);
            analyzer.resetGlobal();
            try (Connection c = wrappedAgain.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("select 1");
            }
            assertThat(analyzer.globalReport().statementCount()).isEqualTo(1);
        }
    }

    @DbTest
    void closingTheConnectionCompletesOpenStatementsAndResults(DataSource raw) throws Exception {
        Items.create(raw, 10);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        Statement leaked;
        ResultSet leakedRs;
        try (AnalysisScope scope = analyzer.scope("leak")) {
            Connection c = analyzer.wrap(raw).getConnection();
            leaked = c.createStatement();
            leakedRs = leaked.executeQuery("select id from item order by id");
            leakedRs.next();
            leakedRs.next();
            assertThat(scope.snapshot().statementCount()).as("still open").isZero();
            c.close();
            assertThat(leaked.isClosed()).isTrue();
            assertThat(c.isClosed()).isTrue();
            scope.close();
            assertThat(scope.report().statementCount()).isEqualTo(1);
            assertThat(scope.report().events().get(0).rowsRead()).isEqualTo(2);
        }
    }

    @DbTest
    void reExecutingAStatementCompletesThePreviousQuery(DataSource raw) throws Exception {
        Items.create(raw, 3);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        try (AnalysisScope scope = analyzer.scope("re-execute");
                Connection c = analyzer.wrap(raw).getConnection();
                Statement s = c.createStatement()) {
            ResultSet first = s.executeQuery("select id from item");
            first.next();
            s.executeQuery("select name from item").close();
            first.close();
            scope.close();
            assertThat(scope.report().events())
                    .extracting(StatementEvent::rowsRead)
                    .containsExactly(1L, 0L);
        }
    }

    @DbTest
    void jooqOnTheWrappedDataSource(DataSource raw, Db db) throws Exception {
        Items.create(raw, 4);
        QueryAnalyzer analyzer = Items.exactAnalyzer();
        DSLContext dsl = DSL.using(analyzer.wrap(raw), db.dialect());
        try (AnalysisScope scope = analyzer.scope("jooq")) {
            Result<Record> items = dsl.select()
                    .from(DSL.table(DSL.name("item")))
                    .where(DSL.field(DSL.name("qty")).gt(1))
                    .fetch();
            assertThat(items).hasSize(3);
            int updated = dsl.update(DSL.table(DSL.name("item")))
                    .set(DSL.field(DSL.name("qty"), Integer.class), 0)
                    .where(DSL.field(DSL.name("id"), Long.class).eq(1L))
                    .execute();
            assertThat(updated).isEqualTo(1);
            scope.close();
            Report r = scope.report();
            assertThat(r.count(StatementKind.SELECT)).isEqualTo(1);
            assertThat(r.count(StatementKind.UPDATE)).isEqualTo(1);
            StatementEvent select = r.events().get(0);
            assertThat(select.rowsRead()).isEqualTo(3);
            assertThat(select.columnsRead()).isEqualTo(ColumnSet.of(1, 2, 3, 4));
            assertThat(select.callSite().toString())
                    .startsWith("WrappingTest.jooqOnTheWrappedDataSource(WrappingTest.java:");
        }
    }

    @DbTest(Db.POSTGRES)
    void copyThroughTheWrapperOnPostgres(DataSource raw) throws Exception {
        Items.create(raw, 0);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        try (Connection c = analyzer.wrap(raw).getConnection()) {
            long copied = c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY item (name, qty, price) FROM STDIN", new StringReader("a\t1\t1.5\nb\t2\t2.5\n"));
            assertThat(copied).isEqualTo(2);
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from item")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
    }

    static DataSource driverDataSource(TestDatabase db) {
        if (db.db() == Db.H2) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(db.jdbcUrl());
            h2.setUser(db.user());
            h2.setPassword(db.password());
            return h2;
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(db.jdbcUrl());
        pg.setUser(db.user());
        pg.setPassword(db.password());
        return pg;
    }
}
