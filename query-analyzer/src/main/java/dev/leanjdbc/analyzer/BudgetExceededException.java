package dev.leanjdbc.analyzer;

import java.sql.SQLNonTransientException;

/**
 * Thrown from a JDBC call when its scope went over a {@link ScopeBudget} with {@link BudgetAction#THROW}:
 * from {@code execute*} when the statement budget is spent (the statement does not run), from {@code
 * ResultSet.next()} when a rows budget is. An {@link java.sql.SQLException}, so it travels the
 * application's own error path (jOOQ, Spring and JDBI wrap it like any driver error); non-transient,
 * because retrying the same work in the same scope fails the same way. SQLState {@value #SQL_STATE}
 * ("program limit exceeded").
 */
public final class BudgetExceededException extends SQLNonTransientException {

    private static final long serialVersionUID = 1L;

    /** SQL:2016 class 54, program limit exceeded. */
    public static final String SQL_STATE = "54000";

    private final String budget;
    private final long limit;
    private final long value;
    private final String scopeName;
    private final transient CallSite callSite;

    /** Made by the analyzer (see {@code ApiAccess}); not public, so fields can be added. */
    BudgetExceededException(
            String budget, long limit, long value, String scopeName, String fingerprint, CallSite callSite) {
        super(message(budget, limit, value, scopeName, fingerprint, callSite), SQL_STATE);
        this.budget = budget;
        this.limit = limit;
        this.value = value;
        this.scopeName = scopeName;
        this.callSite = callSite;
    }

    static String message(String budget, long limit, long value, String scopeName, String fingerprint, CallSite site) {
        return "scope '" + scopeName + "' exceeded its " + budget + " budget: " + value + " > limit " + limit
                + (fingerprint == null ? "" : ", statement: " + fingerprint)
                + ", at " + (site == null ? "(call site unknown)" : site.toString())
                + "; read less (LIMIT, paging, streaming) or raise the budget";
    }

    /** {@code maxStatements}, {@code maxRowsRead} or {@code maxRowsBuffered}. */
    public String budget() {
        return budget;
    }

    public long limit() {
        return limit;
    }

    /** The count that went over the limit (limit + 1 unless several threads raced past it). */
    public long value() {
        return value;
    }

    public String scopeName() {
        return scopeName;
    }

    /** The application line whose call went over, or {@code null} when every frame was skipped. */
    public CallSite callSite() {
        return callSite;
    }
}
