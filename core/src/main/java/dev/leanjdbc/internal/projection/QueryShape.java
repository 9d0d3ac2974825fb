package dev.leanjdbc.internal.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.Condition;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectJoinStep;
import org.jooq.SelectLimitStep;
import org.jooq.impl.DSL;

/** The WHERE, ORDER BY and LIMIT of a projection or subset query; immutable. */
public record QueryShape(List<Condition> conditions, List<OrderField<?>> order, int limit) {

    public static final QueryShape EMPTY = new QueryShape(List.of(), List.of(), 0);

    public QueryShape where(Condition... more) {
        List<Condition> all = new ArrayList<>(conditions);
        for (Condition c : more) {
            if (c == null) {
                throw new IllegalArgumentException("condition must not be null");
            }
            all.add(c);
        }
        return new QueryShape(List.copyOf(all), order, limit);
    }

    public QueryShape orderBy(OrderField<?>... more) {
        List<OrderField<?>> all = new ArrayList<>(order);
        all.addAll(Arrays.asList(more));
        return new QueryShape(conditions, List.copyOf(all), limit);
    }

    public QueryShape limit(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("limit must be > 0, was " + n);
        }
        return new QueryShape(conditions, order, n);
    }

    public <R extends Record> ResultQuery<R> apply(SelectJoinStep<R> select) {
        SelectLimitStep<R> ordered = select.where(DSL.and(conditions)).orderBy(order);
        return limit > 0 ? ordered.limit(limit) : ordered;
    }
}
