package dev.leanjdbc.internal.bulk;

import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;

import dev.leanjdbc.BulkProgress;
import dev.leanjdbc.internal.ApiAccess;
import dev.leanjdbc.internal.Failures;
import dev.leanjdbc.internal.LeanOperation;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UniqueKey;

/** Set-based UPDATE and DELETE: one statement, or keyset chunks of the primary key, one transaction each. */
public final class BulkDml {

    private BulkDml() {}

    public static int deleteWhere(DSLContext dsl, Table<?> table, Condition where) {
        requireNonNull(table, where);
        return dsl.deleteFrom(table).where(where).execute();
    }

    public static int updateWhere(DSLContext dsl, Table<?> table, Map<? extends Field<?>, ?> set, Condition where) {
        requireNonNull(table, where);
        requireSet(table, set);
        return dsl.update(table).set(set).where(where).execute();
    }

    /**
     * Deletes ({@code set == null}) or updates the rows matching {@code where} in chunks of at most {@code
     * chunkSize} primary keys. Each chunk is two statements in one transaction: find the chunk's upper key
     * with {@code select max(pk) from (select pk ... where cond and pk > last order by pk limit n)}, then
     * {@code update/delete ... where cond and pk > last and pk <= upper}. Keyset, not {@code OFFSET}: every
     * chunk costs the same, and rows an update leaves matching {@code where} are not visited again.
     */
    public static long inChunks(
            DSLContext dsl,
            Table<?> table,
            Map<? extends Field<?>, ?> set,
            Condition where,
            int chunkSize,
            BulkProgress progress) {
        requireNonNull(table, where);
        if (set != null) {
            requireSet(table, set);
        }
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunkSize must be > 0, was " + chunkSize);
        }
        if (progress == null) {
            throw new IllegalArgumentException("progress must not be null; use BulkProgress.NONE");
        }
        return chunked(dsl, table, singleColumnKey(table), set, where, chunkSize, progress);
    }

    private static <K> long chunked(
            DSLContext dsl,
            Table<?> table,
            Field<K> pk,
            Map<? extends Field<?>, ?> set,
            Condition where,
            int chunkSize,
            BulkProgress progress) {
        String what = (set == null ? "deleteInChunks on " : "updateInChunks on ") + table.getName();
        Object[] last = {null, null}; // last committed key, this chunk's upper key
        long total = 0;
        int chunk = 0;
        LeanOperation operation = LeanOperation.of(set == null ? "deleteInChunks" : "updateInChunks", chunkSize);
        while (true) {
            boolean[] ran = {false, false}; // started, finished: tells a commit failure from a chunk's
            long n;
            // the marker covers the chunk's statements, not the progress callback (application code)
            LeanOperation outside = operation.enter();
            try {
                n = dsl.transactionResult(cfg -> {
                    ran[0] = true;
                    DSLContext tx = cfg.dsl();
                    @SuppressWarnings("unchecked")
                    Condition after = last[0] == null ? noCondition() : pk.gt((K) last[0]);
                    Table<?> keys = tx.select(pk)
                            .from(table)
                            .where(where)
                            .and(after)
                            .orderBy(pk)
                            .limit(chunkSize)
                            .asTable("chunk_keys");
                    K upper = tx.select(max(keys.field(pk))).from(keys).fetchOne(0, pk.getType());
                    if (upper == null) {
                        ran[1] = true;
                        return -1L;
                    }
                    Condition range = where.and(after).and(pk.le(upper));
                    int affected = set == null
                            ? tx.deleteFrom(table).where(range).execute()
                            : tx.update(table).set(set).where(range).execute();
                    ran[1] = true;
                    last[1] = upper;
                    return (long) affected;
                });
            } catch (RuntimeException e) {
                if (!ran[0]) {
                    throw e; // no transaction began: the data source's failure, worded once for all operations
                }
                String committed = chunk == 0
                        ? "nothing was committed"
                        : "chunks 1.." + chunk + " (" + total + " rows) stay committed; resume with where "
                                + pk.getName() + " > " + last[0];
                throw ApiAccess.chunkFailed(
                        what + " failed " + (ran[1] ? "at commit of" : "in") + " chunk " + (chunk + 1) + " (keys "
                                + (last[0] == null ? "from the first" : "after " + pk.getName() + " = " + last[0])
                                + "); " + committed + ": " + Failures.reason(e),
                        chunk + 1,
                        total,
                        last[0],
                        e);
            } finally {
                LeanOperation.restore(outside);
            }
            if (n < 0) {
                return total;
            }
            last[0] = last[1]; // only a committed chunk moves the resume point
            total += n;
            chunk++;
            progress.chunkDone(chunk, n, total);
        }
    }

    static Field<?> singleColumnKey(Table<?> table) {
        UniqueKey<? extends Record> pk = table.getPrimaryKey();
        if (pk == null || pk.getFields().size() != 1) {
            throw new IllegalArgumentException("chunked DML needs a single-column primary key; table "
                    + table.getName() + " has "
                    + (pk == null ? "none" : pk.getFields().size() + " key columns " + pk.getFields())
                    + "; use updateWhere/deleteWhere for one statement instead");
        }
        return pk.getFields().get(0);
    }

    private static void requireNonNull(Table<?> table, Condition where) {
        if (table == null) {
            throw new IllegalArgumentException("table must not be null; pass the table to change, e.g. ORDERS");
        }
        if (where == null) {
            throw new IllegalArgumentException(
                    "where must not be null; pass DSL.trueCondition() to affect every row of " + table.getName());
        }
    }

    private static void requireSet(Table<?> table, Map<? extends Field<?>, ?> set) {
        if (set == null) {
            throw new IllegalArgumentException("set must not be null; pass the columns to change and their new"
                    + " values, e.g. Map.of(TABLE.COLUMN, value)");
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("no column to set on " + table.getName() + ": set must not be empty");
        }
        for (Field<?> f : set.keySet()) {
            if (table.field(f) == null) {
                throw new IllegalArgumentException("column " + f + " is not a column of " + table.getName());
            }
        }
    }
}
