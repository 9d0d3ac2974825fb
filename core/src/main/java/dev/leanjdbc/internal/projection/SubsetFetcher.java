package dev.leanjdbc.internal.projection;

import dev.leanjdbc.SubsetRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UniqueKey;

/** Resolves the columns of a subset fetch (primary key first) and turns rows into {@link SubsetRecord}s. */
public final class SubsetFetcher<R extends Record> {

    private final Table<R> table;
    private final List<Field<?>> loaded;
    private final List<Field<?>> key;

    private SubsetFetcher(Table<R> table, List<Field<?>> loaded, List<Field<?>> key) {
        this.table = table;
        this.loaded = loaded;
        this.key = key;
    }

    /** @throws IllegalArgumentException if a column is not one of {@code table}'s */
    public static <R extends Record> SubsetFetcher<R> of(Table<R> table, List<? extends Field<?>> columns) {
        if (table == null) {
            throw new IllegalArgumentException("table must not be null; pass the table to read, e.g. ORDERS");
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("only(...) needs at least one column of " + table.getName());
        }
        UniqueKey<R> pk = table.getPrimaryKey();
        List<Field<?>> key = pk == null ? List.of() : List.copyOf(pk.getFields());
        List<Field<?>> loaded = new ArrayList<>(key);
        for (Field<?> c : columns) {
            Field<?> own = c == null ? null : table.field(c);
            if (own == null) {
                throw new IllegalArgumentException("only(...): " + c + " is not a column of " + table.getName()
                        + "; columns: " + List.of(table.fields()));
            }
            if (!loaded.contains(own)) {
                loaded.add(own);
            }
        }
        return new SubsetFetcher<>(table, List.copyOf(loaded), key);
    }

    public List<Field<?>> loaded() {
        return loaded;
    }

    public List<SubsetRecord<R>> fetch(DSLContext dsl, QueryShape shape) {
        var shared = new SubsetRecordImpl.Shape<>(dsl, table, loaded, key, CallSite.capture());
        return shape.apply(dsl.select(loaded).from(table))
                .collect(Collectors.mapping(
                        r -> (SubsetRecord<R>) new SubsetRecordImpl<>(shared, r), Collectors.toList()));
    }

    public String sql(DSLContext dsl, QueryShape shape) {
        return shape.apply(dsl.select(loaded).from(table)).getSQL();
    }
}
