package dev.leanjdbc.junit.internal;

import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.junit.ExpectFinding;
import dev.leanjdbc.junit.ExpectQueries;
import dev.leanjdbc.junit.MaxQueries;
import dev.leanjdbc.junit.NoFindings;
import dev.leanjdbc.junit.NoNPlusOne;
import dev.leanjdbc.junit.QueryContract;
import dev.leanjdbc.junit.internal.baseline.Baseline;
import dev.leanjdbc.junit.internal.contract.Contract;
import dev.leanjdbc.junit.internal.contract.Contracts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Checks a test's report against its annotations and the suite defaults; collects every violation. */
public final class Expectations {

    private Expectations() {}

    /** The failure messages of every violated expectation, in annotation order; empty when all hold. */
    public static List<String> check(ExtensionContext context, Report report) {
        List<String> failures = new ArrayList<>();
        Baseline baseline = Baseline.of(context);
        for (Finding f : report.findings()) {
            if (!f.suppressed()) {
                baseline.saw(f);
            }
        }
        Annotations.find(context, ExpectQueries.class).ifPresent(a -> checkExact(a, report, failures));
        Annotations.find(context, MaxQueries.class).ifPresent(a -> checkMax(a, report, failures));
        Set<FindingType> reported = EnumSet.noneOf(FindingType.class);
        if (Annotations.find(context, NoNPlusOne.class).isPresent()) {
            List<Finding> f = notAccepted(baseline, report, report.findings(FindingType.N_PLUS_ONE));
            if (!f.isEmpty()) {
                failures.add(FailureMessages.findings("Expected no N+1 queries but found " + f.size() + ":", f)
                        + acceptHint(baseline));
                reported.add(FindingType.N_PLUS_ONE);
            }
        }
        Annotations.find(context, NoFindings.class).ifPresent(a -> {
            Set<FindingType> allowed = types(a.except());
            List<Finding> f = notAccepted(baseline, report, active(report, allowed));
            f.removeIf(x -> reported.contains(x.type()));
            if (!f.isEmpty()) {
                failures.add(FailureMessages.findings(
                                "Expected no findings" + (allowed.isEmpty() ? "" : " except " + allowed) + " but found "
                                        + f.size() + ":",
                                f)
                        + acceptHint(baseline));
                f.forEach(x -> reported.add(x.type()));
            }
        });
        Set<FindingType> expected = EnumSet.noneOf(FindingType.class);
        for (ExpectFinding e : Annotations.findRepeatable(context, ExpectFinding.class)) {
            expected.add(e.value());
            checkExpected(e, report, failures);
        }
        canary(context, report, failures);
        Set<FindingType> failOn = failOn(context);
        failOn.removeAll(expected);
        failOn.removeAll(reported);
        for (FindingType t : failOn) {
            List<Finding> f = notAccepted(baseline, report, report.findings(t));
            if (!f.isEmpty()) {
                failures.add(FailureMessages.findings(
                                "Found " + f.size() + " " + t + (f.size() == 1 ? " finding" : " findings") + ", and "
                                        + Settings.FAIL_ON + " fails every test with one:",
                                f)
                        + acceptHint(baseline));
            }
        }
        return failures;
    }

    /**
     * The canary of a test with query or finding annotations: statements recorded twice fail it first (every
     * count is off); nothing recorded fails it when its expectations would otherwise pass vacuously — unless
     * one of them asks for zero statements of some kind, the idiom of a test meant to run no SQL.
     */
    private static void canary(ExtensionContext context, Report report, List<String> failures) {
        if (!context.getConfigurationParameter(Canary.SETTING)
                .map(Boolean::parseBoolean)
                .orElse(true)) {
            return;
        }
        List<String> annotations = new ArrayList<>();
        Optional<ExpectQueries> exact = Annotations.find(context, ExpectQueries.class);
        Optional<MaxQueries> max = Annotations.find(context, MaxQueries.class);
        exact.ifPresent(a -> annotations.add("@ExpectQueries"));
        max.ifPresent(a -> annotations.add("@MaxQueries"));
        Annotations.find(context, NoNPlusOne.class).ifPresent(a -> annotations.add("@NoNPlusOne"));
        Annotations.find(context, NoFindings.class).ifPresent(a -> annotations.add("@NoFindings"));
        if (!Annotations.findRepeatable(context, ExpectFinding.class).isEmpty()) {
            annotations.add("@ExpectFinding");
        }
        // a contract recorded from nothing would hold for any code, as would a count limit
        Annotations.find(context, QueryContract.class).ifPresent(a -> annotations.add("@QueryContract"));
        if (annotations.isEmpty()) {
            return;
        }
        String twice = Canary.recordedTwice(report, "test", SHARED);
        if (twice != null) {
            failures.add(0, twice);
            return;
        }
        boolean zeroExpected =
                exact.map(a -> zero(a.select(), a.insert(), a.update(), a.delete(), a.merge(), a.total()))
                                .orElse(false)
                        || max.map(a -> zero(a.select(), a.insert(), a.update(), a.delete(), a.merge(), a.total()))
                                .orElse(false);
        if (failures.isEmpty() && !zeroExpected) {
            String nothing = Canary.nothingRecorded(report, "test", String.join(", ", annotations), SHARED);
            if (nothing != null) {
                failures.add(nothing);
            }
        }
    }

