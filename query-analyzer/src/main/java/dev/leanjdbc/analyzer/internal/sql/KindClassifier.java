package dev.leanjdbc.analyzer.internal.sql;

import dev.leanjdbc.analyzer.StatementKind;

/**
 * Decides the {@link StatementKind} from the token stream, one token at a time, in constant work per token and
 * without recursion (so a million opening parentheses cannot overflow the stack).
 *
 * <p>The rules are documented on {@link SqlShape}. In short: the first word after leading parentheses and a
 * JDBC escape brace decides; {@code WITH} is skipped to its main statement; {@code EXPLAIN ANALYZE} takes the
 * kind of the statement it runs; and a query that changes data (a data-modifying CTE or H2's
 * {@code FINAL TABLE (INSERT ...)}) takes the kind of that change, never {@code SELECT}.
 */
final class KindClassifier {
    private static final int LEADING = 0;
    private static final int SCAN_SELECT = 1;
    private static final int WITH = 2;
    private static final int EXPLAIN = 3;
    private static final int DONE = 4;

    private int phase = LEADING;
    private StatementKind kind;
    /** The first data change found inside a query; wins over SELECT. */
    private StatementKind change;

    // LEADING: inside a JDBC escape "{", where "? =" may precede CALL
    private boolean inEscape;

    // SCAN_SELECT: progress through "FINAL|NEW|OLD TABLE ( INSERT|UPDATE|DELETE|MERGE"
    private int deltaTableProgress;

    // WITH and EXPLAIN: paren depth relative to the keyword; last token seen at depth 0
    private int depth;
    private int lastTopType;
    private Keyword lastTopWord = Keyword.NONE;
    private boolean cteBodyStart;

    // EXPLAIN
    private boolean analyze;
    private boolean analyzeOptionPending;

    /** Feeds the next significant token; {@code word} is its keyword for {@link SqlLexer#WORD}, else NONE. */
    void accept(int type, Keyword word) {
        switch (phase) {
            case LEADING -> leading(type, word);
            case SCAN_SELECT -> scanSelect(type, word);
            case WITH -> with(type, word);
            case EXPLAIN -> explain(type, word);
            default -> {}
        }
    }

    StatementKind kind() {
        if (change != null && (kind == null || kind == StatementKind.SELECT)) {
            return change;
        }
        if (kind != null) {
            return kind;
        }
        // input ended before a main statement: a bare WITH is a query, anything else is unknown
        return phase == WITH ? StatementKind.SELECT : StatementKind.OTHER;
    }

    private void leading(int type, Keyword word) {
        switch (type) {
            case SqlLexer.LPAREN, SqlLexer.SEMICOLON -> {}
            case SqlLexer.LBRACE -> inEscape = true;
            case SqlLexer.PARAM, SqlLexer.OPERATOR -> {
                if (!inEscape) {
                    finish(StatementKind.OTHER);
                }
            }
            case SqlLexer.WORD -> dispatch(word);
            default -> finish(StatementKind.OTHER);
        }
    }

    private void dispatch(Keyword word) {
        switch (word) {
            case SELECT -> {
                kind = StatementKind.SELECT;
                phase = SCAN_SELECT;
            }
            case WITH -> startNested(WITH);
            case EXPLAIN -> {
                startNested(EXPLAIN);
                analyze = false;
            }
            case INSERT -> finish(StatementKind.INSERT);
            case UPDATE -> finish(StatementKind.UPDATE);
            case DELETE -> finish(StatementKind.DELETE);
            case MERGE, UPSERT, REPLACE -> finish(StatementKind.MERGE);
            case VALUES, TABLE, SHOW -> finish(StatementKind.SELECT);
            case CREATE, ALTER, DROP, TRUNCATE, COMMENT, RENAME, GRANT, REVOKE -> finish(StatementKind.DDL);
            case CALL -> finish(StatementKind.CALL);
            default -> finish(StatementKind.OTHER);
        }
    }

    private void startNested(int nestedPhase) {
        phase = nestedPhase;
        depth = 0;
        lastTopType = SqlLexer.WORD;
        lastTopWord = nestedPhase == WITH ? Keyword.WITH : Keyword.EXPLAIN;
        cteBodyStart = false;
    }

