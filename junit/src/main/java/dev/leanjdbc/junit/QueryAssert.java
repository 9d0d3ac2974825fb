package dev.leanjdbc.junit;

import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.junit.internal.FailureMessages;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on the statements of a {@link Report}; made by {@link LeanAssertions}. Every failure
 * lists the statement shapes involved with count, time, call site and N+1 parent, like the annotations do.
 */
public class QueryAssert extends AbstractAssert<QueryAssert, Report> {

    protected QueryAssert(Report actual) {
        super(actual, QueryAssert.class);
    }

    /** Exactly {@code n} SELECTs. */
    public QueryAssert hasSelectCount(long n) {
        return hasCount(StatementKind.SELECT, n);
    }

    public QueryAssert hasInsertCount(long n) {
        return hasCount(StatementKind.INSERT, n);
    }

    public QueryAssert hasUpdateCount(long n) {
        return hasCount(StatementKind.UPDATE, n);
    }

    public QueryAssert hasDeleteCount(long n) {
        return hasCount(StatementKind.DELETE, n);
    }

    /** Exactly {@code n} statements of {@code kind}. */
    public QueryAssert hasCount(StatementKind kind, long n) {
        isNotNull();
        long actualCount = actual.count(kind);
        if (actualCount != n) {
            fail(FailureMessages.countMismatch(actual, kind, n, actualCount, false));
        }
        return this;
    }

    /** At most {@code n} statements of {@code kind}. */
    public QueryAssert hasCountAtMost(StatementKind kind, long n) {
        isNotNull();
        long actualCount = actual.count(kind);
        if (actualCount > n) {
            fail(FailureMessages.countMismatch(actual, kind, n, actualCount, true));
        }
        return this;
    }

    /** At most {@code n} SELECTs. */
    public QueryAssert hasSelectCountAtMost(long n) {
        return hasCountAtMost(StatementKind.SELECT, n);
    }

    /** Exactly {@code n} statements of any kind. */
    public QueryAssert hasTotalCount(long n) {
        isNotNull();
        long actualCount = actual.statementCount();
        if (actualCount != n) {
            fail(FailureMessages.countMismatch(actual, null, n, actualCount, false));
        }
        return this;
    }

    /** At most {@code n} statements of any kind. */
    public QueryAssert hasTotalCountAtMost(long n) {
        isNotNull();
        long actualCount = actual.statementCount();
        if (actualCount > n) {
            fail(FailureMessages.countMismatch(actual, null, n, actualCount, true));
        }
        return this;
    }

    /** Fails with {@code message} as is (no format interpretation), after the description if any. */
    protected void fail(String message) {
        failWithMessage("%s", message);
    }
}
