package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.ScopeBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Budgets by route pattern, first match wins: {@code [METHOD ]/path/pattern}, where a segment {@code *} or
 * {@code {name}} matches one path segment and {@code **} any number of them (none included). Examples:
 * {@code /export/**}, {@code GET /orders/{id}}, {@code /reports/*}/csv}.
 *
 * <p><b>Performance.</b> Per request (only when routes are set), the path is split into its segments and
 * compared with each pattern in turn; a few patterns cost well under a microsecond.
 */
public final class RouteBudgets {

    private record Route(String pattern, String method, String[] segments, ScopeBudget budget) {}

    private final List<Route> routes = new ArrayList<>();

    /**
     * Adds a route; {@code pattern} as described above.
     *
     * @throws IllegalArgumentException naming the pattern when it does not start with '/' after an optional
     *     method
     */
    public void add(String pattern, ScopeBudget budget) {
        String p = pattern == null ? "" : pattern.trim();
        String method = null;
        int space = p.indexOf(' ');
        if (space > 0) {
            method = p.substring(0, space).toUpperCase(Locale.ROOT);
            p = p.substring(space + 1).trim();
        }
        if (!p.startsWith("/")) {
            throw new IllegalArgumentException(
                    "route pattern must look like '/export/**' or 'GET /orders/{id}', was '" + pattern + "'");
        }
        String[] segments = p.equals("/") ? new String[0] : p.substring(1).split("/", -1);
        routes.add(new Route(pattern.trim(), method, segments, budget));
    }

    public boolean isEmpty() {
        return routes.isEmpty();
    }

    /** The budget of the first route matching, or {@code null}. */
    public ScopeBudget budget(String method, String path) {
        String[] segments = split(path);
        for (Route r : routes) {
            if ((r.method == null || r.method.equalsIgnoreCase(method)) && matches(r.segments, 0, segments, 0)) {
                return r.budget;
            }
        }
        return null;
    }

    private static String[] split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.isEmpty() ? new String[0] : p.split("/", -1);
    }

    /** The patterns, in order, with their budgets (for messages and tests). */
    public List<String> patterns() {
        return routes.stream().map(Route::pattern).toList();
    }

    /** Whether pattern segments {@code p[i..]} match path segments {@code s[j..]}. */
    private static boolean matches(String[] p, int i, String[] s, int j) {
        if (i == p.length) {
            return j == s.length;
        }
        if (p[i].equals("**")) {
            for (int k = j; k <= s.length; k++) {
                if (matches(p, i + 1, s, k)) {
                    return true;
                }
            }
            return false;
        }
        if (j == s.length) {
            return false;
        }
        boolean one = p[i].equals("*") || (p[i].startsWith("{") && p[i].endsWith("}"));
        return (one || p[i].equals(s[j])) && matches(p, i + 1, s, j + 1);
    }
}
