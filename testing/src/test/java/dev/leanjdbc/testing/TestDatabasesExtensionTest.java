package dev.leanjdbc.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

class TestDatabasesExtensionTest {

    @DbTest
    void resolvesEveryParameterType(TestDatabase db, DataSource ds, DSLContext dsl, SQLDialect dialect, Db kind)
            throws Exception {
        assertThat(ds).isSameAs(db.dataSource());
        assertThat(dsl.dialect()).isEqualTo(dialect);
        assertThat(kind.dialect()).isEqualTo(dialect);
        assertThat(db.db()).isEqualTo(kind);
        try (Connection c = ds.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            // Each driver names its own product: MySQL Connector/J says "MySQL" even on a MariaDB server.
            String expected = switch (kind) {
                case H2 -> "H2";
                case POSTGRES -> "PostgreSQL";
                case MARIADB -> "MariaDB";
                case MARIADB_MYSQL_DRIVER -> "MySQL";
            };
            assertThat(product).isEqualTo(expected);
        }
        assertThat(dsl.fetchValue("select 41 + 1")).hasToString("42");
    }

    @DbTest
    void unquotedNamesFoldToLowerCaseOnBoth(TestDatabase db) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table MixedCase (Id int primary key)");
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(null, null, "mixedcase", null)) {
                assertThat(rs.next())
                        .as("table found under its lower-case name")
                        .isTrue();
            }
            s.execute("drop table mixedcase");
        }
    }

    @DbTest(Db.POSTGRES)
    void postgresTestsGetTheirOwnSchema(TestDatabase db, DSLContext dsl) {
        assertThat(dsl.fetchValue("select current_schema()")).isEqualTo(db.schema());
        assertThat(db.jdbcUrl()).contains("currentSchema=" + db.schema());
    }

    @DbTest({Db.MARIADB, Db.MARIADB_MYSQL_DRIVER})
    void mariaDbTestsGetTheirOwnDatabaseThroughTheirOwnDriver(TestDatabase db, DSLContext dsl, Db kind) {
        assertThat(dsl.fetchValue("select database()")).isEqualTo(db.schema());
        assertThat(db.jdbcUrl()).startsWith(kind == Db.MARIADB ? "jdbc:mariadb://" : "jdbc:mysql://");
        assertThat(dsl.fetchValue("select version()")).asString().contains("MariaDB");
    }

    @DbTest(Db.H2)
    void h2DoesNotEnableLazyExecutionBehindTheCodeUnderTest(TestDatabase db) {
        assertThat(db.jdbcUrl()).doesNotContainIgnoringCase("LAZY_QUERY_EXECUTION");
    }

    @DbTest
    void theSameDatabaseServesEveryMethodOfAClass(TestDatabase db) throws Exception {
        // Two invocations per class share one database; creating the table twice would fail.
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table if not exists shared_marker (id int)");
            s.execute("insert into shared_marker values (1)");
        }
        assertThat(db.dsl().fetchCount(org.jooq.impl.DSL.table("shared_marker")))
                .isPositive();
    }

    @DbTest
    void newConnectionReachesTheSameSchema(TestDatabase db) throws Exception {
        try (Connection pooled = db.dataSource().getConnection();
                Statement s = pooled.createStatement()) {
            s.execute("create table reach_me (id int)");
        }
        try (Connection raw = db.newConnection();
                Statement s = raw.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from reach_me")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
