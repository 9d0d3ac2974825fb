package dev.leanjdbc.junit;

import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.junit.internal.Canary;
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

    /** Set once an assertion asked for zero statements: then recording nothing is the expected outcome. */
    private boolean zeroExpected;

    protected QueryAssert(Report actual) {
        super(actual, QueryAssert.class);
    }

    /**
     * The canary, before each assertion: statements recorded twice (stacked wrappers of one analyzer) fail
     * every assertion; recording nothing at all fails those that would then pass vacuously ({@code
     * vacuous}), unless an assertion of this chain asked for zero statements.
     */
    private void canary(String assertion, boolean vacuous) {
        isNotNull();
        String twice = Canary.recordedTwice(actual, "block", ANALYZER);
        if (twice != null) {
            fail(twice);
        }
        if (vacuous && !zeroExpected) {
            String nothing = Canary.nothingRecorded(actual, "block", assertion, ANALYZER);
            if (nothing != null) {
                fail(nothing);
            }
        }
    }

    private static final String ANALYZER = "the analyzer of the asserted scope";

    /** Exactly {@code n} SELECTs. */
    public QueryAssert hasSelectCount(long n) {
        return exact(StatementKind.SELECT, n);
    }

    public QueryAssert hasInsertCount(long n) {
        return exact(StatementKind.INSERT, n);
    }

    public QueryAssert hasUpdateCount(long n) {
        return exact(StatementKind.UPDATE, n);
    }

    public QueryAssert hasDeleteCount(long n) {
        return exact(StatementKind.DELETE, n);
    }

    /** Exactly {@code n} statements of {@code kind}. */
    public QueryAssert hasCount(StatementKind kind, long n) {
        return exact(kind, n);
    }

    /** At most {@code n} statements of {@code kind}. */
    public QueryAssert hasCountAtMost(StatementKind kind, long n) {
        return atMost(kind, n, "hasCountAtMost");
    }

    /** At most {@code n} SELECTs. */
    public QueryAssert hasSelectCountAtMost(long n) {
        return atMost(StatementKind.SELECT, n, "hasSelectCountAtMost");
    }

    /** Exactly {@code n} statements of any kind. */
    public QueryAssert hasTotalCount(long n) {
        return exact(null, n);
    }

    /** At most {@code n} statements of any kind. */
    public QueryAssert hasTotalCountAtMost(long n) {
        return atMost(null, n, "hasTotalCountAtMost");
    }

    /** An exact count never passes vacuously: with nothing recorded it fails unless it asks for zero. */
    private QueryAssert exact(StatementKind kind, long n) {
        canary("", false);
        long actualCount = kind == null ? actual.statementCount() : actual.count(kind);
        if (actualCount != n) {
            fail(FailureMessages.countMismatch(actual, kind, n, actualCount, false));
        }
        zeroExpected |= n == 0;
        return this;
    }

    private QueryAssert atMost(StatementKind kind, long n, String assertion) {
        zeroExpected |= n == 0;
        canary(assertion, true);
        long actualCount = kind == null ? actual.statementCount() : actual.count(kind);
        if (actualCount > n) {
            fail(FailureMessages.countMismatch(actual, kind, n, actualCount, true));
        }
        return this;
    }

    /** No N+1 finding (suppressed ones aside). */
    public QueryAssert hasNoNPlusOne() {
        canary("hasNoNPlusOne", true);
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
        canary(allowed.length == 0 ? "hasNoFindings" : "hasNoFindingsExcept", true);
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
        canary("", false);
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
        canary(count == 0 ? "hasNoFinding" : "", count == 0);
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
