package dev.leanjdbc.analyzer.internal.sql;

/**
 * The few SQL keywords the shaper and the classifier act on, looked up without allocation.
 *
 * <p>Matching is ASCII case-insensitive only, so that non-ASCII letters (Turkish dotless i and friends) never
 * turn an identifier into a keyword.
 */
enum Keyword {
    NONE(0),
    // statement starters
    SELECT(F.SPACED | F.UNARY),
    WITH(F.SPACED),
    INSERT(0),
    UPDATE(0),
    DELETE(0),
    MERGE(0),
    UPSERT(0),
    REPLACE(0),
    VALUES(F.SPACED),
    TABLE(F.SPACED),
    SHOW(0),
    CREATE(0),
    ALTER(0),
    DROP(0),
    TRUNCATE(0),
    COMMENT(0),
    RENAME(0),
    GRANT(0),
    REVOKE(0),
    CALL(0),
    EXPLAIN(F.SPACED),
    // modifiers the classifier looks at
    ANALYZE(0),
    ANALYSE(0),
    FINAL(0),
    NEW(0),
    OLD(0),
    AS(F.SPACED),
    MATERIALIZED(F.SPACED),
    RECURSIVE(0),
    FALSE(0),
    OFF(0),
    ARRAY(0),
    // expression context: after these a sign belongs to the number, and '(' keeps its space
    IN(F.SPACED | F.UNARY),
    WHERE(F.SPACED | F.UNARY),
    AND(F.SPACED | F.UNARY),
    OR(F.SPACED | F.UNARY),
    NOT(F.SPACED | F.UNARY),
    WHEN(F.SPACED | F.UNARY),
    THEN(F.SPACED | F.UNARY),
    ELSE(F.SPACED | F.UNARY),
    BETWEEN(F.SPACED | F.UNARY),
    LIKE(F.SPACED | F.UNARY),
    ILIKE(F.SPACED | F.UNARY),
    LIMIT(F.SPACED | F.UNARY),
    OFFSET(F.SPACED | F.UNARY),
    HAVING(F.SPACED | F.UNARY),
    ON(F.SPACED | F.UNARY),
    CASE(F.SPACED | F.UNARY),
    DISTINCT(F.SPACED | F.UNARY),
    RETURN(F.SPACED | F.UNARY),
    BY(F.SPACED | F.UNARY),
    ALL(F.SPACED | F.UNARY),
    ANY(F.SPACED | F.UNARY),
    SOME(F.SPACED | F.UNARY),
    IS(F.SPACED | F.UNARY),
    // only keep the space before '('
    EXISTS(F.SPACED),
    FROM(F.SPACED),
    JOIN(F.SPACED),
    USING(F.SPACED),
    OVER(F.SPACED),
    FILTER(F.SPACED),
    UNION(F.SPACED),
    INTERSECT(F.SPACED),
    EXCEPT(F.SPACED),
    LATERAL(F.SPACED),
    SET(F.SPACED),
    RETURNING(F.SPACED | F.UNARY),
    CONFLICT(F.SPACED),
    KEY(F.SPACED),
    INTO(0);

    private static final int MAX_LENGTH = 12;
    /** Candidates by length and first letter, so a lookup compares against one or two keywords at most. */
    private static final Keyword[][][] INDEX = index();

    private final String text;
    private final int flags;

    Keyword(int flags) {
        this.text = name().toLowerCase(java.util.Locale.ROOT);
        this.flags = flags;
    }

    boolean spacedBeforeParen() {
        return (flags & F.SPACED) != 0;
    }

    boolean startsExpression() {
        return (flags & F.UNARY) != 0;
    }

    /** The keyword spelled by {@code sql[start, end)}, or {@link #NONE}. */
    static Keyword of(String sql, int start, int end) {
        int length = end - start;
        if (length <= 1 || length > MAX_LENGTH) {
            return NONE;
        }
        int first = (sql.charAt(start) | 0x20) - 'a';
        if (first < 0 || first >= 26 || sql.charAt(start) >= 0x80) {
            return NONE;
        }
        for (Keyword candidate : INDEX[length][first]) {
            if (matches(sql, start, candidate.text)) {
                return candidate;
            }
        }
        return NONE;
    }

    private static boolean matches(String sql, int start, String lowerText) {
        for (int i = 1; i < lowerText.length(); i++) {
            char c = sql.charAt(start + i);
            if (c >= 0x80 || (char) (c | 0x20) != lowerText.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Keyword[][][] index() {
        Keyword[][][] table = new Keyword[MAX_LENGTH + 1][26][];
        for (int length = 0; length <= MAX_LENGTH; length++) {
            for (int first = 0; first < 26; first++) {
                int len = length;
                char letter = (char) ('a' + first);
                table[length][first] = java.util.Arrays.stream(values())
                        .filter(k -> k != NONE && k.text.length() == len && k.text.charAt(0) == letter)
                        .toArray(Keyword[]::new);
            }
        }
        return table;
    }

    /** Flags, in a holder class because enum constants may not refer to the enum's own static fields. */
    private static final class F {
        /** {@code '('} after this word is written with a space: {@code in (?)}, unlike a call {@code f(?)}. */
        static final int SPACED = 1;
        /** A sign right after this word starts a negative literal: {@code where -1}. */
        static final int UNARY = 2;
    }
}
