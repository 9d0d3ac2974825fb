package dev.leanjdbc.testing;

import org.jooq.SQLDialect;

/**
 * The databases every feature is proven on. MariaDB counts twice, once per driver, because the drivers, not the
 * server, decide how results stream and batches are sent: {@link #MARIADB} is MariaDB Connector/J, {@link
 * #MARIADB_MYSQL_DRIVER} is MySQL Connector/J against the same MariaDB server (the way many applications reach
 * MariaDB).
 *
 * <p>The first uses jOOQ's {@link SQLDialect#MARIADB}, the second {@link SQLDialect#MYSQL}: jOOQ's MariaDB
 * dialect fetches generated keys with {@code INSERT … RETURNING} through {@code executeQuery}, which MySQL
 * Connector/J refuses on the client ("Statement.executeQuery() cannot issue statements that do not produce
 * result sets"), while its MySQL dialect asks the driver for generated keys, which works on a MariaDB server.
 * So the second also proves that leanjdbc's MySQL SQL runs on MariaDB 11.4; no MySQL server is run (see {@link
 * MariaDbServers}).
 */
public enum Db {
    H2("H2", SQLDialect.H2),
    POSTGRES("PostgreSQL", SQLDialect.POSTGRES),
    MARIADB("MariaDB", SQLDialect.MARIADB),
    MARIADB_MYSQL_DRIVER("MariaDB (MySQL Connector/J)", SQLDialect.MYSQL);

    private final String displayName;
    private final SQLDialect dialect;

    Db(String displayName, SQLDialect dialect) {
        this.displayName = displayName;
        this.dialect = dialect;
    }

    public String displayName() {
        return displayName;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /** Whether this is the MariaDB server, through either driver. */
    public boolean isMariaDb() {
        return this == MARIADB || this == MARIADB_MYSQL_DRIVER;
    }
}
