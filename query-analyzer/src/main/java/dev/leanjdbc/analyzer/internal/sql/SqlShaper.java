package dev.leanjdbc.analyzer.internal.sql;

/**
 * One pass over a SQL string: lexer → sign folding → IN-list collapsing → {@link FingerprintWriter}, with the
 * {@link KindClassifier} listening to the tokens after sign folding. Single use; not thread-safe.
 */
final class SqlShaper {
    private static final int NONE = -1;

    private final String sql;
    private final SqlLexer lexer;
    private final FingerprintWriter writer;
    private final KindClassifier classifier = new KindClassifier();

    private int parameters;
    private int literals;

    /** The previous token after folding, before list collapsing: decides whether a sign is unary. */
    private int prevType = NONE;

    private Keyword prevWord = Keyword.NONE;

    /**
     * Positions of a chain of unary signs waiting for the next token: a value absorbs the whole chain
     * ({@code - -1} is one value), anything else gets them written as operators. Folding whole chains keeps the
     * fingerprint of a fingerprint stable.
     */
    private int[] signs = new int[4];

    private int signCount;

    /** While collapsing {@code in (?, ?)} or {@code array[?, ?]}: the closing token type, else NONE. */
    private int listCloser = NONE;

    private int listItems;
    private boolean listExpectsItem;

    private SqlShaper(String sql, int maxLength) {
        this.sql = sql;
        this.lexer = new SqlLexer(sql);
        this.writer = new FingerprintWriter(sql, maxLength);
    }

    static SqlShape shape(String sql, int maxLength) {
        SqlShaper shaper = new SqlShaper(sql, maxLength);
        shaper.run();
        String fingerprint = shaper.writer.finish();
        return new SqlShape(fingerprint, shaper.classifier.kind(), shaper.parameters, shaper.literals);
    }

    /** Work done for {@code sql}: every character inspection of the lexer and every character written. */
    static long steps(String sql, int maxLength) {
        SqlShaper shaper = new SqlShaper(sql, maxLength);
        shaper.run();
        shaper.writer.finish();
        return shaper.lexer.steps() + shaper.writer.steps();
    }

    private void run() {
        for (int type = lexer.next(); type != SqlLexer.EOF; type = lexer.next()) {
            int start = lexer.start();
            int end = lexer.end();
            Keyword word = type == SqlLexer.WORD ? Keyword.of(sql, start, end) : Keyword.NONE;
            if (type == SqlLexer.PARAM) {
                parameters++;
            } else if (type == SqlLexer.NUMBER || type == SqlLexer.STRING) {
                literals++;
            }
            if (type == SqlLexer.OPERATOR && isSign(start, end) && (signCount > 0 || signStartsLiteral())) {
                pushSign(start);
                continue;
            }
            if (signCount > 0) {
                if (isValue(type)) {
                    // "-1", "-'1'" and "-?" are all one value: the same query whatever the caller inlines or binds
                    signCount = 0;
                    logical(SqlLexer.PARAM, start, end, Keyword.NONE);
                    continue;
                }
                flushSigns();
            }
            if (isValue(type)) {
                type = SqlLexer.PARAM;
            }
            logical(type, start, end, word);
        }
        flushSigns();
        flushList();
    }

    private void pushSign(int position) {
        if (signCount == signs.length) {
            signs = java.util.Arrays.copyOf(signs, 2 * signCount);
        }
        signs[signCount++] = position;
    }

    private void flushSigns() {
        int count = signCount;
        signCount = 0;
        for (int i = 0; i < count; i++) {
            logical(SqlLexer.OPERATOR, signs[i], signs[i] + 1, Keyword.NONE);
        }
    }

    /** Literals and placeholders: what the fingerprint shows as {@code ?}. */
    private static boolean isValue(int type) {
        return type == SqlLexer.NUMBER
                || type == SqlLexer.STRING
                || type == SqlLexer.PARAM
                || type == SqlLexer.POSITIONAL;
    }

    private boolean isSign(int start, int end) {
        char c = sql.charAt(start);
        return end - start == 1 && (c == '-' || c == '+');
    }

    /** A sign is part of the literal unless it follows an operand ({@code a - 1} keeps its minus). */
    private boolean signStartsLiteral() {
        return switch (prevType) {
            case SqlLexer.WORD -> prevWord.startsExpression();
            case SqlLexer.QUOTED, SqlLexer.PARAM, SqlLexer.RPAREN, SqlLexer.RBRACKET, SqlLexer.RBRACE -> false;
            default -> true;
        };
    }

    /**
     * One token after sign folding, literals already turned into PARAM. The classifier listens here, so that
     * a fingerprint is classified exactly like the statement it came from.
     */
    private void logical(int type, int start, int end, Keyword word) {
        classifier.accept(type, word);
        int previous = prevType;
        Keyword previousWord = prevWord;
        prevType = type;
        prevWord = word;
        if (listCloser != NONE) {
            if (type == SqlLexer.PARAM && listExpectsItem) {
                listItems++;
                listExpectsItem = false;
                return;
            }
            if (type == SqlLexer.COMMA && !listExpectsItem) {
                listExpectsItem = true;
                return;
            }
            if (type == listCloser && !listExpectsItem) {
                listCloser = NONE;
                writer.token(SqlLexer.PARAM, start, start, Keyword.NONE);
                writer.token(type, start, end, word);
                return;
            }
            flushList();
        }
        writer.token(type, start, end, word);
        if (previous == SqlLexer.WORD) {
            if (type == SqlLexer.LPAREN && previousWord == Keyword.IN) {
                startList(SqlLexer.RPAREN);
            } else if (type == SqlLexer.LBRACKET && previousWord == Keyword.ARRAY) {
                startList(SqlLexer.RBRACKET);
            }
        }
    }

    private void startList(int closer) {
        listCloser = closer;
        listItems = 0;
        listExpectsItem = true;
    }

    /** The list turned out not to be a plain list of values: write what was held back, unchanged. */
    private void flushList() {
        if (listCloser == NONE) {
            return;
        }
        listCloser = NONE;
        for (int i = 0; i < listItems; i++) {
            if (i > 0) {
                writer.token(SqlLexer.COMMA, 0, 0, Keyword.NONE);
            }
            writer.token(SqlLexer.PARAM, 0, 0, Keyword.NONE);
        }
        if (listExpectsItem && listItems > 0) {
            writer.token(SqlLexer.COMMA, 0, 0, Keyword.NONE);
        }
    }
}
