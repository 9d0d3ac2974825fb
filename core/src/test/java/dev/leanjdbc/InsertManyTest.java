package dev.leanjdbc;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.BulkOptions.Atomicity;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class InsertManyTest {

    private static final ShopScale SMALL = new ShopScale(10, 5, 20);

    @DbTest
    void insertsAllRowsWithTheirValues(TestDatabase db) {
        db.seedShop(SMALL);
        SqlLog log = new SqlLog();
        Lean lean = log.lean(db.dataSource(), db.dialect());

        long n = lean.insertMany(
                ORDERS, Orders.orders(0, 2_500), BulkOptions.defaults().withChunkSize(1_000));

        assertThat(n).isEqualTo(2_500);
        assertThat(Orders.countNew(db.dsl())).isEqualTo(2_500);
        OrdersRecord back = db.dsl().fetchOne(ORDERS, ORDERS.ORDER_NUMBER.eq("T-7"));
        OrdersRecord expected = Orders.order(7);
        for (var f : List.of(ORDERS.SHIPPING_STREET, ORDERS.NOTES, ORDERS.TOTAL_AMOUNT, ORDERS.PLACED_AT)) {
            assertThat(back.get(f)).as(f.getName()).isEqualTo(expected.get(f));
        }
        assertThat(db.dsl().fetchValue(ORDERS.NOTES, ORDERS.ORDER_NUMBER.eq("T-9")))
                .isNull();
        if (db.db() == Db.POSTGRES) {
            assertThat(log.count("insert"))
                    .as("COPY, not INSERT, through HikariCP: %s", log.statements)
                    .isZero();
        } else {
            assertThat(log.count("insert into")).as("3 multi-row INSERTs").isEqualTo(3);
        }
    }

    @DbTest(Db.POSTGRES)
    void copiesThroughAWrapperThatImplementsUnwrap(TestDatabase db) {
        db.seedShop(SMALL);
        SqlLog log = new SqlLog();
        Lean lean = log.lean(new WrappingDataSource(db.dataSource(), true), db.dialect());

        assertThat(lean.insertMany(ORDERS, Orders.orders(0, 300))).isEqualTo(300);

        assertThat(Orders.countNew(db.dsl())).isEqualTo(300);
        assertThat(log.count("insert")).isZero();
    }

    @DbTest(Db.POSTGRES)
    void fallsBackToMultiRowInsertWhenUnwrapFails(TestDatabase db) {
        db.seedShop(SMALL);
        SqlLog log = new SqlLog();
        Lean lean = log.lean(new WrappingDataSource(db.dataSource(), false), db.dialect());

        assertThat(lean.insertMany(
                        ORDERS, Orders.orders(0, 300), BulkOptions.defaults().withChunkSize(100)))
                .isEqualTo(300);

        assertThat(Orders.countNew(db.dsl())).isEqualTo(300);
        assertThat(log.count("insert into")).isEqualTo(3);
    }

    @DbTest
    void returnsGeneratedKeysInInputOrder(TestDatabase db) {
        db.seedShop(SMALL);
        Lean lean = Lean.of(db.dataSource(), db.dialect());

        List<Long> ids = lean.insertManyReturning(
                ORDERS, Orders.orders(0, 250), ORDERS.ID, BulkOptions.defaults().withChunkSize(100));

        assertThat(ids).hasSize(250).doesNotContainNull().doesNotHaveDuplicates();
        for (int i : new int[] {0, 99, 100, 249}) {
            assertThat(db.dsl().fetchValue(ORDERS.ORDER_NUMBER, ORDERS.ID.eq(ids.get(i))))
                    .isEqualTo("T-" + i);
        }
    }

    // Not on MariaDB yet: upsertMany by ON DUPLICATE KEY UPDATE is issue 23 point 4 (jOOQ's MYSQL dialect renders
    // MySQL 8.0.19's "as excluded" alias, which MariaDB refuses).
    @DbTest({Db.H2, Db.POSTGRES})
    void upsertsOnThePrimaryKey(TestDatabase db) {
        db.seedShop(SMALL);
        SqlLog log = new SqlLog();
        Lean lean = log.lean(db.dataSource(), db.dialect());
        List<OrdersRecord> rows = new ArrayList<>();
        for (OrdersRecord existing :
                db.dsl().selectFrom(ORDERS).where(ORDERS.ID.le(5L)).fetch()) {
            existing.setStatus("UPSERTED");
            existing.changed(true); // every column is written: a full row
            rows.add(existing);
        }
        for (long id = 1_001; id <= 1_003; id++) {
            rows.add(Orders.order(id).setId(id));
        }

        long n = lean.upsertMany(ORDERS, rows, BulkOptions.defaults());

        assertThat(n).isEqualTo(8);
        assertThat(db.dsl().fetchCount(ORDERS, ORDERS.STATUS.eq("UPSERTED"))).isEqualTo(5);
        assertThat(db.dsl().fetchCount(ORDERS)).isEqualTo(23);
        assertThat(log.statements.get(0).toLowerCase()).contains(db.db() == Db.POSTGRES ? "on conflict" : "merge into");
    }

    @DbTest
    void upsertRejectsANullKeyWithItsRowIndex(TestDatabase db) {
        db.seedShop(SMALL);
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        List<OrdersRecord> rows = new ArrayList<>(
                List.of(Orders.order(1).setId(501L), Orders.order(2).setId(502L)));
        rows.add(Orders.order(3).setId(null));

        assertThatThrownBy(() -> lean.upsertMany(ORDERS, rows, BulkOptions.defaults()))
                .isInstanceOf(InvalidRowException.class)
                .hasMessageContaining("row 2, column id: key column is null");
        assertThat(Orders.countNew(db.dsl())).isZero();
    }

    @DbTest
    void emptyInputSendsNoSql(TestDatabase db) {
        db.seedShop(SMALL);
        SqlLog log = new SqlLog();
        WrappingDataSource counting = new WrappingDataSource(db.dataSource(), true);
        Lean lean = log.lean(counting, db.dialect());

        assertThat(lean.insertMany(ORDERS, List.of())).isZero();
        assertThat(lean.insertManyReturning(ORDERS, Set.of(), ORDERS.ID, BulkOptions.defaults()))
                .isEmpty();
        assertThat(lean.upsertMany(ORDERS, List.of(), BulkOptions.defaults())).isZero();
        assertThat(lean.updateFromValues(ORDERS, List.of(), List.of(ORDERS.STATUS)))
                .isZero();

        assertThat(log.statements).isEmpty();
        assertThat(counting.connections).hasValue(0);
    }

    @DbTest
    void rejectsAValueTooLongForItsColumnWithRowAndColumn(TestDatabase db) {
        db.seedShop(SMALL);
        SqlLog log = new SqlLog();
        Lean lean = log.lean(db.dataSource(), db.dialect());
        List<OrdersRecord> rows = Orders.orders(0, 10);
        rows.get(6).setOrderNumber("X".repeat(21));

        assertThatThrownBy(() -> lean.insertMany(ORDERS, rows))
                .isInstanceOfSatisfying(InvalidRowException.class, e -> {
                    assertThat(e.rowIndex()).isEqualTo(6);
                    assertThat(e.column()).isEqualTo("order_number");
                })
                .hasMessageContaining("row 6, column order_number: value of 21 characters does not fit")
                .hasMessageContaining("(20)");
        assertThat(log.statements).isEmpty();
        assertThat(Orders.countNew(db.dsl())).isZero();
    }

    @DbTest
    void rejectsNullInNotNullColumnWithRowIndex(TestDatabase db) {
        db.seedShop(SMALL);
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        List<OrdersRecord> rows = Orders.orders(0, 5);
        rows.get(3).setStatus(null);

        assertThatThrownBy(() -> lean.insertMany(ORDERS, rows))
                .isInstanceOf(InvalidRowException.class)
                .hasMessageContaining("row 3, column status: value is null but the column is NOT NULL");
    }

    @DbTest
    void aFailureInALaterChunkCommitsNothingByDefault(TestDatabase db) {
        db.seedShop(SMALL);
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        List<OrdersRecord> rows = Orders.orders(0, 10);
        rows.get(8).setOrderNumber("T-0"); // unique index violation, found only by the database, in chunk 3

        assertThatThrownBy(() ->
                        lean.insertMany(ORDERS, rows, BulkOptions.defaults().withChunkSize(3)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("chunk 3")
                .hasMessageContaining("nothing was committed");
        assertThat(Orders.countNew(db.dsl())).isZero();
    }

    @DbTest
    void perChunkCommitsKeepTheChunksBeforeTheFailure(TestDatabase db) {
        db.seedShop(SMALL);
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        List<OrdersRecord> rows = Orders.orders(0, 10);
        rows.get(8).setOrderNumber("T-0");
        List<Long> progress = new ArrayList<>();
        BulkOptions options = BulkOptions.defaults()
                .withChunkSize(3)
                .withAtomicity(Atomicity.PER_CHUNK)
                .withProgress((chunk, inChunk, soFar) -> progress.add(soFar));

        assertThatThrownBy(() -> lean.insertMany(ORDERS, rows, options))
                .hasMessageContaining("chunks 1..2 (6 rows) stay committed");
        assertThat(Orders.countNew(db.dsl())).isEqualTo(6);
        assertThat(progress).containsExactly(3L, 6L);
    }

    @DbTest(Db.POSTGRES)
    void copyFailureInALaterChunkCommitsNothingByDefault(TestDatabase db) {
        db.seedShop(SMALL);
        SqlLog log = new SqlLog();
        Lean lean = log.lean(db.dataSource(), db.dialect());
        List<OrdersRecord> rows = Orders.orders(0, 10);
        rows.get(8).setOrderNumber("T-0");

        assertThatThrownBy(() ->
                        lean.insertMany(ORDERS, rows, BulkOptions.defaults().withChunkSize(3)))
                .hasMessageContaining("chunk 3");
        assertThat(Orders.countNew(db.dsl())).isZero();
        assertThat(log.count("insert"))
                .as("the COPY path was the one that failed")
                .isZero();
    }

    @Test
    void rejectsBadChunkSizes() {
        assertThatThrownBy(() -> BulkOptions.defaults().withChunkSize(0))
                .hasMessage("chunkSize must be between 1 and 1000000, was 0");
        assertThatThrownBy(() -> BulkOptions.defaults().withChunkSize(2_000_000))
                .hasMessageContaining("was 2000000");
    }
}
