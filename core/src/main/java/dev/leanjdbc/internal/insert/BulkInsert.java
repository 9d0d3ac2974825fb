package dev.leanjdbc.internal.insert;

import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;

import dev.leanjdbc.BulkOptions;
import dev.leanjdbc.internal.Loggers;
import dev.leanjdbc.internal.bulk.ChunkRunner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RowN;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many rows in, per dialect: PostgreSQL {@code COPY} when the pgJDBC connection can be unwrapped and no
 * keys are asked for, else multi-row {@code INSERT ... VALUES (...), (...)} with as many rows per statement
 * as the chunk size and the bind-parameter limit allow. Every row is validated before any SQL is sent.
 */
public final class BulkInsert {

    private static final Logger log = LoggerFactory.getLogger(Loggers.BULK);
    private static final boolean PG_DRIVER = pgDriverPresent();

    private BulkInsert() {}

    public static <R extends Record> long insert(
            DSLContext dsl, Table<R> table, List<? extends R> rows, BulkOptions options) {
        if (rows.isEmpty()) {
            return 0;
        }
        String what = "insertMany into " + table.getName();
        List<Field<?>> columns = Columns.setInAnyRow(table, rows, "insertMany");
        RowValidator.validate(rows, columns, List.of(), dsl.dialect());
        boolean copy = options.copyAllowed()
                && dsl.dialect().family() == SQLDialect.POSTGRES
                && PG_DRIVER
                && PgCopy.canCopy(columns);
        String copySql = copy ? PgCopy.sql(dsl, table, columns) : null;
        int perChunk = copy ? options.chunkSize() : Columns.rowsPerStatement(options.chunkSize(), columns.size());
        return ChunkRunner.run(dsl, what, rows.size(), perChunk, options.atomicity(), options.progress(), (tx, i) -> {
            List<? extends R> part = part(rows, i, perChunk);
            if (copy) {
                long copied = tx.connectionResult(c -> PgCopy.copyIfPossible(copySql, c, table, columns, part));
                if (copied >= 0) {
                    return copied;
                }
                log.debug("{}: the connection does not unwrap to pgJDBC's PGConnection; using INSERT", what);
                // no COPY: this part may exceed the bind limit, so split it into INSERTs
                return multiRowInChunks(tx, table, columns, part, options.chunkSize());
            }
            return tx.insertInto(table, columns)
                    .valuesOfRows(valueRows(columns, part))
                    .execute();
        });
    }

    public static <R extends Record, K> List<K> insertReturning(
            DSLContext dsl, Table<R> table, Field<K> key, List<? extends R> rows, BulkOptions options) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Field<K> ownKey = ownField(table, key, "insertManyReturning");
        List<Field<?>> columns = Columns.setInAnyRow(table, rows, "insertManyReturning");
        RowValidator.validate(rows, columns, List.of(), dsl.dialect());
        int perChunk = Columns.rowsPerStatement(options.chunkSize(), columns.size());
        List<K> keys = new ArrayList<>(rows.size());
        ChunkRunner.run(
                dsl,
                "insertManyReturning into " + table.getName(),
                rows.size(),
                perChunk,
                options.atomicity(),
                options.progress(),
                (tx, i) -> {
                    List<K> generated = tx.insertInto(table, columns)
                            .valuesOfRows(valueRows(columns, part(rows, i, perChunk)))
                            .returningResult(ownKey)
                            .fetch(0, ownKey.getType());
                    keys.addAll(generated);
                    return generated.size();
                });
        return keys;
    }

    public static <R extends Record> long upsert(
            DSLContext dsl, Table<R> table, List<? extends R> rows, List<Field<?>> conflictKey, BulkOptions options) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<Field<?>> keys = conflictKey.isEmpty()
                ? Columns.primaryKey(table, "upsertMany")
                : Columns.ofTable(table, conflictKey, "upsertMany");
        List<Field<?>> columns = Columns.setInAnyRow(table, rows, "upsertMany");
        for (Field<?> k : keys) {
            if (!columns.contains(k)) {
                throw new IllegalArgumentException("upsertMany on " + table.getName() + " matches rows on " + keys
                        + " but no row sets key column " + k.getName());
            }
        }
        RowValidator.validate(rows, columns, keys, dsl.dialect());
        Map<Field<?>, Field<?>> updates = new LinkedHashMap<>();
        for (Field<?> c : columns) {
            if (!keys.contains(c)) {
                updates.put(c, excluded(c));
            }
        }
        int perChunk = Columns.rowsPerStatement(options.chunkSize(), columns.size());
        return ChunkRunner.run(
                dsl,
                "upsertMany into " + table.getName(),
                rows.size(),
                perChunk,
                options.atomicity(),
                options.progress(),
                (tx, i) -> {
                    var insert =
                            tx.insertInto(table, columns).valuesOfRows(valueRows(columns, part(rows, i, perChunk)));
                    return updates.isEmpty()
                            ? insert.onConflict(keys).doNothing().execute()
                            : insert.onConflict(keys).doUpdate().set(updates).execute();
                });
    }

    private static <R extends Record> long multiRowInChunks(
            DSLContext tx, Table<R> table, List<Field<?>> columns, List<? extends R> rows, int chunkSize) {
        int per = Columns.rowsPerStatement(chunkSize, columns.size());
        long n = 0;
        for (int i = 0; i < chunks(rows.size(), per); i++) {
            n += tx.insertInto(table, columns)
                    .valuesOfRows(valueRows(columns, part(rows, i, per)))
                    .execute();
        }
        return n;
    }

    static List<RowN> valueRows(List<Field<?>> columns, List<? extends Record> rows) {
        List<RowN> result = new ArrayList<>(rows.size());
        DataType<?>[] types = new DataType<?>[columns.size()];
        for (int c = 0; c < types.length; c++) {
            types[c] = ExactBinding.of(columns.get(c));
        }
        for (Record r : rows) {
            Field<?>[] cells = new Field<?>[columns.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = val(r.get(columns.get(c)), types[c]);
            }
            result.add(row(cells));
        }
        return result;
    }

    private static <K> Field<K> ownField(Table<?> table, Field<K> key, String operation) {
        Field<K> own = key == null ? null : table.field(key);
        if (own == null) {
            throw new IllegalArgumentException(operation + ": " + key + " is not a column of " + table.getName()
                    + "; columns: " + Columns.names(table));
        }
        return own;
    }

    static int chunks(int rows, int perChunk) {
        return (rows + perChunk - 1) / perChunk;
    }

    static <T> List<? extends T> part(List<? extends T> rows, int index, int perChunk) {
        return rows.subList(index * perChunk, Math.min(rows.size(), (index + 1) * perChunk));
    }

    private static boolean pgDriverPresent() {
        try {
            Class.forName("org.postgresql.PGConnection", false, BulkInsert.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
