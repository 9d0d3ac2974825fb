package dev.leanjdbc.analyzer.internal.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the columns of a SELECT from its fingerprint, for messages: {@code orders.customer_id} for the 2nd
 * column of {@code select o.id, o.customer_id from orders o}; {@code null} where the select list does not
 * say ({@code *}, positions past the list). Handles what jOOQ, Spring and hand-written SQL produce: qualified
 * and quoted names, aliases, joins; anything else degrades to {@code null}, never to an exception.
 */
final class SelectColumns {

    private static final Set<String> CLAUSE_END = Set.of(
            "where",
            "group",
            "order",
            "limit",
            "having",
            "union",
            "fetch",
            "offset",
            "for",
            "window",
            "except",
            "intersect");
    private static final Set<String> NOT_ALIAS = Set.of(
            "on", "using", "left", "right", "inner", "outer", "full", "cross", "join", "natural", "lateral", "where");

    private final List<String> items;
    private final Map<String, String> tablesByAlias = new HashMap<>();
    private final List<String> tables = new ArrayList<>();

    private SelectColumns(String fingerprint) {
        List<String> select = List.of();
        if (fingerprint.startsWith("select ")) {
            int from = topLevel(fingerprint, " from ", 7);
            String list = fingerprint.substring(7, from < 0 ? fingerprint.length() : from);
            if (list.startsWith("distinct ")) {
                list = list.substring(9);
            }
            select = split(list, ',');
            if (from >= 0) {
                readFrom(fingerprint.substring(from + 6));
            }
        }
        this.items = select;
    }

    private static final TextMemo<String, SelectColumns> MEMO = new TextMemo<>(1_024);

    /** The parse of {@code fingerprint}; shared (never changed once made). */
    static SelectColumns of(String fingerprint) {
        return MEMO.get(fingerprint, SelectColumns::new);
    }

    /** The single table the query reads, or {@code null} when it reads none or several. */
    String table() {
        return tables.size() == 1 ? tables.get(0) : null;
    }

    /** {@code table.column}, {@code column}, or {@code null} when unknown; {@code column} is 1-based. */
    String name(int column) {
        if (column < 1 || column > items.size()) {
            return null;
        }
        String item = items.get(column - 1).trim();
        int as = topLevel(item, " as ", 0);
        if (as >= 0) {
            return unquote(item.substring(as + 4).trim());
        }
        if (item.endsWith("*") || item.isEmpty()) {
            return null;
        }
        List<String> words = split(item, ' ');
        if (words.size() == 2 && isName(words.get(1))) {
            return unquote(words.get(1)); // expression followed by its alias
        }
        if (words.size() != 1 || !isName(item)) {
            return null;
        }
        List<String> parts = split(item, '.');
        String col = unquote(parts.get(parts.size() - 1));
        String table = null;
        if (parts.size() >= 2) {
            String q = unquote(parts.get(parts.size() - 2));
            table = tablesByAlias.getOrDefault(q, q);
        } else if (tables.size() == 1) {
            table = tables.get(0);
        }
        return table == null ? col : table + "." + col;
    }

    /**
     * {@link #name(int)}; else the driver's label of the column (with the table when the query reads one),
     * for {@code select *}; else {@code column N}.
     */
    String describe(int column, String[] labels) {
        String n = name(column);
        if (n != null) {
            return n;
        }
        String t = table();
        if (labels != null && column >= 1 && column <= labels.length && labels[column - 1] != null) {
            String label = labels[column - 1];
            return t == null ? label : t + "." + label;
        }
        return "column " + column + (t == null ? "" : " of " + t);
    }

    private void readFrom(String rest) {
        List<String> words = split(rest.replace(",", " , "), ' ');
        boolean expectTable = true;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (CLAUSE_END.contains(w) || w.startsWith("(")) {
                return; // end of the from clause; derived tables are not named rather than guessed
            }
            if (w.equals(",") || w.equals("join")) {
                expectTable = true;
            } else if (expectTable && isName(w) && !NOT_ALIAS.contains(w)) {
                List<String> parts = split(w, '.');
                String table = unquote(parts.get(parts.size() - 1));
                tables.add(table);
                tablesByAlias.put(table, table);
                expectTable = false;
                int a = i + 1;
                if (a < words.size() && words.get(a).equals("as")) {
                    a++;
                }
                if (a < words.size()) {
                    String alias = words.get(a);
                    if (isName(alias) && !NOT_ALIAS.contains(alias) && !CLAUSE_END.contains(alias)) {
                        tablesByAlias.put(unquote(alias), table);
                        i = a;
                    }
                }
            }
        }
    }

    private static boolean isName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '"' || c == '$')) {
                return false;
            }
        }
        return true;
    }

    private static String unquote(String s) {
        return s.replace("\"", "");
    }

    /** Index of {@code token} outside parentheses and quotes, from {@code start}; -1 when absent. */
    private static int topLevel(String s, String token, int start) {
        int depth = 0;
        boolean quoted = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && s.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Splits at {@code sep} outside parentheses and quotes. */
    private static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == sep) {
                if (sep != ' ' || i > from) {
                    out.add(s.substring(from, i).trim());
                }
                from = i + 1;
            }
        }
        if (from < s.length()) {
            out.add(s.substring(from).trim());
        }
        return out;
    }
}
