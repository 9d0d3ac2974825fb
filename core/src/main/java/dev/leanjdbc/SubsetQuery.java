package dev.leanjdbc;

import dev.leanjdbc.internal.projection.QueryShape;
import dev.leanjdbc.internal.projection.SubsetFetcher;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;

/**
 * Selects only some columns of a table (plus its primary key) and returns {@link SubsetRecord}s that throw
 * {@link UnloadedColumnException} for the others. Immutable; each step returns a new query.
 */
public final class SubsetQuery<R extends Record> {

    private final DSLContext dsl;
    private final SubsetFetcher<R> fetcher;
    private final QueryShape shape;

    SubsetQuery(DSLContext dsl, SubsetFetcher<R> fetcher) {
        this(dsl, fetcher, QueryShape.EMPTY);
    }

    private SubsetQuery(DSLContext dsl, SubsetFetcher<R> fetcher, QueryShape shape) {
        this.dsl = dsl;
        this.fetcher = fetcher;
        this.shape = shape;
    }

    /** Adds conditions (combined with AND). */
    public SubsetQuery<R> where(Condition... conditions) {
        return new SubsetQuery<>(dsl, fetcher, shape.where(conditions));
    }

    public SubsetQuery<R> orderBy(OrderField<?>... order) {
        return new SubsetQuery<>(dsl, fetcher, shape.orderBy(order));
    }

    /** At most {@code limit} rows ({@code > 0}). */
    public SubsetQuery<R> limit(int limit) {
        return new SubsetQuery<>(dsl, fetcher, shape.limit(limit));
    }

    /** The selected fields: the primary key first, then the requested ones (named as on jOOQ's {@code Select.fields()}). */
    public List<Field<?>> fields() {
        return fetcher.loaded();
    }

    /**
     * Runs the query. The caller's frame is captured once here (one stack walk per fetch, not per row) and
     * named by every {@link UnloadedColumnException} of the returned records.
     */
    public List<SubsetRecord<R>> fetch() {
        return fetcher.fetch(dsl, shape);
    }

    @Override
    public String toString() {
        return fetcher.sql(dsl, shape);
    }
}
