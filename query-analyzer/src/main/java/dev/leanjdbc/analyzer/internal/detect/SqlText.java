package dev.leanjdbc.analyzer.internal.detect;

/**
 * Small questions asked of normalized fingerprints (lowercase keywords, single spaces, literals as {@code
 * ?}, lists collapsed): each one pass over the text, outside quoted identifiers.
 */
final class SqlText {

    private SqlText() {}

    /** {@code ?} outside quoted identifiers. */
    static int placeholders(String fingerprint) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < fingerprint.length(); i++) {
            char c = fingerprint.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '?' && !quoted) {
                n++;
            }
        }
        return n;
    }

    /** A collapsed value list that may hold many values per execution: {@code in (?)} or {@code any(?)}. */
    static boolean hasSetParameter(String fingerprint) {
        return fingerprint.contains(" in (?)") || fingerprint.contains("any(?)") || fingerprint.contains("any (?)");
    }

    /**
     * An {@code in (...)} list of two or more placeholders that the fingerprinter kept as written because its
     * items are expressions, e.g. jOOQ's {@code in (cast(? as bigint), cast(? as bigint))} on H2.
     */
    static boolean hasMultiValueInList(String fingerprint) {
        int from = 0;
        while (true) {
            int at = fingerprint.indexOf(" in (", from);
            if (at < 0) {
                return false;
            }
            int depth = 0;
            int marks = 0;
            for (int i = at + 4; i < fingerprint.length(); i++) {
                char c = fingerprint.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    break;
                } else if (c == '?') {
                    marks++;
                }
            }
            if (marks >= 2) {
                return true;
            }
            from = at + 4;
        }
    }

    /** {@code = any(?)}: one bound array, many keys. */
    static boolean hasArrayParameter(String fingerprint) {
        return fingerprint.contains("any(?)") || fingerprint.contains("any (?)");
    }

    /**
     * The shape of a page query: ordered, limited, and positioned by an offset or by a bound range on the
     * ordered column ({@code where id > ? order by id limit ?}: keyset), the bind written as {@code ?}, {@code
     * cast(? as ...)} (jOOQ on H2) or {@code ?::type}; row-value ranges ({@code (a, b) > (?, ?)}) count too.
     * Used when value samples cannot tell (sampling off, or the page was larger than the sample).
     */
    static boolean looksLikePaging(String fingerprint) {
        boolean limited = fingerprint.contains(" limit ")
                || fingerprint.contains(" fetch first ")
                || fingerprint.contains(" fetch next ")
                || fingerprint.startsWith("select top ");
        int orderBy = fingerprint.lastIndexOf(" order by ");
        if (!limited || orderBy < 0) {
            return false;
        }
        if (fingerprint.contains(" offset ") || fingerprint.contains(") > (") || fingerprint.contains(") < (")) {
            return true;
        }
        String ordered = orderedColumn(fingerprint, orderBy + " order by ".length());
        for (String op : RANGE_OPERATORS) {
            int from = 0;
            while (true) {
                int at = fingerprint.indexOf(op, from);
                if (at < 0 || at > orderBy) {
                    break;
                }
                from = at + op.length();
                if (boundOperand(fingerprint, from) && sameColumn(columnBefore(fingerprint, at), ordered)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] RANGE_OPERATORS = {" > ", " >= ", " < ", " <= "};

    /** A bind (or a literal the fingerprint turned into one) at {@code i}: {@code ?}, {@code cast(?}, {@code (?}. */
    private static boolean boundOperand(String fp, int i) {
        return fp.startsWith("?", i)
                || fp.startsWith("cast(?", i)
                || fp.startsWith("cast (?", i)
                || fp.startsWith("(?", i);
    }

    /** The token before the operator at {@code end}: {@code "orders"."id"}, {@code o.id} or {@code id}. */
    private static String columnBefore(String fp, int end) {
        int start = end;
        while (start > 0 && fp.charAt(start - 1) != ' ' && fp.charAt(start - 1) != '(') {
            start--;
        }
        return fp.substring(start, end);
    }

    /** The first item of the {@code order by} list starting at {@code i}. */
    private static String orderedColumn(String fp, int i) {
        int end = i;
        while (end < fp.length() && fp.charAt(end) != ' ' && fp.charAt(end) != ',') {
            end++;
        }
        return fp.substring(i, end);
    }

    /** Whether two column references name the same column, ignoring qualifiers and quotes. */
    private static boolean sameColumn(String a, String b) {
        String x = unqualified(a);
        return !x.isEmpty() && x.equals(unqualified(b));
    }

    private static String unqualified(String column) {
        int dot = column.lastIndexOf('.');
        String name = dot < 0 ? column : column.substring(dot + 1);
        return name.replace("\"", "");
    }

    /** The fingerprint cut for one-line messages. */
    static String abbreviate(String fingerprint, int max) {
        return fingerprint.length() <= max ? fingerprint : fingerprint.substring(0, max) + " ...";
    }
}
