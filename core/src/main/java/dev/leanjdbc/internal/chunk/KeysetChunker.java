package dev.leanjdbc.internal.chunk;

import dev.leanjdbc.Chunk;
import dev.leanjdbc.ChunkHandler;
import dev.leanjdbc.ChunkOptions;
import dev.leanjdbc.ChunkSummary;
import dev.leanjdbc.internal.ApiAccess;
import dev.leanjdbc.internal.Failures;
import dev.leanjdbc.internal.LeanOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;

/**
 * Walks a table in key order, one chunk per transaction: {@code where <condition> and key > :last order by
 * key limit :n}. Never OFFSET, whose cost grows with every page; the key must be unique so no row is skipped
 * or repeated at a chunk boundary.
 */
public final class KeysetChunker {

    private KeysetChunker() {}

    public static <R extends Record, K> ChunkSummary<K> run(
            DSLContext dsl,
            Table<R> table,
            TableField<R, K> key,
            int chunkSize,
            Condition where,
            ChunkOptions<K> options,
            ChunkHandler<R> handler) {
        Objects.requireNonNull(table, "table must not be null; pass the table to walk, e.g. ORDERS");
        Objects.requireNonNull(
                key, "key must not be null; pass the table's single-column primary or unique key, e.g. ORDERS.ID");
        Objects.requireNonNull(options, "options must not be null; pass ChunkOptions.defaults()");
        Objects.requireNonNull(handler, "handler must not be null; pass what to do with each chunk, e.g. chunk -> ...");
        if (chunkSize <= 0) {
            throw new IllegalArgumentException(
                    "chunkSize must be > 0, was " + chunkSize + "; use e.g. 1000 to 10000 rows per transaction");
        }
        requireUnique(table, key);
        Condition condition = where == null ? DSL.noCondition() : where;

        K last = options.resumeAfter();
        // core's own statements (the estimate, the chunk queries) are marked; the handler's are not
        LeanOperation operation = LeanOperation.of("forEachChunk", chunkSize);
        LeanOperation outside = operation.enter();
        long estimatedTotal;
        try {
            estimatedTotal = Estimates.estimate(dsl, table, after(condition, key, last), options.estimate());
        } finally {
            LeanOperation.restore(outside);
        }
        long chunks = 0;
        long rows = 0;
        while (true) {
            long number = chunks + 1;
            Condition page = after(condition, key, last);
            Result<R> records;
            boolean[] began = {false};
            try {
                records = dsl.transactionResult(tx -> {
                    began[0] = true;
                    Result<R> r;
                    LeanOperation previous = operation.enter();
                    try {
                        r = tx.dsl()
                                .selectFrom(table)
                                .where(page)
                                .orderBy(key.asc())
                                .limit(chunkSize)
                                .fetch();
                    } finally {
                        LeanOperation.restore(previous);
                    }
                    if (!r.isEmpty()) {
                        handler.handle(new Chunk<>(number, r, tx.dsl()));
                    }
                    return r;
                });
            } catch (RuntimeException e) {
                if (!began[0]) {
                    throw e; // no transaction began: the data source's failure, worded once for all operations
                }
                throw ApiAccess.chunkFailed(
                        "chunk " + number + " over " + table.getName() + " failed and was rolled back; " + rows
                                + " rows in " + chunks + " chunks are committed; resume after " + key.getName()
                                + " = " + last + ": " + Failures.reason(e),
                        number,
                        rows,
                        last,
                        e);
            }
            if (records.isEmpty()) {
                break;
            }
            chunks++;
            rows += records.size();
            last = records.get(records.size() - 1).get(key);
            options.progress().chunkDone(rows, estimatedTotal);
            if (records.size() < chunkSize) {
                break;
            }
        }
        return new ChunkSummary<>(chunks, rows, last);
    }

    private static <K> Condition after(Condition condition, TableField<?, K> key, K last) {
        return last == null ? condition : condition.and(key.gt(last));
    }

    private static void requireUnique(Table<?> table, TableField<?, ?> key) {
        List<UniqueKey<?>> keys = new ArrayList<>();
        if (table.getPrimaryKey() != null) {
            keys.add(table.getPrimaryKey());
        }
        keys.addAll(table.getUniqueKeys());
        for (UniqueKey<?> k : keys) {
            List<? extends TableField<?, ?>> fields = k.getFields();
            if (fields.size() == 1 && fields.get(0).equals(key)) {
                return;
            }
        }
        throw new IllegalArgumentException("key " + key + " must be the single-column primary or unique key of "
                + table.getName() + " (keyset chunks skip or repeat rows on a non-unique key); keys known to jOOQ: "
                + keys);
    }
}
