package dev.leanjdbc.internal;

import dev.leanjdbc.BulkOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Argument checks shared by the bulk entry points. */
public final class Rows {

    private Rows() {}

    /** {@code rows} as a list with its nulls kept (so they can be reported by index), never copied twice. */
    public static <T> List<? extends T> list(Collection<? extends T> rows) {
        if (rows == null) {
            throw new IllegalArgumentException("rows must not be null; pass an empty collection for no rows");
        }
        return rows instanceof List<? extends T> l ? l : new ArrayList<>(rows);
    }

    public static BulkOptions options(BulkOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null; use BulkOptions.defaults()");
        }
        return options;
    }
}
