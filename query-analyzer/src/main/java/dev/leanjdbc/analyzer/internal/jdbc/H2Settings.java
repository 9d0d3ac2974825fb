package dev.leanjdbc.analyzer.internal.jdbc;

/**
 * Recognizes the H2 statements that change the session's lazy query execution, in any case, after
 * comments ({@code /* tuning *}{@code / SET LAZY_QUERY_EXECUTION TRUE}, {@code -- ...}, {@code // ...}) and
 * as any statement of a multi-statement string. One pass over the text, quoted text skipped.
 */
final class H2Settings {

    private static final String SET = "SET";
    private static final String LAZY = "LAZY_QUERY_EXECUTION";

    private H2Settings() {}

    static boolean changesLazyExecution(String sql) {
        int n = sql.length();
        int i = skipBlanks(sql, 0);
        while (i < n) {
            if (isSetLazy(sql, i)) {
                return true;
            }
            i = nextStatement(sql, i);
            if (i < 0) {
                return false;
            }
            i = skipBlanks(sql, i);
        }
        return false;
    }

    /** {@code SET}, blanks, {@code LAZY_QUERY_EXECUTION} at {@code i}. */
    private static boolean isSetLazy(String sql, int i) {
        if (!sql.regionMatches(true, i, SET, 0, SET.length())) {
            return false;
        }
        int after = i + SET.length();
        int j = skipBlanks(sql, after);
        return j > after && sql.regionMatches(true, j, LAZY, 0, LAZY.length());
    }

    /** The index after the next {@code ;} outside quotes and comments, or -1. */
    private static int nextStatement(String sql, int i) {
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                if (end < 0) {
                    return -1;
                }
                i = end + 1;
            } else if (c == ';') {
                return i + 1;
            } else {
                int skipped = skipComment(sql, i);
                if (skipped < 0) {
                    return -1;
                }
                i = skipped == i ? i + 1 : skipped;
            }
        }
        return -1;
    }

    /** The index after whitespace and comments from {@code i}; {@code sql.length()} at the end. */
    private static int skipBlanks(String sql, int i) {
        int n = sql.length();
        while (i < n) {
            if (Character.isWhitespace(sql.charAt(i))) {
                i++;
                continue;
            }
            int skipped = skipComment(sql, i);
            if (skipped < 0) {
                return n;
            }
            if (skipped == i) {
                return i;
            }
            i = skipped;
        }
        return n;
    }

    /** The index after a comment starting at {@code i}, {@code i} when none starts there, -1 if unterminated. */
    private static int skipComment(String sql, int i) {
        if (i + 1 >= sql.length()) {
            return i;
        }
        char c = sql.charAt(i);
        char d = sql.charAt(i + 1);
        if (c == '/' && d == '*') {
            int end = sql.indexOf("*/", i + 2);
            return end < 0 ? -1 : end + 2;
        }
        if ((c == '-' && d == '-') || (c == '/' && d == '/')) {
            int end = sql.indexOf('\n', i + 2);
            return end < 0 ? sql.length() : end + 1;
        }
        return i;
    }
}
