package dev.leanjdbc.analyzer.internal.sql;

/**
 * Writes the normalized fingerprint: canonical spacing between tokens, words lowercased, a trailing
 * semicolon dropped, repeated {@code VALUES} rows collapsed into the first one, and a hard length limit.
 *
 * <p>Spacing is a function of the token sequence only (never of the input's whitespace), and never glues two
 * tokens that would lex differently when joined; that is what makes the fingerprint of a fingerprint stable.
 */
final class FingerprintWriter {
    /** Last character of a fingerprint that was cut at the length limit. */
    static final char TRUNCATION_MARKER = '\u2026';

    private static final int NONE = -1;
    // VALUES row collapsing states
    private static final int V_IDLE = 0;
    private static final int V_AFTER_KEYWORD = 1;
    private static final int V_IN_ROW = 2;
    private static final int V_AFTER_ROW = 3;
    private static final int V_AFTER_COMMA = 4;

    private final String sql;
    private final int maxLength;
    /** Working limit: rows may be appended before they are found to repeat, so allow some slack. */
    private final int workLimit;

    private final StringBuilder out;
    private boolean overflow;
    private long steps;

    private int prevType = NONE;
    private Keyword prevWord = Keyword.NONE;
    private boolean pendingSemicolon;

    private int valuesState = V_IDLE;
    private int rowDepth;
    private boolean firstRow;
    private int firstRowStart;
    private int firstRowEnd;
    private int rowStart;
    private int commaPosition;

    FingerprintWriter(String sql, int maxLength) {
        this.sql = sql;
        this.maxLength = maxLength;
        this.workLimit = 2 * maxLength;
        this.out = new StringBuilder(Math.min(sql.length() + 16, workLimit));
    }

    long steps() {
        return steps;
    }

    /**
     * Writes one token. {@link SqlLexer#PARAM} writes {@code ?} whatever its region (literals and
     * placeholders arrive as PARAM); {@link SqlLexer#COMMA} writes {@code ,}; other types copy their region.
     */
    void token(int type, int start, int end, Keyword word) {
        if (type == SqlLexer.SEMICOLON) {
            // held back so that trailing semicolons disappear and repeated ones collapse
            pendingSemicolon = out.length() > 0;
            valuesState = V_IDLE;
            return;
        }
        if (pendingSemicolon) {
            pendingSemicolon = false;
            append(';');
            prevType = SqlLexer.SEMICOLON;
            prevWord = Keyword.NONE;
        }
        boolean space = out.length() > 0 && needsSpace(type);
        int before = out.length() + (space ? 1 : 0);
        if (space) {
            append(' ');
        }
        switch (type) {
            case SqlLexer.PARAM -> append('?');
            case SqlLexer.COMMA -> append(',');
            case SqlLexer.WORD -> appendLowerCase(start, end);
            default -> appendVerbatim(start, end);
        }
        trackValuesRows(type, word, before);
        prevType = type;
        prevWord = word;
    }

    /** The fingerprint; at most {@code maxLength} characters, the last one the marker when it was cut. */
    String finish() {
        if (!overflow && out.length() <= maxLength) {
            return out.toString();
        }
        int cut = maxLength - 1;
        if (Character.isHighSurrogate(out.charAt(cut - 1))) {
            cut--;
        }
        out.setLength(cut);
        return out.append(TRUNCATION_MARKER).toString();
    }

    private boolean needsSpace(int type) {
        switch (prevType) {
            case SqlLexer.LPAREN, SqlLexer.LBRACKET, SqlLexer.LBRACE, SqlLexer.DOT, SqlLexer.DCOLON -> {
                return false;
            }
            default -> {}
        }
        return switch (type) {
            case SqlLexer.RPAREN, SqlLexer.RBRACKET, SqlLexer.RBRACE, SqlLexer.COMMA, SqlLexer.DOT -> false;
            // "a : ::b" must not become ":::", which lexes as ":: :"
            case SqlLexer.DCOLON -> prevType == SqlLexer.COLON;
            case SqlLexer.LPAREN ->
                !((prevType == SqlLexer.WORD && !prevWord.spacedBeforeParen()) || prevType == SqlLexer.QUOTED);
            case SqlLexer.LBRACKET ->
                !(prevType == SqlLexer.WORD
                        || prevType == SqlLexer.QUOTED
                        || prevType == SqlLexer.RPAREN
                        || prevType == SqlLexer.RBRACKET);
            default -> true;
        };
    }

    /**
     * {@code VALUES (?, ?), (?, ?)} keeps only the first row: each later row is written, compared with the
     * first one, and removed again when equal. Memory stays at two rows whatever the row count.
     */
    private void trackValuesRows(int type, Keyword word, int tokenStart) {
        if (overflow) {
            return;
        }
        switch (valuesState) {
            case V_AFTER_KEYWORD, V_AFTER_COMMA -> {
                if (type == SqlLexer.LPAREN) {
                    firstRow = valuesState == V_AFTER_KEYWORD;
                    rowStart = tokenStart;
                    rowDepth = 1;
                    valuesState = V_IN_ROW;
                    return;
                }
                valuesState = V_IDLE;
            }
            case V_IN_ROW -> {
                if (type == SqlLexer.LPAREN) {
                    rowDepth++;
                } else if (type == SqlLexer.RPAREN && --rowDepth == 0) {
                    endRow();
                }
                return;
            }
            case V_AFTER_ROW -> {
                if (type == SqlLexer.COMMA) {
                    commaPosition = tokenStart;
                    valuesState = V_AFTER_COMMA;
                    return;
                }
                valuesState = V_IDLE;
            }
            default -> {}
        }
        if (type == SqlLexer.WORD && word == Keyword.VALUES) {
            valuesState = V_AFTER_KEYWORD;
        }
    }

    private void endRow() {
        valuesState = V_AFTER_ROW;
        if (firstRow) {
            firstRowStart = rowStart;
            firstRowEnd = out.length();
            return;
        }
        int length = out.length() - rowStart;
        if (length != firstRowEnd - firstRowStart) {
            return;
        }
        for (int i = 0; i < length; i++) {
            steps++;
            if (out.charAt(rowStart + i) != out.charAt(firstRowStart + i)) {
                return;
            }
        }
        out.setLength(commaPosition);
    }

    private void append(char c) {
        steps++;
        if (out.length() >= workLimit) {
            overflow = true;
            return;
        }
        out.append(c);
    }

    private void appendVerbatim(int start, int end) {
        int stop = Math.min(end, start + Math.max(0, workLimit - out.length()));
        steps += stop - start;
        out.append(sql, start, stop);
        if (stop < end) {
            overflow = true;
        }
    }

    /**
     * Lowercases ASCII letters, and other letters only when their lowercase form is not ASCII: a Kelvin sign
     * must not become a plain {@code k} and so turn an identifier into a keyword on the next pass.
     */
    private void appendLowerCase(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = sql.charAt(i);
            if (c < 0x80) {
                append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else {
                char lower = Character.toLowerCase(c);
                append(lower >= 0x80 ? lower : c);
            }
            if (overflow) {
                return;
            }
        }
    }
}
