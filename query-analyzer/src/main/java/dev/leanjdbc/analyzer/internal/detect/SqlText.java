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
     * The shape of a page query: ordered, limited, and positioned by a bound range ({@code > ?}: keyset) or
     * an offset. Used when value samples cannot tell (sampling off, or the page was larger than the sample).
     */
    static boolean looksLikePaging(String fingerprint) {
        boolean limited = fingerprint.contains(" limit ")
                || fingerprint.contains(" fetch first ")
                || fingerprint.contains(" fetch next ")
                || fingerprint.startsWith("select top ");
        if (!limited || !fingerprint.contains(" order by ")) {
            return false;
        }
        return fingerprint.contains(" offset ")
                || fingerprint.contains(" > ?")
                || fingerprint.contains(" < ?")
                || fingerprint.contains(" >= ?")
                || fingerprint.contains(" <= ?")
                || fingerprint.contains(") > (")
                || fingerprint.contains(") < (");
    }

    /** The fingerprint cut for one-line messages. */
    static String abbreviate(String fingerprint, int max) {
        return fingerprint.length() <= max ? fingerprint : fingerprint.substring(0, max) + " ...";
    }
}
