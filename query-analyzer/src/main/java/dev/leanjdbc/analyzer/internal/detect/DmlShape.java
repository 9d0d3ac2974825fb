package dev.leanjdbc.analyzer.internal.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of a simple INSERT or UPDATE fingerprint that the detectors compare: its table, the columns an
 * INSERT lists, the columns an UPDATE sets to a placeholder and the columns its WHERE compares with {@code =
 * ?}. A fingerprint of another form (subqueries, expressions in {@code set}, {@code or} in the condition)
 * parses to {@link #NONE}; quoted names lose their quotes.
 */
record DmlShape(String table, List<String> insertColumns, List<String> setColumns, List<String> keyColumns) {

    static final DmlShape NONE = new DmlShape(null, List.of(), List.of(), List.of());

    static DmlShape of(String fingerprint) {
        try {
            if (fingerprint.startsWith("insert into ")) {
                return insert(fingerprint);
            }
            if (fingerprint.startsWith("update ")) {
                return update(fingerprint);
            }
            if (fingerprint.startsWith("delete from ")) {
                return new DmlShape(name(fingerprint.substring(12).split(" ", 2)[0]), List.of(), List.of(), List.of());
            }
        } catch (RuntimeException e) {
            return NONE; // a shape this small parser does not know
        }
        return NONE;
    }

    /** An UPDATE that only sets columns to bind values, of rows picked by key equalities. */
    boolean simpleKeyedUpdate() {
        return table != null && !setColumns.isEmpty() && !keyColumns.isEmpty();
    }

    private static DmlShape insert(String fp) {
        String rest = fp.substring(12);
        int open = rest.indexOf('(');
        int values = rest.indexOf(" values");
        if (open < 0 || values < 0 || open > values) {
            return new DmlShape(name(rest.split("[ (]", 2)[0]), List.of(), List.of(), List.of());
        }
        String table = name(rest.substring(0, open).trim());
        int close = rest.lastIndexOf(')', values);
        List<String> cols = new ArrayList<>();
        for (String c : rest.substring(open + 1, close).split(",")) {
            cols.add(name(c.trim()));
        }
        return new DmlShape(table, List.copyOf(cols), List.of(), List.of());
    }

    private static DmlShape update(String fp) {
        String rest = fp.substring(7);
        int set = rest.indexOf(" set ");
        int where = rest.indexOf(" where ");
        if (set < 0 || where < set) {
            return NONE;
        }
        String table = name(rest.substring(0, set).trim());
        List<String> sets = new ArrayList<>();
        for (String part : rest.substring(set + 5, where).split(", ")) {
            String[] kv = part.split(" = ");
            if (kv.length != 2 || !kv[1].trim().equals("?") || kv[0].contains("(")) {
                return new DmlShape(table, List.of(), List.of(), List.of());
            }
            sets.add(name(kv[0].trim()));
        }
        List<String> keys = new ArrayList<>();
        for (String part : rest.substring(where + 7).split(" and ")) {
            String[] kv = part.split(" = ");
            if (kv.length != 2 || !kv[1].trim().equals("?") || kv[0].contains("(") || kv[0].contains(" ")) {
                return new DmlShape(table, List.of(), List.copyOf(sets), List.of());
            }
            keys.add(name(kv[0].trim()));
        }
        return new DmlShape(table, List.of(), List.copyOf(sets), List.copyOf(keys));
    }

    /** {@code "public"."Visits"} → {@code visits}: unquoted, without schema, lower case. */
    private static String name(String raw) {
        String n = raw.replace("\"", "").replace("`", "");
        int dot = n.lastIndexOf('.');
        return (dot < 0 ? n : n.substring(dot + 1)).toLowerCase(Locale.ROOT);
    }
}
