package dev.leanjdbc.testing;

import static dev.leanjdbc.testing.shop.Tables.CUSTOMER;
import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static dev.leanjdbc.testing.shop.Tables.ORDER_LINE;
import static dev.leanjdbc.testing.shop.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class ShopDataTest {

    static final ShopScale SMALL = new ShopScale(300, 40, 2_000);

    @DbTest
    void seedsTheSameRowsOnEveryDatabase(TestDatabase db) {
        ShopData.Counts counts = db.seedShop(SMALL);
        DSLContext dsl = db.dsl();

        assertThat(counts.customers()).isEqualTo(300);
        assertThat(counts.products()).isEqualTo(40);
        assertThat(counts.orders()).isEqualTo(2_000);
        assertThat(counts.orderLines()).isBetween(2_000L, 10_000L);
        assertThat(dsl.fetchCount(CUSTOMER)).isEqualTo(300);
        assertThat(dsl.fetchCount(PRODUCT)).isEqualTo(40);
        assertThat(dsl.fetchCount(ORDERS)).isEqualTo(2_000);
        assertThat((long) dsl.fetchCount(ORDER_LINE)).isEqualTo(counts.orderLines());

        // What the generator says, computed without a database: equal on H2 and PostgreSQL.
        BigDecimal expectedTotal = BigDecimal.ZERO;
        for (long id = 1; id <= SMALL.orders(); id++) {
            expectedTotal = expectedTotal.add((BigDecimal) ShopData.order(id, SMALL)[6]);
        }
        assertThat(dsl.select(DSL.sum(ORDERS.TOTAL_AMOUNT)).from(ORDERS).fetchOne(0, BigDecimal.class))
                .isEqualByComparingTo(expectedTotal);
        assertThat(dsl.select(DSL.sum(ORDER_LINE.LINE_TOTAL)).from(ORDER_LINE).fetchOne(0, BigDecimal.class))
                .as("order totals are the sums of their lines")
                .isEqualByComparingTo(expectedTotal);
        assertThat(dsl.fetchValue(dsl.select(CUSTOMER.EMAIL).from(CUSTOMER).where(CUSTOMER.ID.eq(7L))))
                .isEqualTo(ShopData.customer(7)[1]);
    }

    @DbTest
    void keysAndIdentitiesAreInPlaceAfterSeeding(TestDatabase db) {
        db.seedShop(new ShopScale(10, 5, 20));
        DSLContext dsl = db.dsl();

        Long newId = dsl.insertInto(PRODUCT)
                .set(PRODUCT.SKU, "NEW-1")
                .set(PRODUCT.NAME, "New")
                .set(PRODUCT.CATEGORY, "toys")
                .set(PRODUCT.PRICE, new BigDecimal("1.00"))
                .set(PRODUCT.STOCK, 1)
                .set(PRODUCT.ACTIVE, true)
                .set(PRODUCT.CREATED_AT, java.time.LocalDateTime.now())
                .returning(PRODUCT.ID)
                .fetchOne(PRODUCT.ID);
        assertThat(newId).as("identity continues after the loaded ids").isEqualTo(6L);

        assertThatThrownBy(() -> dsl.insertInto(ORDER_LINE)
                        .set(ORDER_LINE.ORDER_ID, 999_999L)
                        .set(ORDER_LINE.PRODUCT_ID, 1L)
                        .set(ORDER_LINE.LINE_NO, 1)
                        .set(ORDER_LINE.QUANTITY, 1)
                        .set(ORDER_LINE.UNIT_PRICE, BigDecimal.ONE)
                        .set(ORDER_LINE.DISCOUNT, BigDecimal.ZERO)
                        .set(ORDER_LINE.LINE_TOTAL, BigDecimal.ONE)
                        .execute())
                .as("foreign key order_line.order_id")
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void generatedSchemaHasTheDocumentedWidth() {
        assertThat(CUSTOMER.fields()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(ORDERS.fields()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(ShopData.ORDER_COLUMNS).hasSize(ORDERS.fields().length);
        assertThat(ShopData.CUSTOMER_COLUMNS).hasSize(CUSTOMER.fields().length);
        assertThat(ShopData.PRODUCT_COLUMNS).hasSize(PRODUCT.fields().length);
        assertThat(ShopData.ORDER_LINE_COLUMNS).hasSize(ORDER_LINE.fields().length);
    }

    @Test
    void theSameIdAlwaysGivesTheSameRow() {
        assertThat(ShopData.customer(42)).isEqualTo(ShopData.customer(42));
        assertThat(ShopData.order(42, SMALL)).isEqualTo(ShopData.order(42, SMALL));
        assertThat(ShopData.customer(42)).isNotEqualTo(ShopData.customer(43));
    }

    @Test
    void scaleRejectsNonsenseWithTheValue() {
        assertThatThrownBy(() -> new ShopScale(0, 1, 1)).hasMessage("customers must be > 0, was 0");
        assertThatThrownBy(() -> new ShopScale(1, 1, -5)).hasMessage("orders must be >= 0, was -5");
        assertThatThrownBy(() -> ShopScale.of(0)).hasMessage("scale factor must be > 0 and <= 1000, was 0.0");
        assertThat(ShopScale.of(1.0)).isEqualTo(ShopScale.DEFAULT);
        assertThat(ShopScale.of(0.01)).isEqualTo(new ShopScale(100, 100, 1_000));
    }

    @Test
    void schemaScriptSplitsIntoTablesAndAfterLoadParts() {
        assertThat(ShopSchema.tableStatements())
                .hasSize(4)
                .allSatisfy(sql -> assertThat(sql).startsWith("create table"));
        assertThat(ShopSchema.afterLoadStatements())
                .isNotEmpty()
                .allSatisfy(sql -> assertThat(sql).doesNotStartWith("create table"));
    }
}
