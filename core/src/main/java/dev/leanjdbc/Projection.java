package dev.leanjdbc;

import dev.leanjdbc.internal.projection.ProjectionMapper;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * First step of a projection: the target type is known, the table not yet. See {@link Lean#project}.
 */
public final class Projection<T> {

    private final DSLContext dsl;
    private final Class<T> type;

    Projection(DSLContext dsl, Class<T> type) {
        this.dsl = dsl;
        this.type = type;
    }

    /**
     * Matches every component of the target type to a column of {@code table} by name and fails now if one
     * has none.
     *
     * @throws IllegalArgumentException naming the component without a column and listing the table's columns
     */
    public ProjectionQuery<T> from(Table<?> table) {
        return new ProjectionQuery<>(dsl, table, ProjectionMapper.of(type, table));
    }
}
