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
     * Matches every component of the target type to a column of {@code table} by name and checks its type,
     * failing now — not on the first row — if a component has no column, is a primitive over a nullable
     * column, or cannot hold every value of its column exactly: a wider integer into a narrower one
     * ({@code bigint} into {@code Integer}), text into a number, one temporal type into another. Lossless
     * widenings ({@code integer} into {@code Long}, anything into {@code String}) are read as such; other
     * mappings need an explicit {@code @FromColumn(converter = ...)}. A record without components is rejected.
     *
     * @throws IllegalArgumentException naming the component, the column, both types and the fix
     */
    public ProjectionQuery<T> from(Table<?> table) {
        return new ProjectionQuery<>(dsl, table, ProjectionMapper.of(type, table));
    }
}
