package dev.leanjdbc.junit;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.junit.internal.Canary;
import dev.leanjdbc.junit.internal.Expectations;
import dev.leanjdbc.junit.internal.contract.Contract;
import dev.leanjdbc.junit.internal.contract.Contracts;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Query contracts of named blocks: the statements of a block of the code under test, checked against the
 * same committed file as {@link QueryContract} tests, under the block's name.
 *
 * <pre>{@code
 * @Test
 * void checkout(RecordedDataSource ds) throws Exception {
 *     seedCart(ds);                                                // outside the block
 *     QueryContracts.contract("checkout", () -> service.checkout(cart));
 * }
 * }</pre>
 *
 * {@code -Dleanjdbc.contracts=update} records the block's counts; later runs fail right where the block
 * ends when a count rose, and pass with a note (a report entry of the test) when one fell. The block runs
 * on the thread of a test with {@link LeanJdbcExtension}, which reads and writes the file.
 */
public final class QueryContracts {

    private QueryContracts() {}

    /**
     * Runs {@code block} in its own scope of the shared analyzer ({@link LeanJdbcExtension#analyzer()}) and
     * checks its statements against the contract {@code name}. The block's exceptions pass through unchanged
     * (and its contract is then not checked).
     *
     * @throws AssertionError when a count rose, or no contract {@code name} is recorded
     */
    public static void contract(String name, LeanAssertions.Block block) throws Exception {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(block, "block");
        ExtensionContext context = Contracts.current();
        if (context == null) {
            throw new IllegalStateException("QueryContracts.contract(\"" + name + "\", ...) runs on the thread of a"
                    + " test with LeanJdbcExtension (@LeanJdbcTest, or any of its annotations such as"
                    + " @QueryContract), which reads and writes the contracts file; this thread runs none.");
        }
        AnalysisScope scope = LeanJdbcExtension.analyzer().scope(name);
        try (scope) {
            block.run();
        }
        Report report = scope.report();
        String twice = Canary.recordedTwice(report, "block", "LeanJdbcExtension.analyzer()");
        if (twice != null) {
            throw new AssertionError(twice);
        }
        Contract.Outcome outcome = Contracts.of(context).check(name, report, false);
        if (outcome.note() != null) {
            context.publishReportEntry(Expectations.CONTRACT_ENTRY, outcome.note());
        }
        if (outcome.failure() != null) {
            throw new AssertionError(outcome.failure());
        }
    }
}
