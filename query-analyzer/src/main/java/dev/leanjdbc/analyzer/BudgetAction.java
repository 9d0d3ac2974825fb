package dev.leanjdbc.analyzer;

/** What a scope does when it goes over one of its {@linkplain ScopeBudget budgets}. */
public enum BudgetAction {
    /** Log one WARN line per budget and scope on {@code dev.leanjdbc.analyzer.budget}; the code goes on. */
    WARN,
    /**
     * Throw {@link BudgetExceededException} from the JDBC call that went over ({@code execute*} for
     * statements, {@code ResultSet.next()} for rows), and from every later one in the scope, so a runaway
     * read stops where it is. Also logged once, like {@link #WARN}.
     */
    THROW
}
