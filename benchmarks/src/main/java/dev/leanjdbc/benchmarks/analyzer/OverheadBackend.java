package dev.leanjdbc.benchmarks.analyzer;

import dev.leanjdbc.benchmarks.stub.CannedResult;
import dev.leanjdbc.benchmarks.stub.StubDataSource;
import dev.leanjdbc.benchmarks.stub.StubDatabase;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.PostgresServer;
import dev.leanjdbc.testing.PostgresServers;
import dev.leanjdbc.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The database under the wrappers: the stub driver (no database at all, so only wrapper cost is left), an
 * in-memory H2, or PostgreSQL (the server of {@link PostgresServers}: {@code LEANJDBC_TEST_PG_URL}, a
 * container or the embedded binaries), the real ones behind the HikariCP pool of {@link TestDatabase}. All
 * serve the same {@code item} table of {@value #ROWS} rows, so the benchmark operations read identical values
 * from each.
 */
final class OverheadBackend implements AutoCloseable {

    static final String STUB = "stub";
    static final String H2 = "h2";
    static final String POSTGRES = "postgres";
    static final List<String> NAMES = List.of(STUB, H2, POSTGRES);

    static final int ROWS = 10_000;
    /** Primary-key lookup: four columns selected, the benchmark reads one. */
    static final String PK_LOOKUP_SQL = "select id, name, quantity, price from item where id = ?";
    /** The whole table in key order; the benchmark reads all four columns of every row. */
    static final String ALL_ROWS_SQL = "select id, name, quantity, price from item order by id";

    private final DataSource dataSource;
    private final TestDatabase database;

    private OverheadBackend(DataSource dataSource, TestDatabase database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    static OverheadBackend open(String name) {
        return switch (name) {
            case STUB -> new OverheadBackend(new StubDataSource(stubDatabase()), null);
            case H2 -> seeded(TestDatabase.h2("wrapper_overhead"));
            case POSTGRES -> seeded(TestDatabase.postgres(postgresServer(), "wrapper_overhead"));
            default -> throw new IllegalArgumentException("unknown backend '" + name + "'; known: " + NAMES);
        };
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }

    static String name(long id) {
        return "item-" + id;
    }

    static int quantity(long id) {
        return (int) (id % 100);
    }

    static BigDecimal price(long id) {
        return BigDecimal.valueOf(id * 7 % 100_000, 2);
    }

    private static StubDatabase stubDatabase() {
        CannedResult.Builder all = CannedResult.columns("id", "name", "quantity", "price");
        for (long id = 1; id <= ROWS; id++) {
            all.row(id, name(id), quantity(id), price(id));
        }
        // The stub ignores bind values: every lookup returns the row of id 1.
        CannedResult one = CannedResult.columns("id", "name", "quantity", "price")
                .row(1L, name(1), quantity(1), price(1))
                .build();
        return StubDatabase.builder()
                .query(PK_LOOKUP_SQL, one)
                .query(ALL_ROWS_SQL, all.build())
                .build();
    }

    private static PostgresServer postgresServer() {
        PostgresServers.Result found = PostgresServers.shared();
        return found.found().orElseThrow(() -> new IllegalStateException(found.failure()));
    }

    private static OverheadBackend seeded(TestDatabase db) {
        try (Connection c = db.dataSource().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("create table item (id bigint primary key, name varchar(40) not null,"
                        + " quantity int not null, price numeric(10, 2) not null)");
            }
            try (PreparedStatement insert = c.prepareStatement("insert into item values (?, ?, ?, ?)")) {
                for (long id = 1; id <= ROWS; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, name(id));
                    insert.setInt(3, quantity(id));
                    insert.setBigDecimal(4, price(id));
                    insert.addBatch();
                    if (id % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            if (db.db() == Db.POSTGRES) {
                try (Statement s = c.createStatement()) {
                    s.execute("analyze item"); // plans from real statistics, as in a live database
                }
            }
        } catch (SQLException e) {
            db.close();
            throw new IllegalStateException("cannot create the item table on " + db.jdbcUrl(), e);
        }
        return new OverheadBackend(db.dataSource(), db);
    }
}
