package dev.leanjdbc;

import static dev.leanjdbc.TypesTable.TYPES;
import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Rows are checked against their columns' types, lengths and precisions before anything is sent, the way
 * the database would check them: a value that cannot be written fails the call with its row and column.
 */
class RowValidationTest {

    private static List<Record> rows(TestDatabase db, int count) {
        List<Record> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Record r = db.dsl().newRecord(TYPES);
            r.set(TYPES.ID, (long) i);
            r.set(TYPES.L, (long) i);
            r.set(TYPES.S, "s" + i);
            rows.add(r);
        }
        return rows;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setRaw(Record r, Field<?> f, Object value) {
        r.set((Field) f, value);
    }

    private static Consumer<Throwable> wrongType() {
        return e -> assertThat(e)
                .isInstanceOfSatisfying(InvalidRowException.class, i -> {
                    assertThat(i.rowIndex()).isEqualTo(2);
                    assertThat(i.column()).isEqualTo("l");
                })
                .hasMessageContaining(
                        "row 2, column l: a java.lang.String ('abc') cannot be written to BIGINT (java.lang.Long)")
                .hasMessageContaining("nothing was written");
    }

    // Not on MariaDB yet: it runs every bulk write, updateFromValues included, on the types table (timestamp with
    // time zone, uuid): MySQL/MariaDB in issue 23 point 4.
    @DbTest({Db.H2, Db.POSTGRES})
    void aValueOfTheWrongJavaTypeFailsEveryBulkWriteBeforeAnythingIsSent(TestDatabase db) {
        TypesTable.create(db);
        JdbcLog log = new JdbcLog();
        Lean lean = Lean.of(log.wrap(db.dataSource()), db.dialect());
        List<Record> rows = rows(db, 4);
        setRaw(rows.get(2), TYPES.L, "abc");

        assertThatThrownBy(() -> lean.insertMany(TYPES, rows)).satisfies(wrongType());
        assertThatThrownBy(() ->
                        lean.insertMany(TYPES, rows, BulkOptions.defaults().withCopyAllowed(false)))
                .satisfies(wrongType());
        assertThatThrownBy(() -> lean.upsertMany(TYPES, rows, BulkOptions.defaults()))
                .satisfies(wrongType());
        assertThatThrownBy(() -> lean.updateFromValues(TYPES, rows, List.of(TYPES.L)))
                .satisfies(wrongType());
        assertThat(log.statements()).isEmpty();
        assertThat(db.dsl().fetchCount(TYPES)).isZero();
    }

    @DbTest(Db.POSTGRES)
    void lengthsCountCharactersAsPostgresDoes(TestDatabase db) {
        db.seedShop(new ShopScale(10, 5, 0));
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        List<OrdersRecord> rows = Orders.orders(0, 3);
        String twentyEmoji = "😀".repeat(20); // 20 characters, 40 UTF-16 units
        rows.get(1).setOrderNumber(twentyEmoji);

        assertThat(lean.insertMany(ORDERS, rows)).isEqualTo(3);
        assertThat(db.dsl().fetchValue(ORDERS.ORDER_NUMBER, ORDERS.ORDER_NUMBER.eq(twentyEmoji)))
                .isEqualTo(twentyEmoji);

        List<OrdersRecord> tooLong = Orders.orders(10, 3);
        tooLong.get(2).setOrderNumber("😀".repeat(21));
        assertThatThrownBy(() -> lean.insertMany(ORDERS, tooLong))
                .isInstanceOf(InvalidRowException.class)
                .hasMessageContaining("row 2, column order_number: value of 21 characters does not fit");
    }

    @DbTest
    void precisionIsCheckedAfterRoundingToTheColumnsScale(TestDatabase db) {
        db.seedShop(new ShopScale(10, 5, 0));
        JdbcLog log = new JdbcLog();
        Lean lean = Lean.of(log.wrap(db.dataSource()), db.dialect());
        List<OrdersRecord> rows = Orders.orders(0, 3);
        // numeric(12, 2): 9999999999.995 rounds to 10000000000.00, eleven integer digits where ten fit
        rows.get(1).setTotalAmount(new BigDecimal("9999999999.995"));

        assertThatThrownBy(() -> lean.insertMany(ORDERS, rows))
                .isInstanceOf(InvalidRowException.class)
                .hasMessageContaining("row 1, column total_amount: value 9999999999.995 rounds to 10000000000.00,"
                        + " which does not fit numeric(12, 2)");
        assertThat(log.statements()).isEmpty();

        rows.get(1).setTotalAmount(new BigDecimal("9999999999.994")); // rounds to 9999999999.99: fits
        assertThat(lean.insertMany(ORDERS, rows)).isEqualTo(3);
    }

    @DbTest(Db.H2)
    void negativeZeroIsRefusedOnH2WhichWouldStoreZero(TestDatabase db) {
        TypesTable.create(db);
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        List<Record> rows = rows(db, 3);
        rows.get(1).set(TYPES.D, -0.0);

        assertThatThrownBy(() -> lean.insertMany(TYPES, rows))
                .isInstanceOf(InvalidRowException.class)
                .hasMessageContaining("row 1, column d: -0.0 cannot be stored by H2, which stores it as 0.0");
        assertThat(db.dsl().fetchCount(TYPES)).isZero();
    }
}
