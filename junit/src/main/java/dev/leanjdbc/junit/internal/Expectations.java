package dev.leanjdbc.junit.internal;

import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.junit.ExpectQueries;
import dev.leanjdbc.junit.MaxQueries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Checks a test's report against its annotations and the suite defaults; collects every violation. */
public final class Expectations {

    private Expectations() {}

    /** The failure messages of every violated expectation, in annotation order; empty when all hold. */
    public static List<String> check(ExtensionContext context, Report report) {
        List<String> failures = new ArrayList<>();
        Annotations.find(context, ExpectQueries.class).ifPresent(a -> checkExact(a, report, failures));
        Annotations.find(context, MaxQueries.class).ifPresent(a -> checkMax(a, report, failures));
        return failures;
    }

    private static void checkExact(ExpectQueries a, Report r, List<String> failures) {
        exact(r, StatementKind.SELECT, a.select(), failures);
        exact(r, StatementKind.INSERT, a.insert(), failures);
        exact(r, StatementKind.UPDATE, a.update(), failures);
        exact(r, StatementKind.DELETE, a.delete(), failures);
        exact(r, StatementKind.MERGE, a.merge(), failures);
        exact(r, null, a.total(), failures);
    }

    private static void checkMax(MaxQueries a, Report r, List<String> failures) {
        max(r, StatementKind.SELECT, a.select(), failures);
        max(r, StatementKind.INSERT, a.insert(), failures);
        max(r, StatementKind.UPDATE, a.update(), failures);
        max(r, StatementKind.DELETE, a.delete(), failures);
        max(r, StatementKind.MERGE, a.merge(), failures);
        max(r, null, a.total(), failures);
    }

    private static void exact(Report r, StatementKind kind, int expected, List<String> failures) {
        if (expected < 0) {
            return;
        }
        long actual = count(r, kind);
        if (actual != expected) {
            failures.add(FailureMessages.countMismatch(r, kind, expected, actual, false));
        }
    }

    private static void max(Report r, StatementKind kind, int limit, List<String> failures) {
        if (limit < 0) {
            return;
        }
        long actual = count(r, kind);
        if (actual > limit) {
            failures.add(FailureMessages.countMismatch(r, kind, limit, actual, true));
        }
    }

    static long count(Report r, StatementKind kind) {
        return kind == null ? r.statementCount() : r.count(kind);
    }

    /** One error for all violations: a single message as is, several separated by blank lines. */
    public static AssertionError toError(List<String> failures) {
        return new AssertionError(String.join("\n\n", failures));
    }
}
