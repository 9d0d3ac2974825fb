package dev.leanjdbc.analyzer.internal.sql;

/**
 * Single-pass, allocation-free SQL tokenizer for the dialects leanjdbc sees (PostgreSQL, H2, and the common
 * ANSI subset of others).
 *
 * <p>It never throws and never looks back: every character is examined a bounded number of times, so the
 * work is linear in the input length. Unterminated strings, quoted identifiers, dollar quotes and comments
 * simply run to the end of the input. Whitespace and comments ({@code --} to end of line, {@code /* *}{@code /}
 * nested as PostgreSQL nests them) are skipped and never produce tokens.
 *
 * <p>The current token is described by {@link #start()} and {@link #end()} (a region of the input); the
 * type is returned by {@link #next()}. {@link #steps()} counts every character inspection so tests can
 * prove linearity without timing anything.
 */
final class SqlLexer {
    static final int EOF = 0;
    /** Unquoted identifier or keyword. */
    static final int WORD = 1;
    /** {@code "quoted"} or {@code `quoted`} identifier, kept verbatim. */
    static final int QUOTED = 2;

    static final int NUMBER = 3;
    /** Any string literal: {@code 'x'}, {@code E'x'}, {@code X'1F'}, {@code B'01'}, {@code N'x'},
     * {@code U&'x'}, {@code $$x$$}, {@code $tag$x$tag$}. */
    static final int STRING = 4;
    /** JDBC bind placeholder {@code ?}. */
    static final int PARAM = 5;
    /** PostgreSQL positional parameter {@code $1}. */
    static final int POSITIONAL = 6;
    /** Run of operator characters {@code + - * / < > = ~ ! @ # % ^ & |}, or the JDBC escape {@code ??} and
     * the operator characters after it ({@code ??|}). */
    static final int OPERATOR = 7;

    static final int LPAREN = 8;
    static final int RPAREN = 9;
    static final int LBRACKET = 10;
    static final int RBRACKET = 11;
    static final int LBRACE = 12;
    static final int RBRACE = 13;
    static final int COMMA = 14;
    static final int SEMICOLON = 15;
    static final int DOT = 16;
    /** PostgreSQL cast {@code ::}. */
    static final int DCOLON = 17;

    static final int COLON = 18;
    /** Any other single character (a lone {@code $}, a backslash, control characters ...). */
    static final int OTHER = 19;

    private final String sql;
    private final int length;
    private int pos;
    private int start;
    private int end;
    private long steps;
    /** End of a run of trailing signs cut off an operator; see {@link #operator()}. */
    private int signTailEnd;

