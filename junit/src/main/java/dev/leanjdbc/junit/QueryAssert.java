package dev.leanjdbc.junit;

import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.junit.internal.FailureMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /** No N+1 finding (suppressed ones aside). */
    public QueryAssert hasNoNPlusOne() {
        isNotNull();
        List<Finding> f = actual.findings(FindingType.N_PLUS_ONE);
        if (!f.isEmpty()) {
            fail(FailureMessages.findings("Expected no N+1 queries but found " + f.size() + ":", f));
        }
        return this;
    }

    /** No finding of any type (suppressed ones aside). */
    public QueryAssert hasNoFindings() {
        return hasNoFindingsExcept();
    }

    /** No finding of any type but the {@code allowed} ones (suppressed ones aside). */
    public QueryAssert hasNoFindingsExcept(FindingType... allowed) {
        isNotNull();
        List<FindingType> ok = Arrays.asList(allowed);
        List<Finding> f = new ArrayList<>();
        for (Finding x : actual.findings()) {
            if (!x.suppressed() && !ok.contains(x.type())) {
                f.add(x);
            }
        }
        if (!f.isEmpty()) {
            fail(FailureMessages.findings(
                    "Expected no findings" + (ok.isEmpty() ? "" : " except " + ok) + " but found " + f.size() + ":",
                    f));
        }
        return this;
    }

    /** At least one finding of {@code type}. */
    public QueryAssert hasFinding(FindingType type) {
        isNotNull();
        if (actual.findings(type).isEmpty()) {
            List<Finding> all = actual.findings();
            fail(FailureMessages.findings(
                    "Expected at least one " + type + " finding but found none"
                            + (all.isEmpty() ? "." : "; the findings were:"),
                    all));
        }
        return this;
    }

    /** Exactly {@code count} findings of {@code type}. */
    public QueryAssert hasFinding(FindingType type, int count) {
        isNotNull();
        List<Finding> f = actual.findings(type);
        if (f.size() != count) {
            fail(FailureMessages.findings(
                    "Expected " + count + " " + type + (count == 1 ? " finding" : " findings") + " but found "
                            + f.size() + (f.isEmpty() ? "." : ":"),
                    f));
        }
        return this;
    }

    /** No finding of {@code type}. */
    public QueryAssert hasNoFinding(FindingType type) {
        return hasFinding(type, 0);
    }

    /** Fails with {@code message} as is (no format interpretation), after the description if any. */
    protected void fail(String message) {
        failWithMessage("%s", message);
    }
}
