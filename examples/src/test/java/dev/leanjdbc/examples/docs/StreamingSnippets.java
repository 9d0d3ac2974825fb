package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.jooq.impl.DSL.selectFrom;

import dev.leanjdbc.ChunkOptions;
import dev.leanjdbc.ChunkSummary;
import dev.leanjdbc.Lean;
import dev.leanjdbc.LeanCursor;
import dev.leanjdbc.StreamOptions;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.sql.Connection;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The code of docs/streaming.md, run by {@link StreamingSnippetsTest}. */
final class StreamingSnippets {

    private StreamingSnippets() {}

    // tag::api[]
    record OrderDto(long id, String status) {}

    static void export(Lean db, Connection connection, Consumer<Object> export) {
        // jOOQ query → Stream of records (holds a connection: close it)
        try (Stream<OrdersRecord> s = db.stream(selectFrom(ORDERS).where(ORDERS.STATUS.eq("NEW")))) {
            s.forEach(export);
        }
        // mapped as read (RecordMapper: DTOs, records, ...)
        try (Stream<OrderDto> s = db.stream(selectFrom(ORDERS), r -> new OrderDto(r.getId(), r.getStatus()))) {
            s.forEach(export);
        }
        // callback form: closes itself, also when the action throws
        db.forEach(selectFrom(ORDERS), order -> export.accept(order));
        // cursor form: an Iterator that is AutoCloseable
        try (LeanCursor<OrdersRecord> c = db.cursor(selectFrom(ORDERS))) {
            while (c.hasNext()) {
                export.accept(c.next());
            }
        }
        // plain SQL with ? binds, a ResultSetMapper reads the JDBC row
        try (Stream<Long> ids = db.stream("select id from orders where status = ?", rs -> rs.getLong(1), "NEW")) {
            ids.forEach(export);
        }
        db.forEach("select id from orders where status = ?", rs -> rs.getLong(1), id -> export.accept(id), "NEW");

        // options
        db.streaming(StreamOptions.defaults().withFetchSize(500)).forEach(selectFrom(ORDERS), export);
        // on a connection the caller owns, not in auto-commit (see "When streaming cannot be honoured")
        try (Stream<OrdersRecord> s = db.streaming().on(connection).stream(selectFrom(ORDERS))) {
            s.forEach(export);
        }
    }
    // end::api[]

    // tag::chunks[]
    static ChunkSummary<Long> payTheNewOrders(Lean db, Long lastKeyFromAPreviousRun) {
        ChunkSummary<Long> done = db.forEachChunk(
                ORDERS,
                ORDERS.ID,
                ORDERS.STATUS.eq("NEW"),
                5_000,
                ChunkOptions.<Long>defaults()
                        .withResumeAfter(lastKeyFromAPreviousRun) // null: from the start
                        .withEstimate(ChunkOptions.Estimate.COUNT) // NONE (default), COUNT, STATISTICS
                        .withProgress(
                                (rowsDone, estimatedTotal) -> System.out.println(rowsDone + "/" + estimatedTotal)),
                chunk -> chunk.dsl()
                        .update(ORDERS)
                        .set(ORDERS.STATUS, "PAID")
                        .where(ORDERS.ID.in(chunk.records().getValues(ORDERS.ID)))
                        .execute());
        return done; // done.chunks(), done.rows(), done.lastKey()
    }
    // end::chunks[]
}
