package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.DataClient;
import java.util.List;

/**
 * The suggested fixes: for each finding the SQL shape, the jOOQ shape and the leanjdbc core call that
 * remove it. Kept together so they read as one consistent voice. When the statements came from Hibernate,
 * MyBatis, Spring's {@code JdbcTemplate} or JDBI, the fix is written in that library's terms instead
 * ({@link ClientFixes}).
 */
final class Fixes {

    private Fixes() {}

    static String nPlusOne(String childFingerprint, Finding.Parent parent) {
        return nPlusOne(childFingerprint, parent, null, false);
    }

    /** What an N+1's fix depends on: the advice repeats as long as the shape and its parent do. */
    private record NPlusOneKey(
            String childFingerprint, String parentColumn, int parentStatement, DataClient client, boolean eager) {}

    private static final TextMemo<NPlusOneKey, String> N_PLUS_ONE = new TextMemo<>(1_024);

    static String nPlusOne(String childFingerprint, Finding.Parent parent, DataClient client, boolean eager) {
        NPlusOneKey key = new NPlusOneKey(
                childFingerprint,
                parent == null ? null : parent.column(),
                parent == null ? 0 : parent.statement(),
                client,
                eager);
        return N_PLUS_ONE.get(key, k -> renderNPlusOne(childFingerprint, parent, client, eager));
    }

    private static String renderNPlusOne(
            String childFingerprint, Finding.Parent parent, DataClient client, boolean eager) {
        // plain text replacement: replaceFirst would compile a regex for every finding of every scope
        int eq = childFingerprint.indexOf(" = ?");
        String inShape = eq < 0
                ? childFingerprint
                : childFingerprint.substring(0, eq) + " in (?)" + childFingerprint.substring(eq + 4);
        String specific = ClientFixes.nPlusOne(
                client, inShape, SelectColumns.of(childFingerprint).table(), parent, eager);
        if (specific != null) {
            return specific;
        }
        String from = parent == null ? "the loop's keys" : "the values of " + parent.column();
        // The join of the fix is built from the driving column: advice on the wrong column would be wrong advice.
        LookupKey key = LookupKey.of(childFingerprint);
        int dot = parent == null ? -1 : parent.column().lastIndexOf('.');
        String join = "";
        String nest =
                "nest the children with `multiset(select(...).from(CHILD).where(CHILD.PARENT_ID.eq(PARENT.ID)))` in the parent query";
        if (key != null && dot > 0) {
            String child = key.table() + "." + key.column();
            join = ": `join " + key.table() + " on " + child + " = " + parent.column() + "`";
            String jooqCondition = upper(child) + ".eq(" + upper(parent.column()) + ")";
            nest = "join them in the parent query with `.join(" + upper(key.table()) + ").on(" + jooqCondition
                    + ")`, or nest them with `multiset("
                    + "select(...).from(" + upper(key.table()) + ").where(" + jooqCondition + "))`";
        }
        return "Fetch the rows for all keys at once. SQL: JOIN this query to the one that produced the keys"
                + (parent == null ? "" : " (statement #" + parent.statement() + ")")
                + join
                + ", or collect " + from + " and run it once as `" + SqlText.abbreviate(inShape, 200)
                + "` (one bind list, or `= any(?)` with an array on PostgreSQL). jOOQ: " + nest
                + ", or `selectFrom(" + (key == null ? "CHILD" : upper(key.table())) + ").where("
                + (key == null ? "CHILD.KEY" : upper(key.table() + "." + key.column()))
                + ".in(keys))`. leanjdbc core: run the single"
                + " query with `Lean.stream(...)`/`Lean.forEach(...)` (constant memory) or"
                + " `Lean.project(Record.class)` for just the columns the page shows.";
    }

    private static String upper(String name) {
        return name.toUpperCase(java.util.Locale.ROOT);
    }

    static String duplicate(DataClient client, boolean merged) {
        String specific = ClientFixes.duplicate(client, merged);
        return specific != null ? specific : duplicate();
    }

    static String duplicate() {
        return "Reuse the first result within the unit of work instead of asking again: keep it in a local"
                + " variable or a request-scoped cache. SQL: nothing to change, the statement is identical. jOOQ:"
                + " keep the `Result` or record you already fetched and pass it on. leanjdbc core: fetch once"
                + " with `Lean.project(Record.class)` and hand the records to the code that needs them.";
    }

    static String projection(String table, List<String> columns) {
        String cols = String.join(", ", columns);
        String t = table == null ? "t" : table;
        String upper = t.toUpperCase(java.util.Locale.ROOT);
        StringBuilder jooqCols = new StringBuilder();
        for (String c : columns) {
            int dot = c.lastIndexOf('.');
            String bare = dot < 0 ? c : c.substring(dot + 1);
            jooqCols.append(jooqCols.length() == 0 ? "" : ", ")
                    .append(upper)
                    .append('.')
                    .append(bare.toUpperCase(java.util.Locale.ROOT));
        }
        return "Select only the columns the code reads. SQL: `select " + cols + " from " + t + " ...` instead of"
                + " every column. jOOQ: `ctx.select(" + jooqCols + ").from(" + upper + ")...` instead of"
                + " `selectFrom(" + upper + ")`. leanjdbc core: `Lean.project(Record.class)` with a record of"
                + " exactly these columns, or `Lean.only(" + jooqCols + ")` to load records holding only these"
                + " fields (reading another one throws instead of silently re-querying).";
    }

    static String rowByRow(StatementKind kind, DataClient client, String table) {
        String specific = ClientFixes.rowByRow(client, kind, table);
        return specific != null ? specific : rowByRow(kind);
    }

