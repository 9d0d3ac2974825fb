package dev.leanjdbc.analyzer.internal.sql;

import static dev.leanjdbc.analyzer.StatementKind.CALL;
import static dev.leanjdbc.analyzer.StatementKind.DDL;
import static dev.leanjdbc.analyzer.StatementKind.DELETE;
import static dev.leanjdbc.analyzer.StatementKind.INSERT;
import static dev.leanjdbc.analyzer.StatementKind.MERGE;
import static dev.leanjdbc.analyzer.StatementKind.OTHER;
import static dev.leanjdbc.analyzer.StatementKind.SELECT;
import static dev.leanjdbc.analyzer.StatementKind.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.StatementKind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqlShapeTest {

    static Stream<Arguments> trickyStatements() {
        return Stream.of(
                // literals
                row("SELECT * FROM t WHERE id = 42", "select * from t where id = ?", SELECT),
                row("select * from t where id = -42", "select * from t where id = ?", SELECT),
                row("select a - 1 from t", "select a - ? from t", SELECT),
                row("SELECT -1, - 2.5", "select ?, ?", SELECT),
                row("select (+-1), - -a, a - -1", "select (?), - - a, a - ?", SELECT),
                row(
                        "select * from t where a = -? and b = -'5' and c = +$1",
                        "select * from t where a = ? and b = ? and c = ?",
                        SELECT),
                row(
                        "select (a) - 1, t.\"x\" -1, f(x) -1, arr[1] - 1",
                        "select (a) - ?, t.\"x\" - ?, f(x) - ?, arr[?] - ?",
                        SELECT),
                row("select a-1, b+-2 from t", "select a - ?, b + ? from t", SELECT),
                row(
                        "select * from t where a=-1 and b<>-2 and c>=+3",
                        "select * from t where a = ? and b <> ? and c >= ?",
                        SELECT),
                row("select a|-1, b @- 2, c+-+-3 from t", "select a |- ?, b @- ?, c + ? from t", SELECT),
                row("select 1.5, .5, 5., 1e10, 1.5E-3, 2e+7 from t", "select ?, ?, ?, ?, ?, ? from t", SELECT),
                row("select 0x1F, 0XfF, 1_000_000 from t", "select ?, ?, ? from t", SELECT),
                row("select 'it''s', 'x' from t", "select ?, ? from t", SELECT),
                row("select E'it\\'s \\\\', e'' from t", "select ?, ? from t", SELECT),
                row("select X'1F', B'0101', N'national', U&'d\\0061t' from t", "select ?, ?, ?, ? from t", SELECT),
                row("select $$it's $ a body$$, $fn$ $$ nested $fn$", "select ?, ?", SELECT),
                row("select $a$x$b$y$a$", "select ?", SELECT),
                row("select true, FALSE, Null from t", "select true, false, null from t", SELECT),
                row("select t1.a, T1.\"MixedCase\" from t1", "select t1.a, t1.\"MixedCase\" from t1", SELECT),
                row("select \"a \"\" b\", `back``tick` from t", "select \"a \"\" b\", `back``tick` from t", SELECT),
                row(
                        "select a::int, b :: text, c::numeric(10,2) from t",
                        "select a::int, b::text, c::numeric(?, ?) from t",
                        SELECT),
                row("select count( * ), max(x) FROM t", "select count(*), max(x) from t", SELECT),
                row("select * from t where a = $1 and b = $2", "select * from t where a = ? and b = ?", SELECT),
                row("select * from t where a = ? and b = ?", "select * from t where a = ? and b = ?", SELECT),
                row("select data ?? 'key' from t", "select data ?? ? from t", SELECT),
                row("select x from t where a between -1 and +2", "select x from t where a between ? and ?", SELECT),
                row(
                        "select case when a > 0 then -1 else 1 end from t",
                        "select case when a > ? then ? else ? end from t",
                        SELECT),
                // lists
                row("select * from t where id in (1, 2, 3)", "select * from t where id in (?)", SELECT),
                row("select * from t where id IN (?,?,?,?)", "select * from t where id in (?)", SELECT),
                row("select * from t where id in (?)", "select * from t where id in (?)", SELECT),
                row("select * from t where id not in ('a', 'b', -3)", "select * from t where id not in (?)", SELECT),
                row(
                        "select * from t where id in (select id from u)",
                        "select * from t where id in (select id from u)",
                        SELECT),
                row(
                        "select * from t where (a, b) in ((1, 2), (3, 4))",
                        "select * from t where (a, b) in ((?, ?), (?, ?))",
                        SELECT),
                row("select * from t where id in (1, a)", "select * from t where id in (?, a)", SELECT),
                row(
                        "select * from t where id = any(array[1, 2, 3])",
                        "select * from t where id = any (array[?])",
                        SELECT),
                row(
                        "insert into t (a, b) values (1, 'x'), (2, 'y'), (3, 'z')",
                        "insert into t(a, b) values (?, ?)",
                        INSERT),
                row("insert into t values (?, ?), (?, ?)", "insert into t values (?, ?)", INSERT),
                row("insert into t values (1, now()), (2, 3)", "insert into t values (?, now()), (?, ?)", INSERT),
                row("values (1), (2), (3)", "values (?)", SELECT),
                // whitespace, case, comments, semicolons
                row("  SELECT\n\t*\r\n FROM   T  ", "select * from t", SELECT),
                row("select 1;", "select ?", SELECT),
                row("select 1 ; ; ", "select ?", SELECT),
                row("select 1; select 2;", "select ?; select ?", SELECT),
                row("-- leading\nselect 1 -- trailing", "select ?", SELECT),
                row("/* a /* nested */ still comment */ select /*+ hint */ a from t", "select a from t", SELECT),
                row("select a/**/from t", "select a from t", SELECT),
                row("select 1 /* unterminated", "select ?", SELECT),
                row("select 'unterminated", "select ?", SELECT),
                row("select \"unterminated", "select \"unterminated", SELECT),
                row("select $tag$ unterminated", "select ?", SELECT),
                row("select $ lone, a$b from t", "select $ lone, a$b from t", SELECT),
                row("select '--not a comment', '/*' from t", "select ?, ? from t", SELECT),
                row("select * from café WHERE naïve = 'ü'", "select * from café where naïve = ?", SELECT),
                // kinds
                row("((select 1))", "((select ?))", SELECT),
                row("(select 1) union (select 2)", "(select ?) union (select ?)", SELECT),
                row("/* c */ -- d\n  ( SELECT 1 )", "(select ?)", SELECT),
                row("select * from t where id = 1 for update", "select * from t where id = ? for update", SELECT),
                row("select * from t for update skip locked", "select * from t for update skip locked", SELECT),
                row("with x as (select 1) select * from x", "with x as (select ?) select * from x", SELECT),
                row(
                        "with recursive r(n) as (select 1 union all select n + 1 from r) select * from r",
                        "with recursive r(n) as (select ? union all select n + ? from r) select * from r",
                        SELECT),
                row(
                        "WITH a AS (SELECT 1), b AS MATERIALIZED (SELECT 2) INSERT INTO t SELECT * FROM a",
                        "with a as (select ?), b as materialized (select ?) insert into t select * from a",
                        INSERT),
                row(
                        "with x as (select id from t) update t set a = 1 from x",
                        "with x as (select id from t) update t set a = ? from x",
                        UPDATE),
                row("with x as (select 1) delete from t", "with x as (select ?) delete from t", DELETE),
                row(
                        "with d as (delete from t where a < 0 returning *) select * from d",
                        "with d as (delete from t where a < ? returning *) select * from d",
                        DELETE),
                row(
                        "with update as (select 1) select * from update",
                        "with update as (select ?) select * from update",
                        SELECT),
                row("insert into t(a) values (1) returning id", "insert into t(a) values (?) returning id", INSERT),
                row(
                        "select id from final table (insert into t(a) values (1))",
                        "select id from final table (insert into t(a) values (?))",
                        INSERT),
                row(
                        "select * from old table (delete from t where a = 1)",
                        "select * from old table (delete from t where a = ?)",
                        DELETE),
                row(
                        "select * from new table (update t set a = 1)",
                        "select * from new table (update t set a = ?)",
                        UPDATE),
                row("update t set a = 1 where b = 2", "update t set a = ? where b = ?", UPDATE),
                row("delete from t where id = 7", "delete from t where id = ?", DELETE),
                row(
                        "merge into t using s on t.id = s.id when matched then update set a = s.a",
                        "merge into t using s on t.id = s.id when matched then update set a = s.a",
                        MERGE),
                row("MERGE INTO t KEY (id) VALUES (1, 'a')", "merge into t key (id) values (?, ?)", MERGE),
                row("upsert into t values (1)", "upsert into t values (?)", MERGE),
                row("replace into t values (1)", "replace into t values (?)", MERGE),
                row("create table t (id int primary key)", "create table t(id int primary key)", DDL),
                row("ALTER TABLE t ADD COLUMN c varchar(20)", "alter table t add column c varchar(?)", DDL),
                row("drop table if exists t cascade", "drop table if exists t cascade", DDL),
                row("truncate t", "truncate t", DDL),
                row("comment on table t is 'x'", "comment on table t is ?", DDL),
                row("grant select on t to bob", "grant select on t to bob", DDL),
                row("revoke all on t from bob", "revoke all on t from bob", DDL),
                row("rename table a to b", "rename table a to b", DDL),
                row("call p(1, ?)", "call p(?, ?)", CALL),
                row("{call p(?)}", "{call p(?)}", CALL),
                row("{ ? = call f(?, 'x') }", "{? = call f(?, ?)}", CALL),
                row("table t", "table t", SELECT),
                row("show search_path", "show search_path", SELECT),
                row("explain select * from t", "explain select * from t", OTHER),
                row("explain analyze delete from t", "explain analyze delete from t", DELETE),
                row(
                        "EXPLAIN (ANALYZE, BUFFERS) UPDATE t SET a = 1",
                        "explain (analyze, buffers) update t set a = ?",
                        UPDATE),
                row("explain (analyze false) delete from t", "explain (analyze false) delete from t", OTHER),
                row("explain analyze select 1", "explain analyze select ?", SELECT),
                row(
                        "insert into t values (1) on conflict (id) do update set a = excluded.a",
                        "insert into t values (?) on conflict (id) do update set a = excluded.a",
                        INSERT),
                row(
                        "select * from final table (merge into t key (id) values (1))",
                        "select * from final table (merge into t key (id) values (?))",
                        MERGE),
                row(
                        "with i as (insert into t values (1) returning id) select id from i",
                        "with i as (insert into t values (?) returning id) select id from i",
                        INSERT),
                row(
                        "explain analyze with x as (select 1) delete from t",
                        "explain analyze with x as (select ?) delete from t",
                        DELETE),
                row("explain analyze verbose update t set a = 1", "explain analyze verbose update t set a = ?", UPDATE),
                row("EXPLAIN PLAN FOR SELECT 1", "explain plan for select ?", OTHER),
                row("(values (1))", "(values (?))", SELECT),
                row("/*+ IndexScan(t) */ UPDATE t SET a = -1", "update t set a = ?", UPDATE),
                row(
                        "select * from t where d = {d '2024-01-31'} and ts < {ts '2024-01-31 10:00:00'}",
                        "select * from t where d = {d ?} and ts < {ts ?}",
                        SELECT),
                row("select {fn ucase(name)} from t", "select {fn ucase(name)} from t", SELECT),
                row("select now() - interval '1 day', date '2024-01-01'", "select now() - interval ?, date ?", SELECT),
                row(
                        "select data->>'name', data#>'{a,b}', tags ??| array['x'] from t",
                        "select data ->> ?, data #> ?, tags ??| array[?] from t",
                        SELECT),
                row("select * from t where x<-1", "select * from t where x < ?", SELECT),
                row(
                        "select * from t order by id fetch first 10 rows only",
                        "select * from t order by id fetch first ? rows only",
                        SELECT),
                row(
                        "select o1_0.id,o1_0.total from orders o1_0 where o1_0.customer_id=? limit ? offset ?",
                        "select o1_0.id, o1_0.total from orders o1_0 where o1_0.customer_id = ? limit ? offset ?",
                        SELECT),
                row("SELECT * FROM T WHERE NAME = 'C:\'", "select * from t where name = ?", SELECT),
                row("begin", "begin", OTHER),
                row("vacuum analyze t", "vacuum analyze t", OTHER),
                row("analyze t", "analyze t", OTHER),
                row("COMMIT", "commit", OTHER),
                row("set search_path = public", "set search_path = public", OTHER),
                row("copy t from stdin", "copy t from stdin", OTHER),
                row("do $$ begin perform 1; end $$", "do ?", OTHER),
                row("", "", OTHER),
                row("   -- only a comment", "", OTHER),
                row(";", "", OTHER));
    }

    private static Arguments row(String sql, String fingerprint, StatementKind kind) {
        return Arguments.of(sql, fingerprint, kind);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("trickyStatements")
    void fingerprintAndKindOfTrickyStatements(String sql, String fingerprint, StatementKind kind) {
        SqlShape shape = SqlShape.of(sql);

        assertThat(shape.fingerprint()).isEqualTo(fingerprint);
        assertThat(shape.kind()).isEqualTo(kind);
        assertThat(SqlShape.of(fingerprint).fingerprint()).as("idempotent").isEqualTo(fingerprint);
        assertThat(shape.fingerprintId()).isEqualTo(SqlShape.of(fingerprint).fingerprintId());
    }

    @Test
    void sameQueryWithDifferentLiteralsOrBindsHasTheSameFingerprint() {
        SqlShape literals = SqlShape.of("SELECT name FROM customer WHERE id IN (1, 2, 3) AND city = 'Oslo'");
        SqlShape binds = SqlShape.of("select  name from customer where id in (?, ?) and city = ?  -- by id");
        SqlShape positional = SqlShape.of("select name from customer where id in ($1) and city = $2;");

        assertThat(literals.fingerprint()).isEqualTo("select name from customer where id in (?) and city = ?");
        assertThat(binds.fingerprint()).isEqualTo(literals.fingerprint());
        assertThat(positional.fingerprint()).isEqualTo(literals.fingerprint());
        assertThat(binds.fingerprintId()).isEqualTo(literals.fingerprintId());
    }

    @Test
    void countsPlaceholdersOfTheOriginalOutsideLiteralsAndComments() {
        SqlShape shape = SqlShape.of("select '?', \"?\", $1, ?? /* ? */ from t where a in (?, ?) -- ?\n and b = ?");

        assertThat(shape.parameterCount()).isEqualTo(3);
        assertThat(shape.literalCount()).as("'?'").isEqualTo(1);
        assertThat(SqlShape.of("{? = call f(?)}").parameterCount()).isEqualTo(2);
    }

    @Test
    void countsEveryInlinedLiteralBeforeListsCollapse() {
        SqlShape shape = SqlShape.of("select -1, 'a', $$b$$, x'0f' from t where id in (1, 2, 3) and ok = true");

        assertThat(shape.literalCount()).isEqualTo(7);
        assertThat(shape.parameterCount()).isZero();
    }

    @Test
    void nullAndEmptyAreOtherWithAnEmptyFingerprint() {
        assertThat(SqlShape.of(null).kind()).isEqualTo(OTHER);
        assertThat(SqlShape.of(null).fingerprint()).isEmpty();
        assertThat(SqlShape.of("").fingerprint()).isEmpty();
        assertThat(SqlShape.of(null).parameterCount()).isZero();
    }

    @Test
    void fingerprintIdIsFnv1aOfTheUtf8Bytes() {
        // reference values of 64-bit FNV-1a: the empty string and "a"
        assertThat(SqlShape.of("").fingerprintId()).isEqualTo(0xcbf29ce484222325L);
        assertThat(SqlShape.fnv1a64Utf8("a")).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(SqlShape.fnv1a64Utf8("é")).isEqualTo(SqlShape.fnv1a64Bytes(new byte[] {(byte) 0xC3, (byte) 0xA9}));
        assertThat(SqlShape.fnv1a64Utf8("𝄞x"))
                .isEqualTo(SqlShape.fnv1a64Bytes("𝄞x".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(SqlShape.fnv1a64Utf8("€"))
                .isEqualTo(SqlShape.fnv1a64Bytes("€".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(SqlShape.fnv1a64Utf8("\uD800x"))
                .isEqualTo(SqlShape.fnv1a64Bytes("?x".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void longFingerprintsAreCutAtTheLimitWithAMarker() {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < 3000; i++) {
            sql.append("column_").append(i).append(", ");
        }
        sql.append("x from t");

        String fingerprint = SqlShape.of(sql.toString()).fingerprint();

        assertThat(fingerprint).hasSize(SqlShape.MAX_FINGERPRINT_LENGTH).startsWith("select column_0, column_1, ");
        assertThat(fingerprint).endsWith("\u2026");
    }

    @Test
    void hugeListsCollapseEvenWhenTheyWouldNotFitTheLimit() {
        StringBuilder sql = new StringBuilder("select * from t where id in (");
        for (int i = 0; i < 100_000; i++) {
            sql.append(i).append(i == 99_999 ? ")" : ", ");
        }
        StringBuilder rows = new StringBuilder("insert into t values ");
        for (int i = 0; i < 100_000; i++) {
            rows.append(i == 0 ? "" : ", ")
                    .append("(")
                    .append(i)
                    .append(", 'name ")
                    .append(i)
                    .append("')");
        }

        assertThat(SqlShape.of(sql.toString()).fingerprint()).isEqualTo("select * from t where id in (?)");
        assertThat(SqlShape.of(sql.toString()).literalCount()).isEqualTo(100_000);
        assertThat(SqlShape.of(rows.toString()).fingerprint()).isEqualTo("insert into t values (?, ?)");
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String fingerprint = SqlShape.of("select \"" + "𝄞".repeat(5000) + "\"").fingerprint();

        assertThat(fingerprint)
                .hasSizeLessThanOrEqualTo(SqlShape.MAX_FINGERPRINT_LENGTH)
                .endsWith("\u2026");
        char beforeMarker = fingerprint.charAt(fingerprint.length() - 2);
        assertThat(Character.isHighSurrogate(beforeMarker)).isFalse();
    }
}
