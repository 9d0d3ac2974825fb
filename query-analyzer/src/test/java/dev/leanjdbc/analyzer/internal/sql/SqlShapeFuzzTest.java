package dev.leanjdbc.analyzer.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Mangles a corpus of real statements a million times with a fixed seed and checks that shaping is total,
 * bounded and stable. A failure prints the offending input in Java escapes, so it can become a table row.
 */
class SqlShapeFuzzTest {
    private static final long SEED = 0x5EEDL;
    private static final int STATEMENTS = 1_000_000;

    private static final String[] CORPUS = {
        "SELECT o.id, o.total FROM orders o WHERE o.customer_id = ? AND o.status IN ('NEW', 'PAID') ORDER BY o.id",
        "select c.name, count(*) from customer c join orders o on o.customer_id = c.id group by c.name having count(*) > 5",
        "INSERT INTO order_line (order_id, product_id, quantity, price) VALUES (?, ?, ?, ?), (?, ?, ?, ?)",
        "insert into t(a, b) values (1, 'x''y'), (-2, E'\\'z') returning id",
        "UPDATE product SET price = price * 1.1e0, name = $$new name$$ WHERE id = $1",
        "delete from orders where created < now() - interval '30 days' and id not in (select order_id from order_line)",
        "with recursive r(n) as (select 1 union all select n + 1 from r where n < 10) select * from r",
        "WITH d AS (DELETE FROM t WHERE a < 0 RETURNING *) INSERT INTO archive SELECT * FROM d",
        "select id from final table (insert into t(a) values (0x1F))",
        "MERGE INTO t KEY (id) VALUES (1, 'a')",
        "merge into t using s on t.id = s.id when matched then update set a = s.a when not matched then insert values (s.id)",
        "{? = call f(?, 'x')}",
        "{call p(?)}",
        "create or replace function f() returns int as $fn$ begin return 1; end $fn$ language plpgsql",
        "/* leading /* nested */ comment */ -- line\n ((select 1))",
        "explain (analyze, buffers) update t set a = a::int + 1",
        "select \"Mixed\".\"Col\", `back` from \"Mixed\" where x = U&'d\\0061t' and y = X'0F' and z = B'01'",
        "select * from t where id = any(array[1, 2, 3]) and data ?? 'key' for update skip locked",
        "select a from t where b between -1.5 and +2e-3 limit 10 offset 20;",
        "SET search_path = public; BEGIN; COMMIT;",
        "select 'ünïcödé', \"𝄞\", naïve from café",
    };

    private static final String[] FRAGMENTS = {
        "'",
        "''",
        "\"",
        "`",
        "/*",
        "*/",
        "/* /*",
        "--",
        "\n",
        "$$",
        "$a$",
        "$tag$",
        "$",
        "$1",
        "E'",
        "e'\\",
        "\\",
        "?",
        "??",
        "(",
        ")",
        "((",
        "[",
        "]",
        "{",
        "}",
        ",",
        ";",
        ".",
        "::",
        ":",
        "-",
        "+-",
        "=-",
        "<>",
        "0x",
        ".5",
        "1e",
        "1e+",
        " in (",
        " values (",
        "), (",
        "with ",
        " as (",
        "select ",
        "final table (",
        "explain analyze ",
        "\0",
        "\u00e9",
        "\uD834\uDD1E",
        "\uD800",
        "\uDC00",
        "\u2028",
        "\uFEFF",
        "\u212A",
        "\u0130",
        "\u2026",
        "U&'",
        "X'",
        "N'",
        "B'",
    };

