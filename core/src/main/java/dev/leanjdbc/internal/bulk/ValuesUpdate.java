package dev.leanjdbc.internal.bulk;

import static org.jooq.impl.DSL.cast;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.values;

import dev.leanjdbc.BulkOptions;
import dev.leanjdbc.internal.insert.Columns;
import dev.leanjdbc.internal.insert.RowValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RowN;
import org.jooq.SQLDialect;
import org.jooq.Table;

/**
 * Different values for many rows in one statement per chunk, joined on the key — never a {@code CASE WHEN}
 * per row, whose cost grows with the square of the rows.
 *
 * <ul>
 *   <li>PostgreSQL: {@code update t set c = v.c from (values (...), ...) as v (k, c) where t.k = v.k}
 *   <li>others (H2): {@code merge into t using (values ...) v (k, c) on t.k = v.k when matched then update
 *       set c = v.c}
 * </ul>
 */
public final class ValuesUpdate {

    private static final String ALIAS = "v";

    private ValuesUpdate() {}

    public static <R extends Record> long run(
            DSLContext dsl, Table<R> table, List<? extends R> rows, List<Field<?>> columns, BulkOptions options) {
        List<Field<?>> keys = Columns.primaryKey(table, "updateFromValues");
        List<Field<?>> set = Columns.ofTable(table, columns, "updateFromValues");
        for (Field<?> c : set) {
            if (keys.contains(c)) {
                throw new IllegalArgumentException(
                        "updateFromValues cannot change key column " + c.getName() + "; rows are matched on it");
            }
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("updateFromValues needs at least one column to update on "
                    + table.getName() + "; columns: " + Columns.names(table));
        }
        if (rows.isEmpty()) {
            return 0;
        }
        RowValidator.validate(rows, set, keys);
        List<Field<?>> all = new ArrayList<>(keys);
        all.addAll(set);
        int perStatement = Columns.rowsPerStatement(options.chunkSize(), all.size());
        int chunks = (rows.size() + perStatement - 1) / perStatement;
        boolean postgres = dsl.dialect().family() == SQLDialect.POSTGRES;
        return ChunkRunner.run(
                dsl,
                "updateFromValues on " + table.getName(),
                chunks,
                perStatement,
                options.atomicity(),
                options.progress(),
                (tx, index) -> {
                    List<? extends R> part =
                            rows.subList(index * perStatement, Math.min(rows.size(), (index + 1) * perStatement));
                    return execute(tx, table, part, keys, set, all, postgres);
                });
    }

    private static <R extends Record> int execute(
            DSLContext tx,
            Table<R> table,
            List<? extends R> part,
            List<Field<?>> keys,
            List<Field<?>> set,
            List<Field<?>> all,
            boolean postgres) {
        RowN[] valueRows = new RowN[part.size()];
        for (int r = 0; r < valueRows.length; r++) {
            Field<?>[] cells = new Field<?>[all.size()];
            for (int c = 0; c < cells.length; c++) {
                Field<?> column = all.get(c);
                Field<?> cell = val(part.get(r).get(column), column.getDataType());
                // the first row's casts give the VALUES columns their types; later rows follow them
                cells[c] = r == 0 ? cast(cell, column.getDataType()) : cell;
            }
            valueRows[r] = row(cells);
        }
        String[] names = all.stream().map(Field::getName).toArray(String[]::new);
        Table<?> v = values(valueRows).as(ALIAS, names);
        Condition join = noCondition();
        for (Field<?> k : keys) {
            join = join.and(eq(k, ref(k)));
        }
        Map<Field<?>, Field<?>> assignments = new LinkedHashMap<>();
        for (Field<?> c : set) {
            assignments.put(c, ref(c));
        }
        if (postgres) {
            return tx.update(table).set(assignments).from(v).where(join).execute();
        }
        return tx.mergeInto(table)
                .using(v)
                .on(join)
                .whenMatchedThenUpdate()
                .set(assignments)
                .execute();
    }

    private static Field<?> ref(Field<?> column) {
        return field(name(ALIAS, column.getName()), column.getDataType());
    }

    @SuppressWarnings("unchecked")
    private static <T> Condition eq(Field<T> column, Field<?> other) {
        return column.eq((Field<T>) other);
    }
}
