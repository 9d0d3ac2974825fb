package dev.leanjdbc.analyzer.internal.jdbc;

/** Recognizes the H2 statements that change the session's lazy query execution. */
final class H2Settings {

    private static final String SET_LAZY = "SET LAZY_QUERY_EXECUTION";

    private H2Settings() {}

    static boolean changesLazyExecution(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return sql.regionMatches(true, i, SET_LAZY, 0, SET_LAZY.length());
    }
}