    static String rowByRow(StatementKind kind) {
        String sql = kind == StatementKind.DELETE
                ? "`delete from t where <condition>` or `delete from t where id in (?)`"
                : "`update t set c = v.c from (values (?, ?), ...) v(id, c) where t.id = v.id`, or `update t set"
                        + " ... where id in (?)` when every row gets the same values";
        String lean = kind == StatementKind.DELETE
                ? "`Lean.deleteInChunks(T, condition, chunkSize, progress)` (bounded transactions, one"
                        + " statement per chunk)"
                : "`Lean.updateWhere(T, Map.of(T.C, value), condition)` when every row gets the same values,"
                        + " else `Lean.updateFromValues(T, rows, List.of(T.C, ...))` (one `UPDATE ... FROM (VALUES"
                        + " ...)` per chunk)";
        return "Change all rows with one set-based statement, or at least send them as one JDBC batch"
                + " (`addBatch`/`executeBatch`). SQL: " + sql + ". jOOQ: one `ctx."
                + kind.name().toLowerCase(java.util.Locale.ROOT) + "(T)...where(condition)` instead of one per row, or"
                + " `ctx.batch(queries).execute()`. leanjdbc core: " + lean + ".";
    }

    static String unbatchedInsert(DataClient client, boolean generatedKeys, String table) {
        String specific = ClientFixes.unbatchedInsert(client, generatedKeys, table);
        return specific != null ? specific : unbatchedInsert();
    }

    static String unbatchedInsert() {
        return "Send the rows together. SQL: one multi-row `insert into t (...) values (...), (...), ...`, a JDBC"
                + " batch (`addBatch`/`executeBatch`; on PostgreSQL with `reWriteBatchedInserts=true`), or COPY on"
                + " PostgreSQL. jOOQ: `ctx.insertInto(T).columns(...).valuesOfRows(rows).execute()`, or the"
                + " Loader API with `batchAll()`/`bulkAll()`. leanjdbc core: `Lean.insertMany(T, records)` (COPY on"
                + " PostgreSQL, multi-row VALUES elsewhere).";
    }

    static String buffered(DataClient client) {
        String specific = ClientFixes.buffered(client);
        return specific != null ? specific : buffered();
    }

    static String buffered() {
        return "Stream the rows instead of holding them all. On PostgreSQL the driver streams only with a fetch"
                + " size > 0 (`setFetchSize(1000)`), auto-commit off (inside a transaction) and a forward-only"
                + " result; on H2 only with lazy execution (`LAZY_QUERY_EXECUTION=1` on the URL or `SET"
                + " LAZY_QUERY_EXECUTION 1`). SQL: add a `limit` if not every row is needed, or aggregate in the"
                + " database. jOOQ: `ctx.selectFrom(T).fetchSize(1000).fetchStream()` inside `ctx.transaction(...)`."
                + " leanjdbc core: `Lean.stream(query)` or `Lean.forEach(query, row -> ...)`, which set all of this"
                + " and keep memory constant.";
    }

    static String overFetch(DataClient client) {
        String specific = ClientFixes.overFetch(client);
        return specific != null ? specific : overFetch();
    }

    static String overFetch() {
        return "Let the database count or check instead of shipping rows to count them in Java. SQL: `select"
                + " count(*) from ... where ...`, `select exists(select 1 from ... where ...)`, or `limit n` when"
                + " only the first rows matter. jOOQ: `ctx.fetchCount(query)`, `ctx.fetchExists(query)`,"
                + " `.limit(n)`. leanjdbc core: run that query on `Lean.dsl()`; if the rows are needed after all,"
                + " read them with `Lean.forEach(...)`.";
    }

    static String firstRowsOnly(DataClient client) {
        String specific = ClientFixes.firstRowsOnly(client);
        return specific != null ? specific : firstRowsOnly();
    }

    static String firstRowsOnly() {
        return "Ask only for the rows the code reads. SQL: `... order by ... limit n` (`fetch first n rows only`)."
                + " jOOQ: `.limit(n)` or `fetchOne()`/`fetchAny()` for one row. leanjdbc core: run it on"
                + " `Lean.dsl()` with `.limit(n)`; when the code stops at a condition it cannot express in SQL,"
                + " read with `Lean.stream(...)`/`Lean.cursor(...)`, which fetch in batches and stop when the"
                + " stream is closed.";
    }

    static String slow() {
        return "Look at the plan: `explain (analyze, buffers) <statement>` on PostgreSQL, `explain analyze` on H2;"
                + " add the index the filter or join needs, or narrow the query. jOOQ: `ctx.explain(query)`. leanjdbc"
                + " core: for large reads that are slow because they are large, stream with `Lean.stream(...)`, and"
                + " read fewer columns with `Lean.project(Record.class)`.";
    }

    static String literals() {
        return "Bind values as parameters: `PreparedStatement` with `?` instead of concatenating values into the"
                + " SQL text. Every distinct text is parsed and planned anew (plan-cache churn on the server and"
                + " in the driver), and concatenated values are an injection risk. SQL: `... where id = ?`. jOOQ:"
                + " keep the default bind values (`DSL.val(x)`, no `inline(x)` or `DSL.sql(\"... \" + x)`;"
                + " `StatementType.STATIC_STATEMENT` off). leanjdbc core: queries built with jOOQ through `Lean`"
                + " bind by default.";
    }

    static String smallChunks(String operation, int chunkSize) {
        return "Pass a larger chunk size to `Lean." + operation + "(...)`: 1,000 to 10,000 rows per chunk keep"
                + " each transaction and its locks short while the round trips stop mattering (" + chunkSize
                + " rows now). Chunk for lock time, undo size or memory, not per row; docs/bulk.md has the"
                + " measured cost per chunk.";
    }
}
