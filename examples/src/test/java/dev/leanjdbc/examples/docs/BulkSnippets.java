package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.Lean;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/** The code of docs/bulk.md, run by {@link BulkSnippetsTest}. */
final class BulkSnippets {

    private BulkSnippets() {}

    // tag::bulk[]
    static void tidyUp(DataSource dataSource, SQLDialect dialect, LocalDateTime cutoff, List<OrdersRecord> edited) {
        Lean db = Lean.of(dataSource, dialect); // e.g. SQLDialect.POSTGRES

        int held = db.updateWhere(ORDERS, Map.of(ORDERS.STATUS, "HELD"), ORDERS.STATUS.eq("NEW"));
        int gone = db.deleteWhere(ORDERS, ORDERS.STATUS.eq("CANCELLED"));

        long purged = db.deleteInChunks(
                ORDERS,
                ORDERS.PLACED_AT.lt(cutoff),
                5_000,
                (chunk, rows, soFar) -> System.out.printf("chunk %d: %d rows, %d so far%n", chunk, rows, soFar));

        long changed = db.updateFromValues(ORDERS, edited, List.of(ORDERS.STATUS, ORDERS.TOTAL_AMOUNT));
    }
    // end::bulk[]
}
