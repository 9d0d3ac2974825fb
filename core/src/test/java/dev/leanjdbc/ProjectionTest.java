package dev.leanjdbc;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class ProjectionTest {

    /** Components in an order unlike the table's: mapping must go by name. */
    record OrderSummary(String status, long id, BigDecimal totalAmount) {}

    record OrderRef(long id, @FromColumn("order_number") String number, LocalDateTime shippedAt) {}

    record WithTypo(long id, String orderNumbr) {}

    record PrimitiveOnNullable(long id, long discountCode) {}

    record Converted(String id, String totalAmount) {}

    record NarrowId(Integer id, String status) {}

    record TextAsNumber(long id, Integer orderNumber) {}

    record WrongType(long id, LocalDate orderNumber) {}

    record NoComponents() {}

    record Untyped(long id, Integer big) {}

    public static final class OrderDto {
        final Long customerId;
        final String currency;

        public OrderDto(Long customerId, @FromColumn("currency") String money) {
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
        Lean lean = Lean.of(new org.h2.jdbcx.JdbcDataSource(), DSL.using(SQLDialect.H2));

        assertThatThrownBy(() -> lean.project(WithTypo.class).from(ORDERS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WithTypo.orderNumbr (column order_numbr) has no matching column in table orders")
                .hasMessageContaining("columns: [id, customer_id, order_number, status,")
                .hasMessageContaining("@FromColumn");
        assertThatThrownBy(() -> lean.project(PrimitiveOnNullable.class).from(ORDERS))
                .hasMessageContaining(
                        "PrimitiveOnNullable.discountCode is a primitive long but column orders.discount_code is nullable");
    }

    @Test
    void aLossyOrImpossibleTypeFailsWhenTheProjectionIsBuilt() {
        Lean lean = Lean.of(new org.h2.jdbcx.JdbcDataSource(), DSL.using(SQLDialect.H2));

        assertThatThrownBy(() -> lean.project(NarrowId.class).from(ORDERS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "NarrowId.id is a java.lang.Integer but column orders.id is BIGINT (java.lang.Long)")
                .hasMessageContaining("use Long");
        assertThatThrownBy(() -> lean.project(TextAsNumber.class).from(ORDERS))
                .hasMessageContaining(
                        "TextAsNumber.orderNumber is a java.lang.Integer but column orders.order_number is VARCHAR")
                .hasMessageContaining("use String");
        assertThatThrownBy(() -> lean.project(WrongType.class).from(ORDERS))
                .hasMessageContaining("WrongType.orderNumber is a java.time.LocalDate but column orders.order_number")
                .hasMessageContaining("@FromColumn(value = \"order_number\", converter = ...)");
    }

    @Test
    void aRecordWithoutComponentsIsRejected() {
        Lean lean = Lean.of(new org.h2.jdbcx.JdbcDataSource(), DSL.using(SQLDialect.H2));

        assertThatThrownBy(() -> lean.project(NoComponents.class).from(ORDERS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoComponents has no components");
    }

    /** A column jOOQ knows no type of: the value is converted per row, exactly or not at all. */
    @DbTest
    void aValueThatDoesNotFitItsComponentAtRunTimeThrowsWithRowAndColumn(TestDatabase db) {
        db.dsl().execute("drop table if exists untyped");
        db.dsl().execute("create table untyped (id bigint primary key, big bigint)");
        db.dsl().execute("insert into untyped values (1, 7), (2, 3000000000)");
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        var untyped = new org.jooq.impl.TableImpl<org.jooq.Record>(DSL.name("untyped")) {
            {
                createField(DSL.name("id"), org.jooq.impl.SQLDataType.BIGINT.nullable(false), this);
                createField(DSL.name("big"), org.jooq.impl.SQLDataType.OTHER, this);
            }
        };

        assertThatThrownBy(() -> lean.project(Untyped.class)
                        .from(untyped)
                        .orderBy(DSL.field(DSL.name("id")))
                        .fetch())
                .isInstanceOf(org.jooq.exception.DataTypeException.class)
                .hasMessageContaining("row 1, column big: 3000000000 (java.lang.Long) does not fit Untyped.big")
                .hasMessageContaining("java.lang.Integer");
    }

    @DbTest
    void anExplicitConverterMapsAColumnToAnotherType(TestDatabase db) {
        db.seedShop(new ShopScale(10, 5, 20));
        Lean lean = Lean.of(db.dataSource(), db.dialect());

        List<Cents> rows = lean.project(Cents.class)
                .from(ORDERS)
                .orderBy(ORDERS.ID)
                .limit(3)
                .fetch();

        var first = db.dsl().fetchOne(ORDERS, ORDERS.ID.eq(rows.get(0).id()));
        assertThat(rows.get(0).cents())
                .isEqualTo(first.getTotalAmount().movePointRight(2).longValueExact());
    }

    record Cents(
            long id,

            @FromColumn(value = "total_amount", converter = ToCents.class)
            long cents) {}

    public static final class ToCents extends org.jooq.impl.AbstractConverter<BigDecimal, Long> {
        private static final long serialVersionUID = 1L;

        public ToCents() {
            super(BigDecimal.class, Long.class);
        }

        @Override
        public Long from(BigDecimal amount) {
            return amount == null ? null : amount.movePointRight(2).longValueExact();
        }

        @Override
        public BigDecimal to(Long cents) {
            return cents == null ? null : BigDecimal.valueOf(cents, 2);
        }
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
