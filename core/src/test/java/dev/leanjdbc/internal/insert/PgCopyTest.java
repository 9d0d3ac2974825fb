package dev.leanjdbc.internal.insert;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

class PgCopyTest {

    @Test
    void copiesPlainColumnsButNotConvertedOnes() {
        Field<?> plain = DSL.field("id", SQLDataType.BIGINT);
        Field<?> convertedToSameType = DSL.field(
                "n",
                SQLDataType.INTEGER.asConvertedDataType(
                        Converter.ofNullable(Integer.class, Integer.class, i -> i + 1, i -> i - 1)));

        assertThat(PgCopy.canCopy(List.of(ORDERS.fields()))).isTrue();
        assertThat(PgCopy.canCopy(List.of(plain, convertedToSameType)))
                .as("a converter between equal types still changes values: COPY would skip it")
                .isFalse();
    }
}
