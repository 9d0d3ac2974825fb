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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

class UpdateFromValuesTest {

    private static final ShopScale SCALE = new ShopScale(10, 5, 2_500);

    private static List<OrdersRecord> changes(int from, int to) {
        List<OrdersRecord> rows = new ArrayList<>();
        for (long id = from; id <= to; id++) {
            rows.add(new OrdersRecord()
                    .setId(id)
                    .setStatus("S" + (id % 7))
                    .setTotalAmount(BigDecimal.valueOf(id).movePointLeft(2)));
        }
        return rows;
    }

    // Not on MariaDB yet: updateFromValues on MySQL/MariaDB (no MERGE there): issue 23 point 4.
    @DbTest({Db.H2, Db.POSTGRES})
    void givesEachRowItsOwnValuesInOneStatementPerChunk(TestDatabase db) {
        db.seedShop(SCALE);
        JdbcLog log = new JdbcLog();
        Lean lean = Lean.of(log.wrap(db.dataSource()), db.dialect());

        long n = lean.updateFromValues(
                ORDERS,
                changes(1, 2_400),
                List.of(ORDERS.STATUS, ORDERS.TOTAL_AMOUNT),
                BulkOptions.defaults().withChunkSize(1_000));

        assertThat(n).isEqualTo(2_400);
        for (long id : new long[] {1, 999, 1_000, 1_001, 2_400}) {
            OrdersRecord r = db.dsl().fetchOne(ORDERS, ORDERS.ID.eq(id));
            assertThat(r.getStatus()).isEqualTo("S" + (id % 7));
            assertThat(r.getTotalAmount())
                    .isEqualByComparingTo(BigDecimal.valueOf(id).movePointLeft(2));
        }
        assertThat(db.dsl().fetchValue(ORDERS.STATUS, ORDERS.ID.eq(2_401L))).doesNotStartWith("S");
        assertThat(log.statements()).hasSize(3);
        String sql = log.statements().get(0).toLowerCase();
        assertThat(sql).doesNotContain("case");
        if (db.db() == Db.POSTGRES) {
            assertThat(sql).startsWith("update").contains("from (values");
        } else {
            assertThat(sql).startsWith("merge into").contains("using (values").contains("when matched then update");
        }
    }

    // Not on MariaDB yet: updateFromValues on MySQL/MariaDB (no MERGE there): issue 23 point 4.
    @DbTest({Db.H2, Db.POSTGRES})
    void staysUnderTheBindParameterLimit(TestDatabase db) {
        db.seedShop(new ShopScale(10, 5, 25_000));
        JdbcLog log = new JdbcLog();
        Lean lean = Lean.of(log.wrap(db.dataSource()), db.dialect());

        // 25,000 rows x 3 parameters exceed PostgreSQL's 65,535 in one statement; chunks must split them
        long n = lean.updateFromValues(
                ORDERS,
                changes(1, 25_000),
                List.of(ORDERS.STATUS, ORDERS.TOTAL_AMOUNT),
                BulkOptions.defaults().withChunkSize(BulkOptions.MAX_CHUNK_SIZE));

        assertThat(n).isEqualTo(25_000);
        assertThat(log.statements()).hasSize(3); // 32,000 / 3 = 10,666 rows per statement
    }

    @DbTest
    void rejectsANullKeyWithItsRowIndexBeforeSendingAnything(TestDatabase db) {
        db.seedShop(SCALE);
        JdbcLog log = new JdbcLog();
        Lean lean = Lean.of(log.wrap(db.dataSource()), db.dialect());
        List<OrdersRecord> rows = changes(1, 10);
        rows.get(4).setId(null);

        assertThatThrownBy(() -> lean.updateFromValues(ORDERS, rows, List.of(ORDERS.STATUS)))
                .isInstanceOf(InvalidRowException.class)
                .hasMessageContaining("row 4, column id: key column is null");
        assertThat(log.prepared).isEmpty();
    }

    @DbTest
    void rejectsRepeatedKeysAndValuesThatDoNotFit(TestDatabase db) {
        db.seedShop(SCALE);
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        List<OrdersRecord> repeated = changes(1, 5);
        repeated.get(3).setId(2L);
        List<OrdersRecord> tooLong = changes(1, 5);
        tooLong.get(2).setStatus("X".repeat(17));
        List<OrdersRecord> tooWide = changes(1, 5);
        tooWide.get(1).setTotalAmount(new BigDecimal("12345678901.00"));

        assertThatThrownBy(() -> lean.updateFromValues(ORDERS, repeated, List.of(ORDERS.STATUS)))
                .hasMessageContaining("row 3, column id: key 2 repeats row 1");
        assertThatThrownBy(() -> lean.updateFromValues(ORDERS, tooLong, List.of(ORDERS.STATUS)))
                .hasMessageContaining("row 2, column status: value of 17 characters does not fit");
        assertThatThrownBy(() -> lean.updateFromValues(ORDERS, tooWide, List.of(ORDERS.TOTAL_AMOUNT)))
                .hasMessageContaining("row 1, column total_amount: value 12345678901.00 does not fit numeric(12, 2)");
        assertThatThrownBy(() -> lean.updateFromValues(ORDERS, changes(1, 2), List.of(ORDERS.ID)))
                .hasMessageContaining("cannot change key column id");
    }

    // Not on MariaDB yet: updateFromValues on MySQL/MariaDB (no MERGE there): issue 23 point 4.
    @DbTest({Db.H2, Db.POSTGRES})
    void aFailureInALaterChunkCommitsNothingUnlessPerChunk(TestDatabase db) {
        db.seedShop(SCALE);
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        String taken = db.dsl().fetchValue(ORDERS.ORDER_NUMBER, ORDERS.ID.eq(1L));
        List<OrdersRecord> rows = new ArrayList<>();
        for (long id = 11; id <= 20; id++) {
            rows.add(new OrdersRecord().setId(id).setOrderNumber(id == 19 ? taken : "U-" + id));
        }

        assertThatThrownBy(() -> lean.updateFromValues(
                        ORDERS,
                        rows,
                        List.of(ORDERS.ORDER_NUMBER),
                        BulkOptions.defaults().withChunkSize(4)))
                .hasMessageContaining("chunk 3")
                .hasMessageContaining("nothing was committed");
        assertThat(db.dsl().fetchCount(ORDERS, ORDERS.ORDER_NUMBER.like("U-%"))).isZero();

        assertThatThrownBy(() -> lean.updateFromValues(
                        ORDERS,
                        rows,
                        List.of(ORDERS.ORDER_NUMBER),
                        BulkOptions.defaults().withChunkSize(4).withAtomicity(Atomicity.PER_CHUNK)))
                .hasMessageContaining("chunks 1..2 (8 rows) stay committed");
        assertThat(db.dsl().fetchCount(ORDERS, ORDERS.ORDER_NUMBER.like("U-%"))).isEqualTo(8);
    }
}
