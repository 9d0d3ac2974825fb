package dev.leanjdbc;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static dev.leanjdbc.testing.shop.Tables.ORDER_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.leanjdbc.BulkOptions.Atomicity;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * What a failing bulk operation says: the chunk and its real rows, what stays committed, and the database's
 * own reason and SQLState at the top of the exception (the driver's exception kept as the cause).
 */
class ChunkFailureTest {

    private static final ShopScale SMALL = new ShopScale(10, 5, 20);

    @DbTest
    void theRowRangeOfAFailedChunkEndsAtTheLastRowOfTheCall(TestDatabase db) {
        db.seedShop(SMALL);
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        List<OrdersRecord> rows = Orders.orders(0, 25);
        rows.get(21).setOrderNumber("T-0"); // unique index violation in chunk 3
        List<OrdersRecord> three = Orders.orders(100, 3);
        three.get(2).setOrderNumber("T-100");

        assertThatThrownBy(() ->
                        lean.insertMany(ORDERS, rows, BulkOptions.defaults().withChunkSize(10)))
                .hasMessageContaining("failed in chunk 3 (rows 20..24)");
        assertThatThrownBy(() -> lean.insertMany(ORDERS, three)).hasMessageContaining("failed in chunk 1 (rows 0..2)");
        assertThat(Orders.countNew(db.dsl())).isZero();
    }

    @DbTest
    void theDatabasesReasonAndSqlStateAreAtTheTop(TestDatabase db) {
        db.seedShop(SMALL);
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        List<OrdersRecord> rows = Orders.orders(0, 5);
        rows.get(3).setOrderNumber("T-0");
        String reason = switch (db.db()) {
            case POSTGRES -> "duplicate key value violates unique constraint";
            case MARIADB, MARIADB_MYSQL_DRIVER -> "Duplicate entry";
            case H2 -> "Unique index";
        };
        String state = uniqueViolation(db);

        for (BulkOptions options :
                List.of(BulkOptions.defaults(), BulkOptions.defaults().withCopyAllowed(false))) {
            assertThatThrownBy(() -> lean.insertMany(ORDERS, rows, options))
                    .isInstanceOfSatisfying(DataAccessException.class, e -> {
                        assertThat(e.sqlState()).isEqualTo(state);
                        assertThat(e.getCause()).isNotNull();
                    })
                    .hasMessageContaining("insertMany into orders failed in chunk 1 (rows 0..4); nothing was committed")
                    .hasMessageContaining(reason)
                    .hasMessageContaining("[SQLState " + state + "]")
                    .message()
                    .doesNotContain("Error while running ConnectionCallable");
        }
    }

    @DbTest
    void updateInChunksNamesTheChunkAndWhatStaysCommitted(TestDatabase db) {
        db.seedShop(new ShopScale(10, 5, 1_000));
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        // ids 300 and 301 both get "DUP": the unique index fails the second chunk of 250 keys
        var set = Map.of(
                ORDERS.ORDER_NUMBER,
                DSL.when(ORDERS.ID.in(300L, 301L), DSL.inline("DUP")).otherwise(ORDERS.ORDER_NUMBER));

        assertThatThrownBy(() -> lean.updateInChunks(ORDERS, set, DSL.trueCondition(), 250, BulkProgress.NONE))
                .isInstanceOfSatisfying(ChunkFailedException.class, e -> {
                    assertThat(e.chunk()).isEqualTo(2);
                    assertThat(e.rowsCommitted()).isEqualTo(250);
                    assertThat(e.lastCommittedKey()).isEqualTo(250L);
                    assertThat(e.sqlState()).isEqualTo(uniqueViolation(db));
                })
                .hasMessageContaining("updateInChunks on orders failed in chunk 2 (keys after id = 250)")
                .hasMessageContaining("chunks 1..1 (250 rows) stay committed")
                .hasMessageContaining("[SQLState " + uniqueViolation(db) + "]");
    }

    @DbTest
    void deleteInChunksNamesTheChunkAndWhatStaysCommitted(TestDatabase db) {
        db.seedShop(new ShopScale(10, 5, 100));
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        long firstWithLines =
                db.dsl().select(DSL.min(ORDER_LINE.ORDER_ID)).from(ORDER_LINE).fetchOne(0, Long.class);
        // orders before the first one with lines delete fine; that one's chunk hits the foreign key
        int chunk = (int) Math.max(1, (firstWithLines - 1));

        assertThatThrownBy(() -> lean.deleteInChunks(ORDERS, DSL.trueCondition(), chunk, BulkProgress.NONE))
                .isInstanceOfSatisfying(ChunkFailedException.class, e -> {
                    assertThat(e.sqlState()).isEqualTo(foreignKeyViolation(db));
                    assertThat(e.rowsCommitted()).isEqualTo((e.chunk() - 1) * chunk);
                })
                .hasMessageContaining("deleteInChunks on orders failed in chunk ")
                .hasMessageContaining("[SQLState " + foreignKeyViolation(db) + "]");
    }

    @DbTest(Db.POSTGRES)
    void aDeferredConstraintFailingAtCommitNamesTheOperation(TestDatabase db) {
        db.dsl().execute("drop table if exists deferred_parent, deferred_child");
        db.dsl().execute("create table deferred_parent (id bigint primary key)");
        db.dsl()
                .execute("create table deferred_child (id bigint primary key, parent_id bigint references"
                        + " deferred_parent (id) deferrable initially deferred)");
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        var table = new org.jooq.impl.TableImpl<org.jooq.Record>(DSL.name("deferred_child")) {
            {
                createField(DSL.name("id"), org.jooq.impl.SQLDataType.BIGINT.nullable(false), this);
                createField(DSL.name("parent_id"), org.jooq.impl.SQLDataType.BIGINT, this);
            }
        };
        List<org.jooq.Record> typed = new java.util.ArrayList<>();
        for (long i = 0; i < 3; i++) {
            org.jooq.Record t = db.dsl().newRecord(table);
            t.set(table.field("id", Long.class), i);
            t.set(table.field("parent_id", Long.class), 42L); // no such parent: fails when the FK is checked
            typed.add(t);
        }

        for (BulkOptions options : List.of(
                BulkOptions.defaults(),
                BulkOptions.defaults().withCopyAllowed(false),
                BulkOptions.defaults().withAtomicity(Atomicity.PER_CHUNK))) {
            assertThatThrownBy(() -> lean.insertMany(table, typed, options))
                    .isInstanceOfSatisfying(
                            DataAccessException.class,
                            e -> assertThat(e.sqlState()).isEqualTo(foreignKeyViolation(db)))
                    .hasMessageContaining("insertMany into deferred_child failed at commit")
                    .hasMessageContaining("nothing was committed")
                    .hasMessageContaining("violates foreign key constraint")
                    .hasMessageContaining("[SQLState " + foreignKeyViolation(db) + "]");
        }
        assertThat(db.dsl().fetchCount(table)).isZero();
    }

    @DbTest
    void aClosedDataSourceGivesOneMessageForEveryOperation(TestDatabase db) {
        db.seedShop(SMALL);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        config.setUsername(db.user());
        config.setPassword(db.password());
        config.setMaximumPoolSize(1);
        HikariDataSource pool = new HikariDataSource(config);
        pool.close();
        Lean lean = Lean.of(pool, db.dialect());
        List<OrdersRecord> rows = Orders.orders(0, 2);
        rows.forEach(r -> r.setId(1L + rows.indexOf(r)));

        List<ThrowingCallable> operations = List.of(
                () -> lean.stream(db.dsl().selectFrom(ORDERS)).close(),
                () -> lean.updateWhere(ORDERS, Map.of(ORDERS.STATUS, "X"), DSL.trueCondition()),
                () -> lean.deleteWhere(ORDERS, DSL.falseCondition()),
                () -> lean.project(OrderId.class).from(ORDERS).fetch(),
                () -> lean.updateFromValues(ORDERS, rows, List.of(ORDERS.STATUS)),
                () -> lean.insertMany(ORDERS, Orders.orders(0, 2)),
                () -> lean.deleteInChunks(ORDERS, DSL.trueCondition(), 10, BulkProgress.NONE),
                () -> lean.forEachChunk(ORDERS, ORDERS.ID, null, 10, c -> {}));
        for (ThrowingCallable operation : operations) {
            assertThatThrownBy(operation)
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageStartingWith("cannot borrow a connection from the data source")
                    .hasMessageContaining("has been closed");
        }
    }

    record OrderId(long id) {}

    @Test
    void nullArgumentsSayWhatToPass() {
        Lean lean = Lean.of(new org.h2.jdbcx.JdbcDataSource(), DSL.using(org.jooq.SQLDialect.H2));

        assertThatThrownBy(() -> lean.updateWhere(ORDERS, null, DSL.trueCondition()))
                .hasMessage("set must not be null; pass the columns to change and their new values, e.g."
                        + " Map.of(TABLE.COLUMN, value)");
        assertThatThrownBy(() -> Lean.of((javax.sql.DataSource) null, org.jooq.SQLDialect.H2))
                .hasMessageContaining("dataSource must not be null; pass the DataSource (usually a connection pool)");
    }

    /** The SQLState of a unique-key violation: MariaDB reports the class code 23000 for every integrity error. */
    private static String uniqueViolation(TestDatabase db) {
        return db.db().isMariaDb() ? "23000" : "23505";
    }

    /** The SQLState of a foreign-key violation (23000 on MariaDB, as above). */
    private static String foreignKeyViolation(TestDatabase db) {
        return db.db().isMariaDb() ? "23000" : "23503";
    }
}
