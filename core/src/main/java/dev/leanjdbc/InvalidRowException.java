package dev.leanjdbc;

/**
 * A row handed to a bulk operation that cannot be written: a null key, a null in a {@code NOT NULL}
 * column, a value longer or wider than its column. Raised before any SQL is sent, so nothing was written.
 */
public final class InvalidRowException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int rowIndex;
    private final String column;

    /** Made by leanjdbc (see {@code ApiAccess}); not public, so fields can be added. */
    InvalidRowException(int rowIndex, String column, String problem) {
        super("row " + rowIndex + ", column " + column + ": " + problem + " (nothing was written)");
        this.rowIndex = rowIndex;
        this.column = column;
    }

    /** 0-based position of the row in the collection passed in. */
    public int rowIndex() {
        return rowIndex;
    }

    /** Name of the offending column. */
    public String column() {
        return column;
    }
}
