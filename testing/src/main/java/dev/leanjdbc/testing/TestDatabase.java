package dev.leanjdbc.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * One test database: a fresh, isolated schema on H2 or PostgreSQL, or a fresh database on MariaDB (reached with
 * the driver its {@link Db} names), behind a HikariCP pool.
 *
 * <p>H2 runs in memory with {@code DATABASE_TO_LOWER=TRUE}, so unquoted names fold to lower case exactly as
 * on PostgreSQL and the same SQL and jOOQ classes work on both. Nothing else is set on the URL: in
 * particular not {@code LAZY_QUERY_EXECUTION}, which code under test has to manage itself.
 *
 * <p>Close it to drop the schema and close the pool.
 */
public final class TestDatabase implements AutoCloseable {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Db db;
    private final String schema;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final PostgresServer server;
    private final MariaDbServer mariaDb;
    private final HikariDataSource pool;
    private final DSLContext dsl;

    private TestDatabase(
            Db db,
            String schema,
            String jdbcUrl,
            String user,
            String password,
            PostgresServer server,
            MariaDbServer mariaDb) {
        this.db = db;
        this.mariaDb = mariaDb;
        this.schema = schema;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.server = server;
        HikariConfig config = new HikariConfig();
        config.setPoolName("test-" + db.name().toLowerCase(Locale.ROOT) + "-" + schema);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(20);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(30_000);
        this.pool = new HikariDataSource(config);
        this.dsl = DSL.using(pool, db.dialect());
    }

    /** A fresh in-memory H2 database whose name starts with {@code label}. */
    public static TestDatabase h2(String label) {
        String name = sanitize(label) + "_" + SEQUENCE.incrementAndGet();
        String url = "jdbc:h2:mem:" + name + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        return new TestDatabase(Db.H2, name, url, "sa", "", null, null);
    }

    /** A fresh schema on the given PostgreSQL server whose name starts with {@code label}. */
    public static TestDatabase postgres(PostgresServer server, String label) {
        String schema = sanitize(label) + "_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet();
        try (Connection c = server.connect();
                Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " on " + server.jdbcUrl(), e);
        }
        return new TestDatabase(
                Db.POSTGRES, schema, server.urlForSchema(schema), server.user(), server.password(), server, null);
    }

    /**
     * A fresh database on the given MariaDB server whose name starts with {@code label}, reached with the driver
     * of {@code db} ({@link Db#MARIADB} or {@link Db#MARIADB_MYSQL_DRIVER}).
     */
    public static TestDatabase mariaDb(MariaDbServer server, Db db, String label) {
        if (!db.isMariaDb()) {
            throw new IllegalArgumentException(db + " is not MariaDB");
        }
        String database = sanitize(label) + "_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet();
        try (Connection c = server.connect();
                Statement s = c.createStatement()) {
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " on " + server.origin(), e);
        }
        return new TestDatabase(
                db, database, server.jdbcUrl(db, database), server.user(), server.password(), null, server);
    }

    public Db db() {
        return db;
    }

    public SQLDialect dialect() {
        return db.dialect();
    }

    /** The pooled data source (HikariCP, up to 20 connections). */
    public DataSource dataSource() {
        return pool;
    }

    /** The pool itself, for tests that inspect or reconfigure it. */
    public HikariDataSource pool() {
        return pool;
    }

    /** A jOOQ context on the pool. */
    public DSLContext dsl() {
        return dsl;
    }

    /** JDBC URL that reaches this schema, e.g. to hand to a forked JVM. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Schema (PostgreSQL) or database (H2, MariaDB) name. */
    public String schema() {
        return schema;
    }

    /** A new unpooled driver connection to this schema. */
    public Connection newConnection() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password == null ? "" : password);
        return DriverManager.getConnection(jdbcUrl, props);
    }

    /** Creates empty shop tables and indexes in this schema, replacing any shop tables already there. */
    public TestDatabase createShopSchema() {
        ShopSchema.drop(pool);
        ShopSchema.create(pool, db.dialect());
        return this;
    }

    /**
     * Creates the shop schema and fills it with deterministic data at the given scale, replacing any shop
     * tables already there (methods of a test class share one schema).
     */
    public ShopData.Counts seedShop(ShopScale scale) {
        ShopSchema.drop(pool);
        return ShopData.seed(pool, db.dialect(), scale, SeedProgress.NONE);
    }

    @Override
    public void close() {
        pool.close();
        try {
            if (db == Db.H2) {
                try (Connection c = newConnection();
                        Statement s = c.createStatement()) {
                    s.execute("shutdown");
                }
            } else if (db.isMariaDb()) {
                try (Connection c = mariaDb.connect();
                        Statement s = c.createStatement()) {
                    s.execute("drop database if exists " + schema);
                }
            } else {
                try (Connection c = server.connect();
                        Statement s = c.createStatement()) {
                    s.execute("drop schema if exists " + schema + " cascade");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + schema, e);
        }
    }

    @Override
    public String toString() {
        return db.displayName() + " " + schema;
    }

    private static String sanitize(String label) {
        String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            s = "t_" + s;
        }
        return s.length() > 40 ? s.substring(0, 40) : s;
    }
}
