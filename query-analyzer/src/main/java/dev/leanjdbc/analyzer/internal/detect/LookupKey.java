package dev.leanjdbc.analyzer.internal.detect;

import java.util.Locale;

/**
 * The table and key column a child query of an N+1 looks rows up by: {@code customer} and {@code id} for
 * {@code select ... from customer where id = ?}. Names the foreign key a parent would hold ({@code
 * customer_id}) and the join of a fix. Parsed from the fingerprint; {@code null} when it does not read one
 * table by one {@code column = ?}.
 */
record LookupKey(String table, String column) {

    static LookupKey of(String childFingerprint) {
        return MEMO.get(childFingerprint, LookupKey::parse);
    }

    private static final TextMemo<String, LookupKey> MEMO = new TextMemo<>(1_024);

    private static LookupKey parse(String childFingerprint) {
        String table = SelectColumns.of(childFingerprint).table();
        int where = childFingerprint.indexOf(" where ");
        int eq = where < 0 ? -1 : childFingerprint.indexOf(" = ?", where);
        if (table == null || eq < 0) {
            return null;
        }
        int start = childFingerprint.lastIndexOf(' ', eq - 1) + 1;
        String column = bare(childFingerprint.substring(start, eq));
        return column.isEmpty() || !isName(column) ? null : new LookupKey(bare(table), column);
    }

    /**
     * Whether {@code parentColumn} ({@code orders.customer_id} or {@code customer_id}) is named after this
     * key: {@code <table>_<column>} or {@code <table><column>}, the table also singular ({@code customers}).
     */
    boolean namesForeignKey(String parentColumn) {
        if (parentColumn == null) {
            return false;
        }
        String name = bare(parentColumn).toLowerCase(Locale.ROOT);
        String t = table.toLowerCase(Locale.ROOT);
        String c = column.toLowerCase(Locale.ROOT);
        String singular = t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
        return name.equals(t + "_" + c)
                || name.equals(t + c)
                || name.equals(singular + "_" + c)
                || name.equals(singular + c);
    }

    /** The last part of a possibly qualified, possibly quoted name. */
    static String bare(String name) {
        String n = name.replace("\"", "");
        return n.substring(n.lastIndexOf('.') + 1);
    }

    private static boolean isName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(Character.isLetterOrDigit(ch) || ch == '_' || ch == '$')) {
                return false;
            }
        }
        return true;
    }
}
