package dev.leanjdbc.internal.bulk;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

class DirectBindsTest {

    @Test
    void bindsThePlainTypesOfGeneratedTablesDirectly() {
        assertThat(DirectBinds.canBind(List.of(ORDERS.fields()))).isTrue();
        assertThat(DirectBinds.canBind(List.of(
                        DSL.field("u", SQLDataType.UUID),
                        DSL.field("b", SQLDataType.VARBINARY),
                        DSL.field("t", SQLDataType.OFFSETDATETIME))))
                .isTrue();
    }

    @Test
    void leavesOtherTypesAndConvertersToJooq() {
        Field<?> plain = DSL.field("id", SQLDataType.BIGINT);
        Field<?> instant = DSL.field("at", SQLDataType.INSTANT);
        Field<?> json = DSL.field("doc", SQLDataType.JSONB);
        Field<?> converted = DSL.field(
                "flag",
                SQLDataType.INTEGER.asConvertedDataType(
                        Converter.ofNullable(Integer.class, String.class, String::valueOf, Integer::valueOf)));
        Field<?> convertedToSameType = DSL.field(
                "n",
                SQLDataType.INTEGER.asConvertedDataType(
                        Converter.ofNullable(Integer.class, Integer.class, i -> i + 1, i -> i - 1)));

        assertThat(DirectBinds.canBind(List.of(plain, instant))).isFalse();
        assertThat(DirectBinds.canBind(List.of(plain, json))).isFalse();
        assertThat(DirectBinds.canBind(List.of(plain, converted))).isFalse();
        assertThat(DirectBinds.canBind(List.of(plain, convertedToSameType))).isFalse();
    }
}
