package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.ChunkSummary;
import dev.leanjdbc.Lean;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** docs/streaming.md's examples: every form of the API reads what it says; the chunked job pays every NEW order. */
class StreamingSnippetsTest {

    @DbTest
    void everyFormReadsItsRows(TestDatabase db) throws Exception {
        db.seedShop(new ShopScale(50, 20, 300));
        int orders = db.dsl().fetchCount(ORDERS);
        int newOrders = db.dsl().fetchCount(ORDERS, ORDERS.STATUS.eq("NEW"));
        List<Object> exported = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            StreamingSnippets.export(Lean.of(db.dataSource(), db.dialect()), c, exported::add);
            c.rollback();
        }
        // NEW records, DTOs, records by callback, by cursor, NEW ids twice, records with options, on the connection
        assertThat(exported).hasSize(newOrders * 3 + orders * 5);
        assertThat(exported)
                .filteredOn(StreamingSnippets.OrderDto.class::isInstance)
                .hasSize(orders);
    }

    @DbTest
    void theChunkedJobPaysEveryNewOrder(TestDatabase db) {
        db.seedShop(new ShopScale(50, 20, 300));
        int newOrders = db.dsl().fetchCount(ORDERS, ORDERS.STATUS.eq("NEW"));

        ChunkSummary<Long> done = StreamingSnippets.payTheNewOrders(Lean.of(db.dataSource(), db.dialect()), null);

        assertThat(done.rows()).isEqualTo(newOrders);
        assertThat(db.dsl().fetchCount(ORDERS, ORDERS.STATUS.eq("NEW"))).isZero();
    }
}
