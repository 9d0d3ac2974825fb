package dev.leanjdbc.analyzer.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SelectColumnsTest {

    @Test
    void namesPlainQualifiedAliasedAndQuotedColumns() {
        SelectColumns c = SelectColumns.of("select o.id, o.customer_id, count(*) n, sum(x) as total, status"
                + " from orders o join customer c on c.id = o.customer_id where o.id = ?");
        assertThat(c.name(1)).isEqualTo("orders.id");
        assertThat(c.name(2)).isEqualTo("orders.customer_id");
        assertThat(c.name(3)).isEqualTo("n");
        assertThat(c.name(4)).isEqualTo("total");
        assertThat(c.name(5)).isEqualTo("status"); // two tables: no guess
        assertThat(c.name(6)).isNull();
        assertThat(c.table()).isNull();

        SelectColumns jooq = SelectColumns.of("select \"public\".\"orders\".\"id\", \"orders\".\"customer_id\""
                + " from \"public\".\"orders\" where \"orders\".\"status\" = ?");
        assertThat(jooq.name(1)).isEqualTo("orders.id");
        assertThat(jooq.name(2)).isEqualTo("orders.customer_id");
        assertThat(jooq.table()).isEqualTo("orders");
    }

    @Test
    void selectStarUsesTheDriverLabelsElseThePosition() {
        SelectColumns star = SelectColumns.of("select * from orders where status = ?");
        assertThat(star.name(3)).isNull();
        assertThat(star.describe(3, new String[] {"id", "customer_id", "order_number"}))
                .isEqualTo("orders.order_number");
        assertThat(star.describe(3, null)).isEqualTo("column 3 of orders");
        assertThat(SelectColumns.of("update t set a = ?").describe(1, null)).isEqualTo("column 1");
    }

    @Test
    void neverThrowsOnOddInput() {
        for (String s : new String[] {"", "select", "select ", "select from", "select (a, b from t", "select \"a"}) {
            SelectColumns c = SelectColumns.of(s);
            for (int i = 0; i < 4; i++) {
                c.describe(i, null);
            }
        }
    }

    @Test
    void sqlTextQuestions() {
        assertThat(SqlText.placeholders("select \"?\" from t where a = ? and b in (?)"))
                .isEqualTo(2);
        assertThat(SqlText.looksLikePaging("select id from orders where id > ? order by id limit ?"))
                .isTrue();
        assertThat(SqlText.looksLikePaging("select id from orders where customer_id = ? order by id limit ?"))
                .isFalse();
        assertThat(SqlText.hasMultiValueInList("select a from t where id in (cast(? as bigint), cast(? as bigint))"))
                .isTrue();
        assertThat(SqlText.hasMultiValueInList("select a from t where id in (?)"))
                .isFalse();
        assertThat(AnnotationSuppressions.declaringMethod("lambda$listOrders$3"))
                .isEqualTo("listOrders");
    }
}
