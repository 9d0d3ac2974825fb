package dev.leanjdbc;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class ProjectionTest {

    /** Components in an order unlike the table's: mapping must go by name. */
    record OrderSummary(String status, long id, BigDecimal totalAmount) {}

    record OrderRef(long id, @Column("order_number") String number, LocalDateTime shippedAt) {}

    record WithTypo(long id, String orderNumbr) {}

    record PrimitiveOnNullable(long id, long discountCode) {}

    record Converted(String id, String totalAmount) {}

    public static final class OrderDto {
        final Long customerId;
        final String currency;

        public OrderDto(Long customerId, @Column("currency") String money) {
            this.customerId = customerId;
            this.currency = money;
        }
    }

    @DbTest
    void mapsRecordComponentsByName(TestDatabase db) {
        db.seedShop(new ShopScale(10, 5, 50));
        SqlLog log = new SqlLog();
        Lean lean = log.lean(db.dataSource(), db.dialect());

        List<OrderSummary> rows = lean.project(OrderSummary.class)
                .from(ORDERS)
                .where(ORDERS.ID.le(10L))
                .orderBy(ORDERS.ID)
                .fetch();

        assertThat(rows).hasSize(10);
        var expected = db.dsl().fetchOne(ORDERS, ORDERS.ID.eq(3L));
        assertThat(rows.get(2)).isEqualTo(new OrderSummary(expected.getStatus(), 3, expected.getTotalAmount()));
        String sql = log.statements.get(0).toLowerCase();
        assertThat(sql)
                .contains("status")
                .contains("total_amount")
                .doesNotContain("notes")
                .doesNotContain("*");
    }

    @DbTest
    void honoursColumnOverridesNullsAndConstructorClasses(TestDatabase db) {
        db.seedShop(new ShopScale(10, 5, 50));
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        var shipped = db.dsl().fetchAny(ORDERS, ORDERS.SHIPPED_AT.isNotNull());
        var unshipped = db.dsl().fetchAny(ORDERS, ORDERS.SHIPPED_AT.isNull());
        assertThat(shipped).isNotNull();
        assertThat(unshipped).isNotNull();

        List<OrderRef> refs = lean.project(OrderRef.class)
                .from(ORDERS)
                .where(ORDERS.ID.in(shipped.getId(), unshipped.getId()))
                .orderBy(ORDERS.SHIPPED_AT.isNull())
                .fetch();
        List<OrderDto> dtos = lean.project(OrderDto.class).from(ORDERS).limit(3).fetch();
        List<Converted> converted = lean.project(Converted.class)
                .from(ORDERS)
                .where(ORDERS.ID.eq(shipped.getId()))
                .fetch();

        assertThat(refs)
                .containsExactly(
                        new OrderRef(shipped.getId(), shipped.getOrderNumber(), shipped.getShippedAt()),
                        new OrderRef(unshipped.getId(), unshipped.getOrderNumber(), null));
        assertThat(dtos).hasSize(3).allSatisfy(d -> assertThat(d.currency).hasSize(3));
        assertThat(converted.get(0).id()).isEqualTo(String.valueOf(shipped.getId()));
    }

    @Test
    void aComponentWithoutAColumnFailsWhenTheProjectionIsBuilt() {
        Lean lean = Lean.of(DSL.using(SQLDialect.H2), new org.h2.jdbcx.JdbcDataSource());

        assertThatThrownBy(() -> lean.project(WithTypo.class).from(ORDERS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WithTypo.orderNumbr (column order_numbr) has no matching column in table orders")
                .hasMessageContaining("columns: [id, customer_id, order_number, status,")
                .hasMessageContaining("@Column");
        assertThatThrownBy(() -> lean.project(PrimitiveOnNullable.class).from(ORDERS))
                .hasMessageContaining(
                        "PrimitiveOnNullable.discountCode is a primitive long but column orders.discount_code is nullable");
    }

    @Test
    void convertsCamelCaseToSnakeCase() {
        assertThat(dev.leanjdbc.internal.projection.ColumnNames.snakeCase("shippingPostalCode"))
                .isEqualTo("shipping_postal_code");
        assertThat(dev.leanjdbc.internal.projection.ColumnNames.snakeCase("id")).isEqualTo("id");
        assertThat(dev.leanjdbc.internal.projection.ColumnNames.snakeCase("customerURLPath"))
                .isEqualTo("customer_url_path");
    }
}
