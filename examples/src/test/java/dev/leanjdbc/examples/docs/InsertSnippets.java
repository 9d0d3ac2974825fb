package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.BulkOptions;
import dev.leanjdbc.Lean;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.util.List;

/** The code of docs/inserts.md, run by {@link InsertSnippetsTest} (COPY on PostgreSQL, multi-row INSERT on H2). */
final class InsertSnippets {

    private InsertSnippets() {}

    // tag::inserts[]
    static long copyIn(Lean db, List<OrdersRecord> rows) {
        return db.insertMany(ORDERS, rows); // COPY on PostgreSQL
    }

    static long inChunksOf10000(Lean db, List<OrdersRecord> rows) {
        return db.insertMany(ORDERS, rows, BulkOptions.defaults().withChunkSize(10_000));
    }

    static List<Long> withTheirKeys(Lean db, List<OrdersRecord> rows) {
        return db.insertManyReturning(ORDERS, rows, ORDERS.ID, BulkOptions.defaults());
    }

    static long insertOrUpdate(Lean db, List<OrdersRecord> rows) {
        return db.upsertMany(ORDERS, rows, BulkOptions.defaults()); // on the primary key
    }
    // end::inserts[]
}
