package dev.leanjdbc;

import dev.leanjdbc.internal.projection.SubsetFetcher;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** First step of a column-subset fetch: the columns are known, the table not yet. See {@link Lean#only}. */
public final class Subset<R extends Record> {

    private final DSLContext dsl;
    private final List<Field<?>> columns;

    Subset(DSLContext dsl, List<Field<?>> columns) {
        this.dsl = dsl;
        this.columns = columns;
    }

    /**
     * @throws IllegalArgumentException if a column is not one of {@code table}'s (listing them)
     */
    public SubsetQuery<R> from(Table<R> table) {
        return new SubsetQuery<>(dsl, SubsetFetcher.of(table, columns));
    }
}
