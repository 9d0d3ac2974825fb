package dev.leanjdbc.internal.projection;

import dev.leanjdbc.SubsetRecord;
import dev.leanjdbc.internal.ApiAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A {@link SubsetRecord} over the jOOQ record of the selected columns. The record's own original/changed
 * bookkeeping says what {@link #store()} writes; what was loaded, the key and the fetch site are shared by
 * all rows of one fetch.
 */
final class SubsetRecordImpl<R extends Record> implements SubsetRecord<R> {

    /** What all rows of one fetch share. */
    record Shape<R extends Record>(
            DSLContext dsl, Table<R> table, List<Field<?>> loaded, List<Field<?>> key, String fetchedAt) {}

    private final Shape<R> shape;
    private final Record row;

    SubsetRecordImpl(Shape<R> shape, Record row) {
        this.shape = shape;
        this.row = row;
        row.changed(false);
    }

    @Override
    public <T> T get(Field<T> column) {
        return row.get(loaded(column));
    }

    @Override
    public <T> SubsetRecord<R> set(Field<T> column, T value) {
        Field<T> own = loaded(column);
        if (shape.key().contains(shape.table().field(own))) {
            throw new IllegalArgumentException("column " + own.getName() + " is part of the primary key of "
                    + shape.table().getName() + "; a subset record is stored by it and cannot change it");
        }
        row.set(own, value);
        return this;
    }

    @Override
    public boolean isLoaded(Field<?> column) {
        return row.field(ownColumn(column)) != null;
    }

    @Override
    public List<Field<?>> loadedFields() {
        return shape.loaded();
    }

    @Override
    public boolean isChanged() {
        return !changes().isEmpty();
    }

    @Override
    public int store() {
        if (shape.key().isEmpty()) {
            throw new UnsupportedOperationException(
                    "table " + shape.table().getName() + " has no primary key; a subset record cannot be stored");
        }
        Map<Field<?>, Object> changes = changes();
        if (changes.isEmpty()) {
            return 0;
        }
        Condition byKey = DSL.noCondition();
        for (Field<?> k : shape.key()) {
            byKey = byKey.and(keyEquals(k));
        }
        int n = shape.dsl().update(shape.table()).set(changes).where(byKey).execute();
        row.changed(false);
        return n;
    }

    @Override
    public Table<R> table() {
        return shape.table();
    }

    @Override
    public String fetchedAt() {
        return shape.fetchedAt();
    }

    @Override
    public String toString() {
        return shape.table().getName() + row.intoMap() + " (subset fetched at " + shape.fetchedAt() + ")";
    }

    /** The loaded columns whose value differs from the one fetched (or last stored). */
    private Map<Field<?>, Object> changes() {
        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        for (Field<?> f : row.fields()) {
            if (row.changed(f) && !Objects.deepEquals(row.original(f), row.get(f))) {
                changes.put(shape.table().field(f), row.get(f));
            }
        }
        return changes;
    }

    private <T> Condition keyEquals(Field<T> key) {
        return key.eq(row.original(row.field(key)));
    }

    private <T> Field<T> loaded(Field<T> column) {
        Field<T> own = ownColumn(column);
        Field<T> inRow = row.field(own);
        if (inRow == null) {
            throw ApiAccess.unloadedColumn(
                    shape.table().getName(),
                    own.getName(),
                    shape.loaded().stream().map(Field::getName).toList(),
                    shape.fetchedAt());
        }
        return inRow;
    }

    private <T> Field<T> ownColumn(Field<T> column) {
        Field<T> own = column == null ? null : shape.table().field(column);
        if (own == null) {
            throw new IllegalArgumentException(
                    column + " is not a column of " + shape.table().getName() + "; columns: "
                            + List.of(shape.table().fields()));
        }
        return own;
    }
}