    private void finish(StatementKind decided) {
        kind = decided;
        phase = DONE;
    }

    private void scanSelect(int type, Keyword word) {
        if (change != null) {
            return;
        }
        switch (deltaTableProgress) {
            case 0 -> deltaTableProgress = isWord(type, word, Keyword.FINAL, Keyword.NEW, Keyword.OLD) ? 1 : 0;
            case 1 -> deltaTableProgress = isWord(type, word, Keyword.TABLE, Keyword.TABLE, Keyword.TABLE) ? 2 : 0;
            case 2 -> deltaTableProgress = type == SqlLexer.LPAREN ? 3 : 0;
            default -> {
                change = dataChange(type, word);
                deltaTableProgress = 0;
            }
        }
        if (deltaTableProgress == 0 && isWord(type, word, Keyword.FINAL, Keyword.NEW, Keyword.OLD)) {
            deltaTableProgress = 1;
        }
    }

    private void with(int type, Keyword word) {
        if (cteBodyStart) {
            cteBodyStart = false;
            if (change == null) {
                change = dataChange(type, word);
            }
        }
        if (type == SqlLexer.LPAREN) {
            if (depth == 0 && (lastTopWord == Keyword.AS || lastTopWord == Keyword.MATERIALIZED)) {
                cteBodyStart = true;
            }
            depth++;
        } else if (type == SqlLexer.RPAREN) {
            if (depth > 0) {
                depth--;
            }
        }
        if (depth > 0 || type == SqlLexer.LPAREN || type == SqlLexer.RPAREN) {
            if (depth == 0) {
                lastTopType = type;
                lastTopWord = Keyword.NONE;
            }
            return;
        }
        boolean afterCteName = lastTopType == SqlLexer.COMMA
                || (lastTopType == SqlLexer.WORD && (lastTopWord == Keyword.WITH || lastTopWord == Keyword.RECURSIVE));
        if (type == SqlLexer.WORD && !afterCteName && isMainStatement(word)) {
            dispatch(word);
            return;
        }
        lastTopType = type;
        lastTopWord = type == SqlLexer.WORD ? word : Keyword.NONE;
    }

    private static boolean isMainStatement(Keyword word) {
        return switch (word) {
            case SELECT, INSERT, UPDATE, DELETE, MERGE, VALUES, TABLE -> true;
            default -> false;
        };
    }

    private void explain(int type, Keyword word) {
        if (analyzeOptionPending) {
            analyzeOptionPending = false;
            if (word == Keyword.FALSE || word == Keyword.OFF) {
                analyze = false;
            }
        }
        if (type == SqlLexer.LPAREN) {
            depth++;
            return;
        }
        if (type == SqlLexer.RPAREN) {
            if (depth > 0) {
                depth--;
            }
            return;
        }
        if (type != SqlLexer.WORD) {
            return;
        }
        if (word == Keyword.ANALYZE || word == Keyword.ANALYSE) {
            analyze = true;
            analyzeOptionPending = depth > 0;
        } else if (depth == 0 && isExplainable(word)) {
            if (analyze) {
                phase = LEADING;
                dispatch(word);
            } else {
                finish(StatementKind.OTHER);
            }
        }
    }

    private static boolean isExplainable(Keyword word) {
        return switch (word) {
            case SELECT, WITH, INSERT, UPDATE, DELETE, MERGE, VALUES, TABLE, CREATE, CALL -> true;
            default -> false;
        };
    }

    private static StatementKind dataChange(int type, Keyword word) {
        if (type != SqlLexer.WORD) {
            return null;
        }
        return switch (word) {
            case INSERT -> StatementKind.INSERT;
            case UPDATE -> StatementKind.UPDATE;
            case DELETE -> StatementKind.DELETE;
            case MERGE -> StatementKind.MERGE;
            default -> null;
        };
    }

    private static boolean isWord(int type, Keyword word, Keyword a, Keyword b, Keyword c) {
        return type == SqlLexer.WORD && (word == a || word == b || word == c);
    }
}
