package dev.leanjdbc;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static dev.leanjdbc.testing.shop.Tables.ORDER_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;

class BulkDmlTest {

    private static final ShopScale SCALE = new ShopScale(10, 5, 1_000);

    @DbTest
    void updatesAndDeletesInOneStatementEach(TestDatabase db) {
        db.seedShop(SCALE);
        SqlLog log = new SqlLog();
        Lean lean = log.lean(db.dataSource(), db.dialect());
        int newOrders = db.dsl().fetchCount(ORDERS, ORDERS.STATUS.eq("NEW"));
        assertThat(newOrders).isPositive();

        int updated = lean.updateWhere(
                ORDERS,
                Map.of(ORDERS.STATUS, "HELD", ORDERS.TOTAL_AMOUNT, ORDERS.TOTAL_AMOUNT.mul(2)),
                ORDERS.STATUS.eq("NEW"));
        assertThat(updated).isEqualTo(newOrders);
        assertThat(db.dsl().fetchCount(ORDERS, ORDERS.STATUS.eq("HELD"))).isEqualTo(newOrders);

        db.dsl().deleteFrom(ORDER_LINE).execute(); // order lines reference orders
        int deleted = lean.deleteWhere(ORDERS, ORDERS.STATUS.eq("HELD"));
        assertThat(deleted).isEqualTo(newOrders);
        assertThat(db.dsl().fetchCount(ORDERS)).isEqualTo(1_000 - newOrders);
        assertThat(log.statements).hasSize(2);
    }

    @DbTest
    void deletesInKeyOrderedChunksWithProgress(TestDatabase db) {
        db.seedShop(SCALE);
        db.dsl().deleteFrom(ORDER_LINE).execute();
        SqlLog log = new SqlLog();
        Lean lean = log.lean(db.dataSource(), db.dialect());
        List<long[]> progress = new ArrayList<>();

        long deleted = lean.deleteInChunks(
                ORDERS, ORDERS.ID.gt(100L), 250, (chunk, n, soFar) -> progress.add(new long[] {chunk, n, soFar}));

        assertThat(deleted).isEqualTo(900);
        assertThat(db.dsl().fetchCount(ORDERS)).isEqualTo(100);
        assertThat(progress).hasSize(4);
        assertThat(progress.get(3)).containsExactly(4, 150, 900);
        assertThat(log.count("delete from")).isEqualTo(4);
        assertThat(log.statements).allSatisfy(s -> assertThat(s.toLowerCase()).doesNotContain("offset"));
    }

    @DbTest
    void chunkedUpdateVisitsRowsStillMatchingOnlyOnce(TestDatabase db) {
        db.seedShop(SCALE);
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        int total = db.dsl().fetchCount(ORDERS);

        // the rows still match the condition after the update: OFFSET-free keyset chunks must still end
        long updated = lean.updateInChunks(
                ORDERS,
                Map.of(ORDERS.TOTAL_AMOUNT, ORDERS.TOTAL_AMOUNT.plus(1)),
                DSL.trueCondition(),
                300,
                BulkProgress.NONE);

        assertThat(updated).isEqualTo(total);
    }

    @DbTest
    void eachChunkCommitsOnItsOwn(TestDatabase db) {
        db.seedShop(SCALE);
        db.dsl().deleteFrom(ORDER_LINE).execute();
        Lean lean = Lean.of(db.dataSource(), db.dialect());

        assertThatThrownBy(() -> lean.deleteInChunks(ORDERS, DSL.trueCondition(), 100, (chunk, n, soFar) -> {
                    if (chunk == 3) {
                        throw new IllegalStateException("stop");
                    }
                }))
                .hasMessage("stop");

        assertThat(db.dsl().fetchCount(ORDERS)).as("three chunks committed").isEqualTo(700);
    }

    @DbTest
    void rejectsBadArguments(TestDatabase db) {
        db.seedShop(SCALE);
        Lean lean = Lean.of(db.dataSource(), db.dialect());

        assertThatThrownBy(() -> lean.deleteInChunks(ORDERS, DSL.trueCondition(), 0, BulkProgress.NONE))
                .hasMessage("chunkSize must be > 0, was 0");
        assertThatThrownBy(() -> lean.deleteWhere(ORDERS, null)).hasMessageContaining("pass DSL.trueCondition()");
        assertThatThrownBy(() -> lean.updateWhere(ORDERS, Map.of(), DSL.trueCondition()))
                .hasMessageContaining("set must not be empty");
        assertThatThrownBy(() -> lean.updateWhere(ORDERS, Map.of(ORDER_LINE.QUANTITY, 1), DSL.trueCondition()))
                .hasMessageContaining("is not a column of orders");
        assertThatThrownBy(() -> lean.deleteInChunks(DSL.table("orders"), DSL.trueCondition(), 10, BulkProgress.NONE))
                .hasMessageContaining("needs a single-column primary key");
    }
}
