package dev.leanjdbc;

import static dev.leanjdbc.testing.shop.Tables.CUSTOMER;
import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.util.List;

class SubsetRecordTest {

    @DbTest
    void loadsOnlyTheNamedColumnsAndThePrimaryKey(TestDatabase db) {
        db.seedShop(new ShopScale(10, 5, 50));
        SqlLog log = new SqlLog();
        Lean lean = log.lean(db.dataSource(), db.dialect());

        List<SubsetRecord<OrdersRecord>> rows = lean.only(ORDERS.STATUS, ORDERS.TOTAL_AMOUNT)
                .from(ORDERS)
                .where(ORDERS.ID.le(5L))
                .orderBy(ORDERS.ID)
                .fetch();

        assertThat(rows).hasSize(5);
        SubsetRecord<OrdersRecord> r = rows.get(0);
        assertThat(r.get(ORDERS.ID)).isEqualTo(1L);
        assertThat(r.get(ORDERS.STATUS)).isEqualTo(db.dsl().fetchValue(ORDERS.STATUS, ORDERS.ID.eq(1L)));
        assertThat(r.loadedFields()).containsExactly(ORDERS.ID, ORDERS.STATUS, ORDERS.TOTAL_AMOUNT);
        assertThat(r.isLoaded(ORDERS.NOTES)).isFalse();
        assertThat(log.statements).hasSize(1);
        assertThat(log.statements.get(0).toLowerCase()).doesNotContain("notes").doesNotContain("customer_id");
    }

    @DbTest
    void readingAnUnloadedColumnThrowsNamingItAndTheFetchSite(TestDatabase db) {
        db.seedShop(new ShopScale(10, 5, 50));
        SqlLog log = new SqlLog();
        Lean lean = log.lean(db.dataSource(), db.dialect());
        SubsetRecord<OrdersRecord> r =
                lean.only(ORDERS.STATUS).from(ORDERS).limit(1).fetch().get(0);
        log.clear();

        assertThatThrownBy(() -> r.get(ORDERS.NOTES))
                .isInstanceOfSatisfying(UnloadedColumnException.class, e -> {
                    assertThat(e.column()).isEqualTo("notes");
                    assertThat(e.fetchedAt())
                            .startsWith(SubsetRecordTest.class.getName()
                                    + ".readingAnUnloadedColumnThrowsNamingItAndTheFetchSite(SubsetRecordTest.java:");
                })
                .hasMessageContaining("column orders.notes was not loaded")
                .hasMessageContaining("[id, status]");
        assertThatThrownBy(() -> r.set(ORDERS.NOTES, "x")).isInstanceOf(UnloadedColumnException.class);
        assertThatThrownBy(() -> r.get(CUSTOMER.EMAIL)).hasMessageContaining("is not a column of orders");
        assertThat(log.statements).as("no hidden extra query").isEmpty();
    }

    @DbTest
    void storeWritesOnlyLoadedChangedColumns(TestDatabase db) {
        db.seedShop(new ShopScale(10, 5, 50));
        SqlLog log = new SqlLog();
        Lean lean = log.lean(db.dataSource(), db.dialect());
        OrdersRecord before = db.dsl().fetchOne(ORDERS, ORDERS.ID.eq(7L));
        SubsetRecord<OrdersRecord> r = lean.only(ORDERS.STATUS, ORDERS.DISCOUNT_CODE)
                .from(ORDERS)
                .where(ORDERS.ID.eq(7L))
                .fetch()
                .get(0);
        log.clear();

        assertThat(r.store()).as("nothing changed: no SQL").isZero();
        r.set(ORDERS.DISCOUNT_CODE, r.get(ORDERS.DISCOUNT_CODE)); // same value: not a change
        assertThat(r.isChanged()).isFalse();
        assertThat(log.statements).isEmpty();

        r.set(ORDERS.STATUS, "CHANGED");
        assertThat(r.store()).isEqualTo(1);

        assertThat(log.statements).hasSize(1);
        String sql = log.statements.get(0).toLowerCase();
        assertThat(sql).contains("status").doesNotContain("discount_code").doesNotContain("notes");
        OrdersRecord after = db.dsl().fetchOne(ORDERS, ORDERS.ID.eq(7L));
        assertThat(after.getStatus()).isEqualTo("CHANGED");
        after.setStatus(before.getStatus());
        assertThat(after).isEqualTo(before);
        assertThat(r.isChanged()).isFalse();
        assertThatThrownBy(() -> r.set(ORDERS.ID, 99L)).hasMessageContaining("primary key");
    }
}
