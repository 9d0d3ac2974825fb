package dev.leanjdbc.analyzer;

/** What a SQL statement does, as far as counting and findings are concerned. */
public enum StatementKind {
    /** A query: {@code SELECT}, {@code WITH ... SELECT}, {@code VALUES}, {@code TABLE}, {@code SHOW}. */
    SELECT,
    INSERT,
    UPDATE,
    DELETE,
    /** {@code MERGE}, {@code UPSERT}, H2's {@code MERGE INTO ... KEY}. */
    MERGE,
    /** Schema changes: {@code CREATE}, {@code ALTER}, {@code DROP}, {@code TRUNCATE}, {@code COMMENT}. */
    DDL,
    /** Procedure calls: {@code CALL}, JDBC escape {@code {call ...}}. */
    CALL,
    /**
     * PostgreSQL {@code COPY ... FROM STDIN} / {@code TO STDOUT} through pgJDBC's {@code CopyManager} (e.g.
     * {@code Lean.insertMany}, or the application's own {@code CopyManager} from a wrapped connection); the
     * event's {@link StatementEvent#updateCount()} is the row count the server reported.
     */
    COPY,
    /** Anything else: transaction control, {@code SET}, vendor commands. */
    OTHER
}
