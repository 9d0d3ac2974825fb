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
import dev.leanjdbc.internal.insert.ExactBinding;
import dev.leanjdbc.internal.insert.RowValidator;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
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
 *
 * <p>When every column is of a plain type ({@link DirectBinds#canBind}), the statement text is built once
 * per chunk from identifiers and cast types rendered by jOOQ, and the values are bound straight to a JDBC
 * {@link PreparedStatement}: rendering thousands of jOOQ bind values per statement cost more than the
 * database's work on the smaller tables (measured in {@code FromValuesUpdateBenchmark}). Such statements
 * run on the transaction's JDBC connection, so JDBC-level wrappers see them and jOOQ {@code
 * ExecuteListener}s do not. Other column types keep the statement built and bound by jOOQ.
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
        List<Field<?>> all = new ArrayList<>(keys);
        all.addAll(set);
        RowValidator.validate(rows, all, keys, dsl.dialect());
        int perStatement = Columns.rowsPerStatement(options.chunkSize(), all.size());
        boolean postgres = dsl.dialect().family() == SQLDialect.POSTGRES;
        boolean direct = DirectBinds.canBind(all);
        return ChunkRunner.run(
                dsl,
                "updateFromValues on " + table.getName(),
                rows.size(),
                perStatement,
                options.atomicity(),
                options.progress(),
                (tx, index) -> {
                    List<? extends R> part =
                            rows.subList(index * perStatement, Math.min(rows.size(), (index + 1) * perStatement));
                    return direct
                            ? executeDirect(tx, table, part, keys, set, all, postgres)
                            : execute(tx, table, part, keys, set, all, postgres);
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
        DataType<?>[] types = new DataType<?>[all.size()];
        for (int c = 0; c < types.length; c++) {
            types[c] = ExactBinding.of(all.get(c)); // java.time values as they are, not through java.sql types
        }
        for (int r = 0; r < valueRows.length; r++) {
            Field<?>[] cells = new Field<?>[all.size()];
            for (int c = 0; c < cells.length; c++) {
                Field<?> column = all.get(c);
                Field<?> cell = val(part.get(r).get(column), types[c]);
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

    private static <R extends Record> int executeDirect(
            DSLContext tx,
            Table<R> table,
            List<? extends R> part,
            List<Field<?>> keys,
            List<Field<?>> set,
            List<Field<?>> all,
            boolean postgres) {
        String sql = directSql(tx, table, part.size(), keys, set, all, postgres);
        int width = all.size();
        int[] positions = new int[width];
        int[] sqlTypes = new int[width];
        for (int c = 0; c < width; c++) {
            positions[c] = table.indexOf(all.get(c));
            sqlTypes[c] = DirectBinds.nullType(all.get(c));
        }
        return tx.connectionResult(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                int index = 1;
                for (R row : part) {
                    for (int c = 0; c < width; c++) {
                        int p = positions[c];
                        Field<?> column = all.get(c);
                        // by position (no field lookup) when the row has the table's layout, as records of it do
                        Object value = p < row.size() && row.field(p) == column ? row.get(p) : row.get(column);
                        DirectBinds.bind(ps, index++, sqlTypes[c], value);
                    }
                }
                return ps.executeUpdate();
            }
        });
    }

    /**
     * The statement for {@code rows} rows, with {@code ?} for every value. Identifiers and cast types come
     * from jOOQ (quoting, dialect type names); only the repetition of the row tuples is done here.
     */
    static String directSql(
            DSLContext tx,
            Table<?> table,
            int rows,
            List<Field<?>> keys,
            List<Field<?>> set,
            List<Field<?>> all,
            boolean postgres) {
        String target = tx.render(table);
        String alias = tx.render(name(ALIAS));
        StringBuilder sql = new StringBuilder(64 + rows * (all.size() * 3 + 4) + all.size() * 40);
        StringBuilder assignments = new StringBuilder();
        for (Field<?> c : set) {
            if (assignments.length() > 0) {
                assignments.append(", ");
            }
            String column = tx.render(name(c.getName()));
            assignments.append(column).append(" = ").append(alias).append('.').append(column);
        }
        StringBuilder join = new StringBuilder();
        for (Field<?> k : keys) {
            if (join.length() > 0) {
                join.append(" and ");
            }
            String column = tx.render(name(k.getName()));
            join.append(target)
                    .append('.')
                    .append(column)
                    .append(" = ")
                    .append(alias)
                    .append('.')
                    .append(column);
        }
        StringBuilder columnNames = new StringBuilder();
        for (Field<?> c : all) {
            if (columnNames.length() > 0) {
                columnNames.append(", ");
            }
            columnNames.append(tx.render(name(c.getName())));
        }
        sql.append(postgres ? "update " : "merge into ").append(target);
        if (postgres) {
            sql.append(" set ").append(assignments).append(" from");
        } else {
            sql.append(" using");
        }
        sql.append(" (values ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int c = 0; c < all.size(); c++) {
                if (c > 0) {
                    sql.append(", ");
                }
                if (r == 0) {
                    // the first row's casts give the VALUES columns their types; later rows follow them
                    sql.append("cast(? as ")
                            .append(all.get(c).getDataType().getCastTypeName(tx.configuration()))
                            .append(')');
                } else {
                    sql.append('?');
                }
            }
            sql.append(')');
        }
        sql.append(postgres ? ") as " : ") ")
                .append(alias)
                .append(" (")
                .append(columnNames)
                .append(')');
        if (postgres) {
            sql.append(" where ").append(join);
        } else {
            sql.append(" on ")
                    .append(join)
                    .append(" when matched then update set ")
                    .append(assignments);
        }
        return sql.toString();
    }

    private static Field<?> ref(Field<?> column) {
        return field(name(ALIAS, column.getName()), column.getDataType());
    }

    @SuppressWarnings("unchecked")
    private static <T> Condition eq(Field<T> column, Field<?> other) {
        return column.eq((Field<T>) other);
    }
}
