package dev.leanjdbc;

import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * A row of a table fetched with only some of its columns ({@link Lean#only}), that refuses to answer for
 * the columns it does not have.
 *
 * <pre>{@code
 * List<SubsetRecord<OrdersRecord>> rows = db.only(ORDERS.ID, ORDERS.STATUS).from(ORDERS).where(...).fetch();
 * SubsetRecord<OrdersRecord> r = rows.get(0);
 * r.get(ORDERS.STATUS);                 // loaded
 * r.get(ORDERS.NOTES);                  // UnloadedColumnException naming notes and the fetch call site
 * r.set(ORDERS.STATUS, "SHIPPED").store();   // update orders set status = ? where id = ?
 * }</pre>
 *
 * <p><b>Why a view and not the generated record.</b> jOOQ's {@code Record.get} is final, so a generated
 * {@code OrdersRecord} cannot be made to throw for a column it does not hold; handed out directly, it would
 * answer {@code null} for every unloaded column — indistinguishable from a real {@code NULL} and exactly the
 * silent failure this type exists to prevent. The price is that this is not an {@code OrdersRecord}: code
 * that takes one must be given {@code get(...)} values instead. Unlike Django's {@code .only()} there is
 * never a hidden extra query either.
 *
 * <p>The table's primary key is always loaded (it is what {@link #store()} updates by). Not thread-safe.
 */
public interface SubsetRecord<R extends Record> {

    /**
     * The value of a loaded column.
     *
     * @throws UnloadedColumnException if {@code column} was not loaded
     * @throws IllegalArgumentException if {@code column} is not a column of this table
     */
    <T> T get(Field<T> column);

    /**
     * Changes a loaded column in memory; {@link #store()} writes it.
     *
     * @throws UnloadedColumnException if {@code column} was not loaded (its stored value is unknown here)
     * @throws IllegalArgumentException for a primary key column, or a column not of this table
     */
    <T> SubsetRecord<R> set(Field<T> column, T value);

    /** Whether {@code column} was loaded. */
    boolean isLoaded(Field<?> column);

    /** The loaded columns: the primary key first, then the requested ones. */
    List<Field<?>> loadedFields();

    /** Whether a {@link #set} changed a value since fetching or the last {@link #store()}. */
    boolean isChanged();

    /**
     * Writes the loaded columns whose values changed: {@code update t set <changed> where <pk> = ?}. Sends
     * nothing and returns 0 when nothing changed. Runs in its own statement (auto-commit unless inside a
     * transaction of the caller's jOOQ context).
     *
     * @return rows updated (1, or 0 if the row no longer exists)
     * @throws UnsupportedOperationException if the table has no primary key
     */
    int store();

    /** The table the record is a row of. */
    Table<R> table();

    /** {@code class.method(File.java:line)} of the code that called {@code fetch()}. */
    String fetchedAt();
}
