package dev.leanjdbc;

import dev.leanjdbc.internal.projection.ProjectionMapper;
import dev.leanjdbc.internal.projection.QueryShape;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Table;

/**
 * A validated projection of a table into {@code T}: selects exactly the columns {@code T}'s components
 * name, nothing else. Immutable; each step returns a new query.
 *
 * <p><b>Performance.</b> Only the projected columns cross the wire and are materialised: a 3-column
 * projection of the 16-column {@code orders} table allocates about a quarter of the bytes per row of a
 * full-record fetch (see docs/projections.md). Rows are mapped as they are read, without an intermediate
 * jOOQ {@code Result}.
 */
public final class ProjectionQuery<T> {

    private final DSLContext dsl;
    private final Table<?> table;
    private final ProjectionMapper<T> mapper;
    private final QueryShape shape;

    ProjectionQuery(DSLContext dsl, Table<?> table, ProjectionMapper<T> mapper) {
        this(dsl, table, mapper, QueryShape.EMPTY);
    }

    private ProjectionQuery(DSLContext dsl, Table<?> table, ProjectionMapper<T> mapper, QueryShape shape) {
        this.dsl = dsl;
        this.table = table;
        this.mapper = mapper;
        this.shape = shape;
    }

    /** Adds conditions (combined with AND). */
    public ProjectionQuery<T> where(Condition... conditions) {
        return new ProjectionQuery<>(dsl, table, mapper, shape.where(conditions));
    }

    public ProjectionQuery<T> orderBy(OrderField<?>... order) {
        return new ProjectionQuery<>(dsl, table, mapper, shape.orderBy(order));
    }

    /** At most {@code limit} rows ({@code > 0}). */
    public ProjectionQuery<T> limit(int limit) {
        return new ProjectionQuery<>(dsl, table, mapper, shape.limit(limit));
    }

    /** The selected columns, one per component, in component order. */
    public List<Field<?>> fields() {
        return mapper.fields();
    }

    /**
     * Runs the query and maps every row.
     *
     * @throws org.jooq.exception.DataTypeException when a value does not fit its component (possible only
     *     for a column jOOQ knows no Java type of), naming the row and column
     */
    public List<T> fetch() {
        long[] row = {0};
        return shape.apply(dsl.select(mapper.fields()).from(table))
                .collect(Collectors.mapping(r -> mapper.map(r, row[0]++), Collectors.toList()));
    }

    @Override
    public String toString() {
        return shape.apply(dsl.select(mapper.fields()).from(table)).getSQL();
    }
}
