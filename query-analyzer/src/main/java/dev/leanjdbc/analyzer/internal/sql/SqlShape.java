package dev.leanjdbc.analyzer.internal.sql;

import dev.leanjdbc.analyzer.StatementKind;

/**
 * The shape of one SQL string: its normalized <em>fingerprint</em> (the text reports group by), a stable 64-bit
 * id of that fingerprint, the {@link StatementKind}, and counts of bind placeholders and inlined literals.
 * Immutable and thread-safe. {@link #of(String)} is total: it accepts any string, including {@code null},
 * and never throws.
 *
 * <h2>Fingerprint normalization</h2>
 * Two statements that differ only in literal values, bind values, comments, whitespace or keyword case get the
 * same fingerprint:
 * <ul>
 *   <li><b>Literals become {@code ?}</b>: numbers (integer, decimal, exponent, {@code 0x1F} hex, {@code 0b}/
 *       {@code 0o}, {@code 1_000}; a sign belongs to the value where an operand would start, so {@code a = -1},
 *       {@code a = -'1'} and {@code a = -?} give {@code a = ?} but {@code a - 1} gives {@code a - ?}), strings {@code 'it''s'},
 *       {@code E'\''} (backslash escapes), {@code X'1F'}, {@code B'01'}, {@code N'x'}, {@code U&'x'}, and
 *       PostgreSQL dollar quotes {@code $$...$$} and {@code $tag$...$tag$}. {@code TRUE}, {@code FALSE} and
 *       {@code NULL} are kept as words.</li>
 *   <li><b>Placeholders become {@code ?}</b>: JDBC {@code ?} and PostgreSQL {@code $1}. The PostgreSQL JDBC
 *       escape {@code ??} (the {@code ?} operator) is an operator, not a placeholder.</li>
 *   <li><b>Lists collapse</b>: {@code in (?, ?, ?)}, {@code in (1, 2, 3)} and {@code in (?)} all become
 *       {@code in (?)}; {@code array[1, 2]} becomes {@code array[?]}; a multi-row {@code values (?, ?), (?, ?)}
 *       keeps one row, {@code values (?, ?)} (later rows equal to the first are dropped, different rows are
 *       kept). A list that holds anything but plain values (a subquery, an expression) is kept as written.</li>
 *   <li><b>Case</b>: keywords and unquoted identifiers are lowercased; {@code "Quoted"} and {@code `quoted`}
 *       identifiers are kept exactly.</li>
 *   <li><b>Comments are removed</b>: {@code --} to end of line and {@code /* ... *}{@code /}, nested as in
 *       PostgreSQL, optimizer hints included.</li>
 *   <li><b>Spacing is canonical</b>: one space between tokens, none after {@code (}, {@code [}, {@code .} or
 *       before {@code )}, {@code ]}, {@code ,}, {@code .}; none around {@code ::}; none between a name and the
 *       {@code (} of its call ({@code count(*)}), but one after keywords ({@code in (?)},
 *       {@code values (?)}). Trailing semicolons are removed.</li>
 *   <li><b>Length is bounded</b>: a fingerprint longer than {@value #MAX_FINGERPRINT_LENGTH} characters is cut
 *       to that length, its last character replaced by {@code …} (U+2026).</li>
 *   <li><b>Stable</b>: the fingerprint of an uncut fingerprint is itself.</li>
 * </ul>
 * Unterminated strings, quoted identifiers, dollar quotes and comments run to the end of the input. Strings
 * follow standard SQL as PostgreSQL and H2 do: outside {@code E'...'} a backslash is an ordinary character
 * (MySQL's backslash escapes are not recognized). Operators are lexed as PostgreSQL does ({@code a=-1} is
 * {@code a = ?}, {@code ->>} is one operator).
 *
 * <h2>Statement kind</h2>
 * Decided from the first word after leading comments, parentheses {@code ((select ...))} and the JDBC escape
 * brace ({@code {call p(?)}}, {@code {? = call f(?)}}):
 * <ul>
 *   <li>{@code SELECT}, {@code VALUES}, {@code TABLE t}, {@code SHOW} → SELECT ({@code SELECT ... FOR UPDATE}
 *       too: it reads).</li>
 *   <li>{@code INSERT} (with {@code RETURNING} or not) → INSERT; {@code UPDATE}; {@code DELETE}.</li>
 *   <li>{@code MERGE} (including H2's {@code MERGE INTO ... KEY}), {@code UPSERT}, {@code REPLACE INTO} →
 *       MERGE: all three insert-or-replace by key.</li>
 *   <li>{@code CREATE}, {@code ALTER}, {@code DROP}, {@code TRUNCATE}, {@code COMMENT}, {@code RENAME},
 *       {@code GRANT}, {@code REVOKE} → DDL.</li>
 *   <li>{@code CALL} and the JDBC call escapes → CALL.</li>
 *   <li>{@code WITH ...} → the kind of its main statement ({@code WITH ... SELECT} → SELECT,
 *       {@code WITH ... INSERT} → INSERT).</li>
 *   <li><b>A query that changes data is not a SELECT</b>: a {@code SELECT} whose {@code WITH} holds a
 *       data-modifying statement ({@code WITH d AS (DELETE ... RETURNING *) SELECT ...}), or that reads H2's
 *       data change delta table ({@code SELECT ... FROM FINAL|NEW|OLD TABLE (INSERT ...)}), takes the kind of
 *       the first such change.</li>
 *   <li>{@code EXPLAIN stmt} → OTHER (the statement is only planned); {@code EXPLAIN ANALYZE stmt} and
 *       {@code EXPLAIN (ANALYZE) stmt} → the kind of {@code stmt}, because it is executed.</li>
 *   <li>Several statements in one string: the first one decides ({@code BEGIN; INSERT ...} is OTHER).</li>
 *   <li>Everything else → OTHER: {@code BEGIN}, {@code COMMIT}, {@code SET}, {@code COPY}, {@code VACUUM},
 *       {@code DO}, empty input.</li>
 * </ul>
 *
 * <h2>Performance</h2>
 * One linear pass with a hand-written lexer (no regular expressions), a few small allocations, and memory
 * bounded by the fingerprint limit whatever the input size. Use {@link SqlShapeCache} on hot paths.
 */