    @Test
    void aMillionMangledStatementsNeverThrowStayBoundedAndAreStable() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> pool = new ArrayList<>(List.of(CORPUS));
        int truncated = 0;
        for (int i = 0; i < STATEMENTS; i++) {
            String sql = switch (i % 10_000) {
                case 0 -> garbage(random, 20_000);
                case 1 -> mangle(random, List.of(longStatement(random)));
                default -> mangle(random, pool);
            };
            if (i % 97 == 0 && pool.size() < 200 && sql.length() < 300) {
                pool.add(sql); // mangled statements get mangled further
            }
            SqlShape shape = shape(sql);
            String fingerprint = shape.fingerprint();
            if (fingerprint.length() > SqlShape.MAX_FINGERPRINT_LENGTH) {
                fail("fingerprint longer than the limit for " + escape(sql));
            }
            if (fingerprint.endsWith("\u2026") && fingerprint.length() > SqlShape.MAX_FINGERPRINT_LENGTH - 2) {
                truncated++;
                continue;
            }
            SqlShape again = shape(fingerprint);
            if (!again.fingerprint().equals(fingerprint) || again.kind() != shape.kind()) {
                fail("not stable for " + escape(sql) + "\n first:  " + escape(fingerprint) + " " + shape.kind()
                        + "\n second: " + escape(again.fingerprint()) + " " + again.kind());
            }
        }
        assertThat(truncated).as("some inputs exceed the limit").isPositive();
    }

    private static final String[] LITERALS = {
        "0",
        "42",
        "3.14",
        "1e9",
        ".5",
        "0xFF",
        "'x'",
        "'it''s'",
        "''",
        "$$d$$",
        "$q$ q $q$",
        "E'\\n'",
        "X'FF'",
        "?",
        "$7",
    };
    private static final String[] SEPARATORS = {" ", "  ", "\n", "\t", " /* c */ ", " /* a /* b */ */ ", " -- x\n"};

    /**
     * The promise users rely on: the same statement with other literals, binds, comments, whitespace and
     * keyword case has the same fingerprint and kind.
     */
    @Test
    void literalsBindsCommentsWhitespaceAndCaseDoNotChangeTheShape() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 20_000; i++) {
            String original = CORPUS[i % CORPUS.length];
            String variant = variant(random, original);
            SqlShape expected = SqlShape.of(original);
            SqlShape actual = SqlShape.of(variant);
            if (!actual.fingerprint().equals(expected.fingerprint()) || actual.kind() != expected.kind()) {
                fail("variant " + escape(variant) + "\n of " + escape(original) + "\n gives "
                        + escape(actual.fingerprint()) + " " + actual.kind() + "\n expected "
                        + escape(expected.fingerprint()) + " " + expected.kind());
            }
        }
    }

    /** Rebuilds {@code sql} token by token with random literals, separators and keyword case. */
    private static String variant(SplittableRandom random, String sql) {
        SqlLexer lexer = new SqlLexer(sql);
        StringBuilder out = new StringBuilder();
        for (int type = lexer.next(); type != SqlLexer.EOF; type = lexer.next()) {
            out.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            String token = sql.substring(lexer.start(), lexer.end());
            switch (type) {
                case SqlLexer.NUMBER, SqlLexer.STRING, SqlLexer.PARAM, SqlLexer.POSITIONAL ->
                    out.append(LITERALS[random.nextInt(LITERALS.length)]);
                case SqlLexer.WORD ->
                    out.append(random.nextBoolean() ? token.toUpperCase(java.util.Locale.ROOT) : token);
                default -> out.append(token);
            }
        }
        return out.toString();
    }

    private static SqlShape shape(String sql) {
        try {
            return SqlShape.of(sql);
        } catch (Throwable t) {
            throw new AssertionError("threw for " + escape(sql), t);
        }
    }

    private static String mangle(SplittableRandom random, List<String> pool) {
        StringBuilder sql = new StringBuilder(pool.get(random.nextInt(pool.size())));
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int at = random.nextInt(sql.length() + 1);
            switch (random.nextInt(8)) {
                case 0 -> sql.setLength(at); // cut
                case 1 -> sql.delete(0, at); // cut the head
                case 2, 3 -> sql.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 4 -> sql.insert(at, (char) random.nextInt(0x10000)); // any UTF-16 unit, surrogates included
                case 5 -> sql.insert(at, (char) random.nextInt(0x80)); // any ASCII, control characters included
                case 6 -> sql.insert(at, pool.get(random.nextInt(pool.size()))); // splice
                default -> {
                    int end = Math.min(sql.length(), at + random.nextInt(20));
                    sql.insert(at, sql.substring(at, end).toUpperCase()); // duplicate a region
                }
            }
            if (sql.length() > 500 && pool.size() > 1) {
                sql.setLength(500); // keeps the million fast; long inputs come from longStatement and garbage
            }
        }
        return sql.toString();
    }

    /** Real statements joined into 20,000+ chars, so that fingerprints exceed the limit. */
    private static String longStatement(SplittableRandom random) {
        StringBuilder sql = new StringBuilder();
        while (sql.length() < 20_000) {
            sql.append(CORPUS[random.nextInt(CORPUS.length)]).append(" union all ");
        }
        return sql.toString();
    }

    private static String garbage(SplittableRandom random, int length) {
        StringBuilder sql = new StringBuilder(length);
        while (sql.length() < length) {
            if (random.nextBoolean()) {
                sql.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            } else {
                sql.append((char) random.nextInt(0x10000));
            }
        }
        return sql.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < Math.min(s.length(), 600); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(s.length() > 600 ? "\"..." : "\"").toString();
    }
}
