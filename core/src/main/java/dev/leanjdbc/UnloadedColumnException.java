package dev.leanjdbc;

import java.util.List;

/**
 * A column of a {@link SubsetRecord} was read although the query that fetched the record did not load it.
 * leanjdbc never answers such a read with a silent {@code null} or a hidden extra query: add the column to
 * {@link Lean#only} at the fetch site named in the message.
 */
public final class UnloadedColumnException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String column;
    private final String fetchedAt;

    /** Made by leanjdbc (see {@code ApiAccess}); not public, so fields can be added. */
    UnloadedColumnException(String table, String column, List<String> loaded, String fetchedAt) {
        super("column " + table + "." + column + " was not loaded: the record was fetched with only " + loaded + " at "
                + fetchedAt + "; add " + column + " to only(...) there");
        this.column = column;
        this.fetchedAt = fetchedAt;
    }

    /** The column that was read. */
    public String column() {
        return column;
    }

    /** Where the record was fetched: {@code class.method(File.java:line)} of the caller of {@code fetch()}. */
    public String fetchedAt() {
        return fetchedAt;
    }
}