public final class SqlShape {
    /** Longest fingerprint kept, in chars; longer ones are cut and end with {@code …}. */
    public static final int MAX_FINGERPRINT_LENGTH = 4096;

    private static final SqlShape EMPTY = new SqlShape("", StatementKind.OTHER, 0, 0);
    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final String fingerprint;
    private final long fingerprintId;
    private final StatementKind kind;
    private final int parameterCount;
    private final int literalCount;

    SqlShape(String fingerprint, StatementKind kind, int parameterCount, int literalCount) {
        this.fingerprint = fingerprint;
        this.fingerprintId = fnv1a64Utf8(fingerprint);
        this.kind = kind;
        this.parameterCount = parameterCount;
        this.literalCount = literalCount;
    }

    /**
     * Shapes {@code sql}. Total: {@code null} and the empty string give kind OTHER and fingerprint {@code ""};
     * any other input gives a shape and never an exception.
     *
     * @param sql any SQL text, possibly malformed, possibly {@code null}
     * @return the shape; a new instance for non-empty input (cache it with {@link SqlShapeCache})
     */
    public static SqlShape of(String sql) {
        if (sql == null || sql.isEmpty()) {
            return EMPTY;
        }
        return SqlShaper.shape(sql, MAX_FINGERPRINT_LENGTH);
    }

    /** The normalized text, at most {@value #MAX_FINGERPRINT_LENGTH} chars; see the class documentation. */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * A 64-bit id of {@link #fingerprint()}: FNV-1a over its UTF-8 bytes (unpaired surrogates encoded as
     * {@code ?}), the same in every JVM run and reproducible outside Java.
     */
    public long fingerprintId() {
        return fingerprintId;
    }

    /** What the statement does; see the class documentation for the rules. */
    public StatementKind kind() {
        return kind;
    }

    /** JDBC {@code ?} placeholders in the original SQL, outside literals, quoted identifiers and comments. */
    public int parameterCount() {
        return parameterCount;
    }

    /** Literals (numbers and strings) of the original SQL that the fingerprint shows as {@code ?}. */
    public int literalCount() {
        return literalCount;
    }

    @Override
    public String toString() {
        return kind + " " + fingerprint;
    }

    /** FNV-1a 64 of raw bytes: the reference {@link #fnv1a64Utf8} must agree with. */
    static long fnv1a64Bytes(byte[] bytes) {
        long hash = FNV_OFFSET_BASIS;
        for (byte b : bytes) {
            hash = (hash ^ (b & 0xFF)) * FNV_PRIME;
        }
        return hash;
    }

    /** FNV-1a 64 over the UTF-8 bytes of {@code s}: the fingerprint id. */
    public static long fnv1a64Utf8(String s) {
        return fnv1a64Utf8(FNV_OFFSET_BASIS, s);
    }

    /** The FNV-1a 64 hash of no bytes: the start of {@link #fnv1a64Utf8(long, String)}. */
    public static final long FNV1A64_START = FNV_OFFSET_BASIS;

    /** A NUL byte more after {@code hash} (between the parts of a composite identity). */
    public static long fnv1a64Nul(long hash) {
        return hash * FNV_PRIME;
    }

    /**
     * FNV-1a 64 continued from {@code hash} over the UTF-8 bytes of {@code s}: the hash of parts without
     * concatenating them ({@code fnv1a64Utf8(h(a), b) == fnv1a64Utf8(a + b)}).
     */
    public static long fnv1a64Utf8(long hash, String s) {
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                hash = (hash ^ c) * FNV_PRIME;
            } else if (c < 0x800) {
                hash = (hash ^ (0xC0 | (c >> 6))) * FNV_PRIME;
                hash = (hash ^ (0x80 | (c & 0x3F))) * FNV_PRIME;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                hash = (hash ^ (0xF0 | (cp >> 18))) * FNV_PRIME;
                hash = (hash ^ (0x80 | ((cp >> 12) & 0x3F))) * FNV_PRIME;
                hash = (hash ^ (0x80 | ((cp >> 6) & 0x3F))) * FNV_PRIME;
                hash = (hash ^ (0x80 | (cp & 0x3F))) * FNV_PRIME;
            } else if (Character.isSurrogate(c)) {
                hash = (hash ^ '?') * FNV_PRIME;
            } else {
                hash = (hash ^ (0xE0 | (c >> 12))) * FNV_PRIME;
                hash = (hash ^ (0x80 | ((c >> 6) & 0x3F))) * FNV_PRIME;
                hash = (hash ^ (0x80 | (c & 0x3F))) * FNV_PRIME;
            }
        }
        return hash;
    }
}