    /**
     * Checks (or, with {@code leanjdbc.contracts=update}, records) the test's {@link QueryContract}: the failure
     * message when a count rose, else null; a count that fell is published as a report entry of the test.
     */
    public static String contract(ExtensionContext context, Report report) {
        Optional<QueryContract> a = Annotations.find(context, QueryContract.class);
        if (a.isEmpty()) {
            return null;
        }
        Contract.Outcome o = Contracts.of(context)
                .check(contractName(context), report, a.get().perStatement());
        if (o.note() != null) {
            context.publishReportEntry(CONTRACT_ENTRY, o.note());
        }
        return o.failure();
    }

    /** The report entry key of a contract's note. */
    public static final String CONTRACT_ENTRY = "leanjdbc.contract";

    /**
     * {@code com.shop.OrderServiceTest#listsOrders}: the stable key of a test's contract (the class's full name,
     * so that two classes of one simple name do not share one), plus the invocation's name for repeated or
     * templated tests.
     */
    static String contractName(ExtensionContext context) {
        String method = context.getTestMethod().map(m -> m.getName()).orElse("");
        String name = context.getRequiredTestClass().getName() + "#" + method;
        String display = context.getDisplayName();
        return display.startsWith(method + "(") ? name : name + " " + display;
    }

    /** {@code findings} without those the baseline accepts (when updating: accepts now). */
    private static List<Finding> notAccepted(Baseline baseline, Report report, List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.removeIf(f -> baseline.accepts(f, report.name()));
        return out;
    }

    private static String acceptHint(Baseline baseline) {
        return "\n  Not in the baseline " + baseline.file() + ": fix them, or accept them with -D" + Baseline.MODE
                + "=update (it rewrites the file with every finding the run would fail on; commit it).";
    }

    private static final String SHARED = "LeanJdbcExtension.analyzer()";

    private static boolean zero(int... counts) {
        for (int c : counts) {
            if (c == 0) {
                return true;
            }
        }
        return false;
    }

    private static void checkExpected(ExpectFinding e, Report r, List<String> failures) {
        List<Finding> f = r.findings(e.value());
        if (e.count() < 0 && f.isEmpty()) {
            List<Finding> others = active(r, Set.of());
            failures.add(FailureMessages.findings(
                    "Expected at least one " + e.value() + " finding but found none"
                            + (others.isEmpty() ? "." : "; the findings were:"),
                    others));
        } else if (e.count() >= 0 && f.size() != e.count()) {
            failures.add(FailureMessages.findings(
                    "Expected " + e.count() + " " + e.value() + (e.count() == 1 ? " finding" : " findings")
                            + " but found " + f.size() + (f.isEmpty() ? "." : ":"),
                    f));
        }
    }

    /** The findings of the report that are neither suppressed nor of an allowed type. */
    private static List<Finding> active(Report r, Set<FindingType> allowed) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (!f.suppressed() && !allowed.contains(f.type())) {
                out.add(f);
            }
        }
        return out;
    }

    private static Set<FindingType> types(FindingType[] types) {
        Set<FindingType> s = EnumSet.noneOf(FindingType.class);
        s.addAll(Arrays.asList(types));
        return s;
    }

    /** The types of {@code leanjdbc.junit.failOn}: comma-separated names, or {@code ALL}. */
    static Set<FindingType> failOn(ExtensionContext context) {
        Set<FindingType> s = EnumSet.noneOf(FindingType.class);
        String value = context.getConfigurationParameter(Settings.FAIL_ON).orElse("");
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            if (part.trim().equalsIgnoreCase("ALL")) {
                s.addAll(EnumSet.allOf(FindingType.class));
            } else {
                s.add(Settings.parse(FindingType.class, Settings.FAIL_ON, part));
            }
        }
        return s;
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