    SqlLexer(String sql) {
        this.sql = sql;
        this.length = sql.length();
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    long steps() {
        return steps;
    }

    /** Advances to the next token and returns its type; {@link #EOF} at the end (and forever after). */
    int next() {
        skipWhitespaceAndComments();
        start = pos;
        if (pos >= length) {
            end = pos;
            return EOF;
        }
        char c = sql.charAt(pos);
        steps++;
        int type;
        if (isWordStart(c)) {
            type = word(c);
        } else if (c >= '0' && c <= '9') {
            type = number();
        } else {
            type = symbol(c);
        }
        end = pos;
        return type;
    }

    private void skipWhitespaceAndComments() {
        while (pos < length) {
            char c = sql.charAt(pos);
            steps++;
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B') {
                pos++;
            } else if (c == '-' && charAt(pos + 1) == '-') {
                pos += 2;
                while (pos < length) {
                    char d = sql.charAt(pos);
                    steps++;
                    if (d == '\n' || d == '\r') {
                        break;
                    }
                    pos++;
                }
            } else if (c == '/' && charAt(pos + 1) == '*') {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    /** Block comments nest, as in PostgreSQL and the SQL standard; unterminated ones end at the input end. */
    private void skipBlockComment() {
        pos += 2;
        int depth = 1;
        while (pos < length) {
            char d = sql.charAt(pos);
            steps++;
            if (d == '*' && charAt(pos + 1) == '/') {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else if (d == '/' && charAt(pos + 1) == '*') {
                pos += 2;
                depth++;
            } else {
                pos++;
            }
        }
    }

    private int word(char c) {
        char next = charAt(pos + 1);
        if (next == '\'') {
            char lower = (char) (c | 0x20);
            if (lower == 'e') {
                pos += 2;
                return quotedString(true);
            }
            if (lower == 'x' || lower == 'b' || lower == 'n') {
                pos += 2;
                return quotedString(false);
            }
        } else if (next == '&' && (c | 0x20) == 'u' && charAt(pos + 2) == '\'') {
            pos += 3;
            return quotedString(false);
        }
        pos++;
        while (pos < length && isWordPart(sql.charAt(pos))) {
            steps++;
            pos++;
        }
        return WORD;
    }

    private int number() {
        char c = sql.charAt(pos);
        char radix = (char) (charAt(pos + 1) | 0x20);
        if (c == '0' && (radix == 'x' || radix == 'o' || radix == 'b') && isHexDigit(charAt(pos + 2))) {
            pos += 2;
            while (pos < length && (isHexDigit(sql.charAt(pos)) || sql.charAt(pos) == '_')) {
                steps++;
                pos++;
            }
            return NUMBER;
        }
        digits();
        if (charAt(pos) == '.') {
            pos++;
            digits();
        }
        exponent();
        return NUMBER;
    }

    /** A number that starts with its decimal point, such as {@code .5}. */
    private int fraction() {
        pos++;
        digits();
        exponent();
        return NUMBER;
    }

    private void digits() {
        while (pos < length) {
            char d = sql.charAt(pos);
            steps++;
            if ((d >= '0' && d <= '9') || (d == '_' && isDigit(charAt(pos + 1)))) {
                pos++;
            } else {
                return;
            }
        }
    }

    private void exponent() {
        char e = charAt(pos);
        if (e != 'e' && e != 'E') {
            return;
        }
        char sign = charAt(pos + 1);
        if (isDigit(sign)) {
            pos++;
            digits();
        } else if ((sign == '+' || sign == '-') && isDigit(charAt(pos + 2))) {
            pos += 2;
            digits();
        }
    }

    private int symbol(char c) {
        switch (c) {
            case '\'':
                pos++;
                return quotedString(false);
            case '"':
            case '`':
                return quotedIdentifier(c);
            case '$':
                return dollar();
            case '?':
                if (charAt(pos + 1) == '?') {
                    // PostgreSQL JDBC escape for operators containing '?': ??, ??|, ??&
                    pos += 2;
                    while (pos < length
                            && isOperatorChar(sql.charAt(pos))
                            && !startsComment(sql.charAt(pos), charAt(pos + 1))) {
                        steps++;
                        pos++;
                    }
                    return OPERATOR;
                }
                pos++;
                return PARAM;
            case '.':
                if (isDigit(charAt(pos + 1))) {
                    return fraction();
                }
                pos++;
                return DOT;
            case ':':
                if (charAt(pos + 1) == ':') {
                    pos += 2;
                    return DCOLON;
                }
                pos++;
                return COLON;
            case '(':
                pos++;
                return LPAREN;
            case ')':
                pos++;
                return RPAREN;
            case '[':
                pos++;
                return LBRACKET;
            case ']':
                pos++;
                return RBRACKET;
            case '{':
                pos++;
                return LBRACE;
            case '}':
                pos++;
                return RBRACE;
            case ',':
                pos++;
                return COMMA;
            case ';':
                pos++;
                return SEMICOLON;
            default:
                if (isOperatorChar(c)) {
                    return operator();
                }
                pos++;
                return OTHER;
        }
    }

    /**
     * A run of operator characters; stops before {@code --} and {@code /*}, which open comments. As in
     * PostgreSQL, a run without any of {@code ~ ! @ # % ^ & |} cannot end in {@code +} or {@code -}:
     * {@code =-1} is {@code =} then {@code -1}. The signs cut off are remembered, so each becomes a one-char
     * token without rescanning the run (which would be quadratic for {@code +-+-+-...}).
     */
    private int operator() {
        if (pos < signTailEnd) {
            pos++;
            return OPERATOR;
        }
        int begin = pos;
        boolean special = false;
        int lastNonSign = -1;
        while (pos < length) {
            char d = sql.charAt(pos);
            steps++;
            if (!isOperatorChar(d) || (pos > begin && startsComment(d, charAt(pos + 1)))) {
                break;
            }
            if (d != '+' && d != '-') {
                lastNonSign = pos;
                special |= d != '*' && d != '/' && d != '<' && d != '>' && d != '=';
            }
            pos++;
        }
        if (!special && pos - begin > 1 && lastNonSign < pos - 1) {
            signTailEnd = pos;
            pos = Math.max(begin + 1, lastNonSign + 1);
        }
        return OPERATOR;
    }

    private static boolean startsComment(char c, char next) {
        return (c == '-' && next == '-') || (c == '/' && next == '*');
    }

    /**
     * Scans the body of a single-quoted string whose opening quote has been consumed. {@code ''} is an
     * escaped quote; with {@code backslashEscapes} (PostgreSQL {@code E'...'}) a backslash escapes the next
     * character too.
     */
    private int quotedString(boolean backslashEscapes) {
        while (pos < length) {
            char d = sql.charAt(pos);
            steps++;
            if (d == '\'') {
                if (charAt(pos + 1) == '\'') {
                    pos += 2;
                } else {
                    pos++;
                    return STRING;
                }
            } else if (d == '\\' && backslashEscapes) {
                pos = Math.min(length, pos + 2);
            } else {
                pos++;
            }
        }
        return STRING;
    }

    private int quotedIdentifier(char quote) {
        pos++;
        while (pos < length) {
            char d = sql.charAt(pos);
            steps++;
            pos++;
            if (d == quote) {
                if (charAt(pos) == quote) {
                    pos++;
                } else {
                    return QUOTED;
                }
            }
        }
        return QUOTED;
    }

    /** {@code $1} positional parameter, {@code $$...$$} or {@code $tag$...$tag$} string, or a lone {@code $}. */
    private int dollar() {
        char next = charAt(pos + 1);
        if (isDigit(next)) {
            pos++;
            digits();
            return POSITIONAL;
        }
        int tagStart = pos;
        int i = pos + 1;
        if (next != '$') {
            if (!isWordStart(next)) {
                pos++;
                return OTHER;
            }
            while (i < length && isTagPart(sql.charAt(i))) {
                steps++;
                i++;
            }
            if (i >= length || sql.charAt(i) != '$') {
                pos++;
                return OTHER;
            }
        }
        int tagLength = i + 1 - tagStart;
        pos = i + 1;
        closeDollarQuote(tagStart, tagLength);
        return STRING;
    }

    /**
     * Finds the closing tag. Only positions holding {@code $} are compared, and a comparison cannot run past
     * the next {@code $} of the body (the tag has no inner {@code $}), so the search stays linear.
     */
    private void closeDollarQuote(int tagStart, int tagLength) {
        while (pos < length) {
            steps++;
            if (sql.charAt(pos) == '$') {
                int k = 1;
                while (k < tagLength && pos + k < length && sql.charAt(pos + k) == sql.charAt(tagStart + k)) {
                    steps++;
                    k++;
                }
                if (k == tagLength) {
                    pos += tagLength;
                    return;
                }
                pos++;
            } else {
                pos++;
            }
        }
    }

    private char charAt(int i) {
        return i < length ? sql.charAt(i) : '\0';
    }

    static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    static boolean isWordPart(char c) {
        return isWordStart(c) || isDigit(c) || c == '$';
    }

    private static boolean isTagPart(char c) {
        return isWordStart(c) || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    }

    static boolean isOperatorChar(char c) {
        switch (c) {
            case '+':
            case '-':
            case '*':
            case '/':
            case '<':
            case '>':
            case '=':
            case '~':
            case '!':
            case '@':
            case '#':
            case '%':
            case '^':
            case '&':
            case '|':
                return true;
            default:
                return false;
        }
    }
}
