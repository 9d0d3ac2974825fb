package dev.leanjdbc.analyzer.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTextTest {

    @Test
    void aBoundRangeOnTheOrderedColumnWithALimitIsAPageQueryHoweverTheBindIsWritten() {
        // jOOQ on H2 casts its binds; on PostgreSQL it does not
        assertThat(SqlText.looksLikePaging("select * from \"orders\" where \"orders\".\"id\" > cast(? as bigint)"
                        + " order by \"orders\".\"id\" fetch next ? rows only"))
                .isTrue();
        assertThat(SqlText.looksLikePaging(
                        "select * from \"orders\" where \"orders\".\"id\" > ? order by \"orders\".\"id\" limit ?"))
                .isTrue();
        assertThat(SqlText.looksLikePaging(
                        "select id from orders where status = ? and id > ?::bigint order by id" + " limit ?"))
                .isTrue();
        assertThat(SqlText.looksLikePaging("select id from orders o where o.id < ? order by o.id desc limit ?"))
                .isTrue();
        assertThat(SqlText.looksLikePaging(
                        "select id from orders where (placed_at, id) > (?, ?) order by placed_at," + " id limit ?"))
                .isTrue();
    }

    @Test
    void aRangeOnAnotherColumnOrNoLimitIsNotAPageQuery() {
        assertThat(SqlText.looksLikePaging("select id from orders where total > ? order by id limit ?"))
                .isFalse();
        assertThat(SqlText.looksLikePaging("select id from orders where id > ? order by id"))
                .isFalse();
        assertThat(SqlText.looksLikePaging("select id from orders where customer_id = ? order by id limit ?"))
                .isFalse();
    }
}
