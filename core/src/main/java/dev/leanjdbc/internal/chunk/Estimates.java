package dev.leanjdbc.internal.chunk;

import dev.leanjdbc.ChunkOptions.Estimate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** The total reported to progress callbacks, taken once before the first chunk. */
final class Estimates {

    private Estimates() {}

    static long estimate(DSLContext dsl, Table<?> table, Condition condition, Estimate estimate) {
        return switch (estimate) {
            case NONE -> -1;
            case COUNT -> dsl.fetchCount(table, condition);
            case STATISTICS -> statistics(dsl, table);
        };
    }

    private static long statistics(DSLContext dsl, Table<?> table) {
        // Unqualified: the name resolves through the connection's search path / current schema, as the
        // chunk queries do.
        Object n = switch (dsl.dialect().family()) {
            case POSTGRES ->
                dsl.fetchValue(
                        "select reltuples::bigint from pg_class where oid = to_regclass({0})",
                        DSL.inline(table.getName()));
            case H2 ->
                dsl.fetchValue(
                        "select row_count_estimate from information_schema.tables"
                                + " where table_name = {0} and table_schema = current_schema",
                        DSL.inline(table.getName()));
            // InnoDB's estimate from sampled pages (exact after ANALYZE TABLE on small tables).
            case MARIADB, MYSQL ->
                dsl.fetchValue(
                        "select table_rows from information_schema.tables"
                                + " where table_name = {0} and table_schema = database()",
                        DSL.inline(table.getName()));
            default -> null;
        };
        return n instanceof Number num && num.longValue() >= 0 ? num.longValue() : -1;
    }
}
