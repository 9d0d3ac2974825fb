package dev.leanjdbc.junit;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import java.util.Objects;

/**
 * Entry points of the programmatic assertions, AssertJ style.
 *
 * <pre>{@code
 * seedCustomers();                                     // fixtures: outside the block, not counted
 * assertThatQueriesOf(() -> service.listOrders())      // only this block counts
 *         .hasSelectCount(1)
 *         .hasNoNPlusOne()
 *         .hasNoFindings();
 *
 * try (AnalysisScope scope = analyzer.scope("listing")) { service.listOrders(); }
 * assertThatQueries(scope).hasTotalCount(3);
 * }</pre>
 */
public final class LeanAssertions {

    private LeanAssertions() {}

    /** Assertions on what {@code scope} recorded (a snapshot when it is still open). */
    public static QueryAssert assertThatQueries(AnalysisScope scope) {
        return new QueryAssert(scope == null ? null : scope.snapshot());
    }

    /** Assertions on a report. */
    public static QueryAssert assertThatQueries(Report report) {
        return new QueryAssert(report);
    }

    /** Assertions on what the running test recorded so far through {@code dataSource}'s analyzer. */
    public static QueryAssert assertThatQueries(RecordedDataSource dataSource) {
        return new QueryAssert(dataSource.report());
    }

    /**
     * Runs {@code block} in its own scope of the shared analyzer ({@link LeanJdbcExtension#analyzer()}) and
     * returns assertions on exactly its statements. The block's exceptions pass through unchanged.
     */
    public static QueryAssert assertThatQueriesOf(Block block) throws Exception {
        return assertThatQueriesOf(LeanJdbcExtension.analyzer(), block);
    }

    /** {@link #assertThatQueriesOf(Block)} with the given analyzer. */
    public static QueryAssert assertThatQueriesOf(QueryAnalyzer analyzer, Block block) throws Exception {
        return new QueryAssert(recordQueries(analyzer, block));
    }

    /** Runs {@code block} in its own scope of {@code analyzer} and returns its report. */
    public static Report recordQueries(QueryAnalyzer analyzer, Block block) throws Exception {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(block, "block");
        AnalysisScope scope = analyzer.scope("block");
        try (scope) {
            block.run();
        }
        return scope.report();
    }

    /**
     * A scale assertion: {@code body} runs once per size given to {@link ScaleAssert#constantFor(int...)},
     * each run in its own scope of the shared analyzer, and must not run more statements at a larger size.
     */
    public static ScaleAssert assertQueries(SizedBlock body) {
        return assertQueries(LeanJdbcExtension.analyzer(), body);
    }

    /** {@link #assertQueries(SizedBlock)} with the given analyzer. */
    public static ScaleAssert assertQueries(QueryAnalyzer analyzer, SizedBlock body) {
        return new ScaleAssert(analyzer, body);
    }

    /** Code whose statements are asserted; may throw. */
    @FunctionalInterface
    public interface Block {
        void run() throws Exception;
    }

    /** Code run at a size {@code n} (rows, page size, items) by a scale assertion; may throw. */
    @FunctionalInterface
    public interface SizedBlock {
        void run(int n) throws Exception;
    }
}
