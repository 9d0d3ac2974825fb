package dev.leanjdbc.junit;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.junit.internal.ScaleCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Asserts that the number of statements of a body does not grow with the amount of data it handles: the
 * body runs once per size, each run in its own scope, and the counts are compared with those of the
 * smallest size. Made by {@link LeanAssertions#assertQueries(LeanAssertions.SizedBlock)}.
 *
 * <pre>{@code
 * assertQueries(n -> service.firstPage(n))   // n: the page size, or the rows the fixture made
 *         .withSetup(n -> seedOrders(n))     // runs before each size, outside the count
 *         .allowing(1)                       // a constant overhead that does not grow further
 *         .constantFor(5, 50);
 * }</pre>
 *
 * A failure names each statement shape that grew, how often it ran at each size, its call site and, when
 * the analyzer found one, the N+1 that drives it:
 *
 * <pre>
 * Expected the statements not to grow with n, but 6 ran at n = 5 and 51 at n = 50:
 *   select o.id, o.status from orders o where o.customer_id = ?
 *       ran 5 → 50 times (grows with n), at OrderQueries.ordersOf(OrderQueries.java:43)
 * </pre>
 */
public final class ScaleAssert {

    private final QueryAnalyzer analyzer;
    private final LeanAssertions.SizedBlock body;
    private LeanAssertions.SizedBlock setup = n -> {};
    private int allowed;

    ScaleAssert(QueryAnalyzer analyzer, LeanAssertions.SizedBlock body) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.body = Objects.requireNonNull(body, "body");
    }

    /** Runs {@code setup} before the body at each size, outside the counted scope (fixtures for n rows). */
    public ScaleAssert withSetup(LeanAssertions.SizedBlock setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
        return this;
    }

    /**
     * Lets a larger size run up to {@code extraStatements} more statements than the smallest (a second page,
     * a cache filled once); more than that still fails.
     */
    public ScaleAssert allowing(int extraStatements) {
        if (extraStatements < 0) {
            throw new IllegalArgumentException("allowing needs 0 or more extra statements, was " + extraStatements);
        }
        this.allowed = extraStatements;
        return this;
    }

    /**
     * Runs the body at every size (smallest first) and fails when a larger size runs more statements than
     * the smallest, beyond {@link #allowing(int)}. Sizes in any order; at least two different ones. The
     * exceptions of the body and the set-up pass through unchanged.
     */
    public ScaleAssert constantFor(int... sizes) throws Exception {
        int[] sorted = Arrays.stream(sizes).sorted().distinct().toArray();
        if (sorted.length < 2) {
            throw new IllegalArgumentException(
                    "constantFor needs at least two different sizes, was " + Arrays.toString(sizes));
        }
        List<Report> reports = new ArrayList<>(sorted.length);
        for (int n : sorted) {
            setup.run(n);
            AnalysisScope scope = analyzer.scope("n = " + n);
            try (scope) {
                body.run(n);
            }
            reports.add(scope.report());
        }
        String failure = ScaleCheck.constant(sorted, reports, allowed);
        if (failure != null) {
            throw new AssertionError(failure);
        }
        return this;
    }
}
