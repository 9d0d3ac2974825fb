package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static dev.leanjdbc.testing.shop.Tables.ORDER_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** docs/bulk.md's example does what its comments say, on H2 and PostgreSQL. */
class BulkSnippetsTest {

    // Not on MariaDB yet: the page's updateFromValues has no MySQL/MariaDB form yet (MERGE is refused): issue 23
    // point 4.
    @DbTest({Db.H2, Db.POSTGRES})
    void holdsDeletesPurgesAndEdits(TestDatabase db) {
        db.seedShop(new ShopScale(50, 20, 500));
        db.dsl().deleteFrom(ORDER_LINE).execute(); // the example deletes orders; their lines would stop it
        LocalDateTime cutoff = db.dsl()
                .select(ORDERS.PLACED_AT)
                .from(ORDERS)
                .orderBy(ORDERS.PLACED_AT)
                .limit(1)
                .offset(100)
                .fetchOne(ORDERS.PLACED_AT);
        List<OrdersRecord> edited = db.dsl()
                .selectFrom(ORDERS)
                .where(ORDERS.PLACED_AT.ge(cutoff))
                .and(ORDERS.STATUS.eq("PAID"))
                .limit(3)
                .fetch();
        edited.forEach(o -> o.setStatus("REFUNDED").setTotalAmount(BigDecimal.ZERO));

        BulkSnippets.tidyUp(db.dataSource(), db.dialect(), cutoff, edited);

        assertThat(db.dsl().fetchCount(ORDERS, ORDERS.STATUS.in("NEW", "CANCELLED")))
                .isZero();
        assertThat(db.dsl().fetchCount(ORDERS, ORDERS.PLACED_AT.lt(cutoff))).isZero();
        assertThat(db.dsl().fetchCount(ORDERS, ORDERS.STATUS.eq("REFUNDED"))).isEqualTo(edited.size());
        assertThat(edited).hasSize(3);
    }
}
