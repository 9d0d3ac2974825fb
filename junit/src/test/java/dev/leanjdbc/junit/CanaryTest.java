package dev.leanjdbc.junit;

import static dev.leanjdbc.junit.LeanAssertions.assertThatQueriesOf;
import static dev.leanjdbc.junit.Samples.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The canary: a test with query assertions fails when nothing was recorded at all (its SQL went through a
 * DataSource the shared analyzer does not record) or when each statement was recorded twice (two stacked
 * wrappers of the shared analyzer), instead of passing without checking anything.
 */
class CanaryTest {

    static final String PING = "select count(*) from product";

    @LeanJdbcTest
    static class CanarySample {
        @AnalyzedDataSource
        static DataSource dataSource() {
            return Samples.dataSource();
        }

        @Test
        @MaxQueries(select = 3)
        void unwrapped() throws SQLException {
            OrderQueries.ping(Samples.dataSource());
        }

        @Test
        @NoNPlusOne
        void nPlusOneThroughAnotherAnalyzer() throws SQLException {
            OrderQueries.nPlusOne(QueryAnalyzer.create().wrap(Samples.dataSource()), 4);
        }

        @Test
        @MaxQueries(select = 3)
        void recorded(RecordedDataSource ds) throws SQLException {
            OrderQueries.ping(ds);
        }

        @Test
        @MaxQueries(total = 0)
        void explicitlyNone() {}

        @Test
        @ExpectQueries(select = 0)
        void explicitlyNoSelect() {}

        @Test
        void noQueryAssertion() throws SQLException {
            OrderQueries.ping(Samples.dataSource());
        }

        @Test
        @ExpectQueries(select = 2) // wrong, and passed: the one SELECT counted twice
        void stackedWrappers() throws SQLException {
            DataSource twice = LeanJdbcExtension.wrap(hiding(LeanJdbcExtension.wrap(Samples.dataSource())));
            OrderQueries.ping(twice);
        }
    }

    /** A class-wide expectation: a test in it that runs no SQL says so with an explicit zero. */
    @LeanJdbcTest
    @NoNPlusOne
    static class ClassWideSample {
        @Test
        void forgotTheDataSource() throws SQLException {
            OrderQueries.ping(Samples.dataSource());
        }

        @Test
        @ExpectQueries(total = 0)
        void runsNoSql() {}
    }

    @DbTest
    void aTestWhoseStatementsWereNotRecordedFailsInsteadOfPassing(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        EngineExecutionResults r = Samples.run(db.dataSource(), CanarySample.class);

        assertThat(failureOf(r, "unwrapped"))
                .isEqualTo("No statement at all was recorded for this test, so its query assertions"
                        + " (@MaxQueries) would pass without checking anything.\n"
                        + "  The code ran its SQL, if any, through a DataSource that LeanJdbcExtension.analyzer()"
                        + " does not record: an unwrapped pool, or one wrapped only by another QueryAnalyzer.\n"
                        + "  Record it: take a RecordedDataSource parameter, or use"
                        + " LeanJdbcExtension.wrap(dataSource) (Spring tests: the starter's post-processor"
                        + " wraps the DataSource bean).\n"
                        + "  A test meant to run no SQL says so: @ExpectQueries(total = 0).");
        assertThat(failureOf(r, "nPlusOneThroughAnotherAnalyzer"))
                .startsWith("No statement at all was recorded for this test, so its query assertions"
                        + " (@NoNPlusOne) would pass without checking anything.");
        assertThat(failureOf(r, "recorded")).isNull();
        assertThat(failureOf(r, "explicitlyNone")).isNull();
        assertThat(failureOf(r, "explicitlyNoSelect")).isNull();
        assertThat(failureOf(r, "noQueryAssertion")).isNull();
    }

    @DbTest
    void statementsRecordedTwiceByStackedWrappersFailTheTest(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        EngineExecutionResults r = Samples.run(db.dataSource(), CanarySample.class);

        assertThat(Samples.withoutTimes(failureOf(r, "stackedWrappers")))
                .isEqualTo("1 of the 2 statements recorded for this test was recorded twice, so the counts"
                        + " include it twice: the DataSource is wrapped twice by LeanJdbcExtension.analyzer(), with a"
                        + " wrapper between the two that hides the inner one (its unwrap and isWrapperFor do"
                        + " not reach it).\n"
                        + "  First: " + PING + "\n"
                        + "      at " + OrderQueries.site("ping", "ping") + "\n"
                        + "  Wrap the DataSource once: drop one of the wrap calls, or wrap only the outermost"
                        + " DataSource.");
    }

    @DbTest
    void aClassWideExpectationNeedsAnExplicitZeroOnATestThatRunsNoSql(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        EngineExecutionResults r = Samples.run(db.dataSource(), ClassWideSample.class);
        assertThat(failureOf(r, "forgotTheDataSource")).startsWith("No statement at all was recorded");
        assertThat(failureOf(r, "runsNoSql")).isNull();
    }

    @DbTest(dev.leanjdbc.testing.Db.H2)
    void theSuiteSettingTurnsTheCanaryOff(TestDatabase db) {
        db.seedShop(ExtensionCountsTest.SMALL);
        EngineExecutionResults r =
                Samples.run(db.dataSource(), CanarySample.class, Map.of("leanjdbc.junit.canary", "false"));
        assertThat(failureOf(r, "unwrapped")).isNull();
        assertThat(failureOf(r, "stackedWrappers")).isNull();
    }

    @DbTest
    void programmaticAssertionsHaveTheCanaryToo(TestDatabase db) throws Exception {
        db.seedShop(ExtensionCountsTest.SMALL);
        DataSource raw = db.dataSource();
        assertThatThrownBy(
                        () -> assertThatQueriesOf(() -> OrderQueries.ping(raw)).hasSelectCountAtMost(3))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("No statement at all was recorded for this block, so its query assertions"
                        + " (hasSelectCountAtMost) would pass without checking anything.");
        assertThatThrownBy(
                        () -> assertThatQueriesOf(() -> OrderQueries.ping(raw)).hasNoFindings())
                .hasMessageStartingWith("No statement at all was recorded for this block");
        assertThatQueriesOf(() -> {}).hasTotalCount(0).hasNoFindings();
        assertThatQueriesOf(() -> {}).hasSelectCount(0);
        assertThatQueriesOf(() -> OrderQueries.ping(LeanJdbcExtension.wrap(raw)))
                .hasSelectCountAtMost(3)
                .hasNoFindings();
        DataSource twice = LeanJdbcExtension.wrap(hiding(LeanJdbcExtension.wrap(raw)));
        assertThatThrownBy(() ->
                        assertThatQueriesOf(() -> OrderQueries.ping(twice)).hasSelectCount(2))
                .hasMessageStartingWith("1 of the 2 statements recorded for this block was recorded twice");
    }

    /**
     * A wrapper of another library that does not let anyone see what it wraps: {@code unwrap} and {@code
     * isWrapperFor} stop at it, for the DataSource and its connections alike.
     */
    static DataSource hiding(DataSource ds) {
        return (DataSource) Proxy.newProxyInstance(
                CanaryTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, m, args) -> {
                    Object out = opaque(ds).invoke(proxy, m, args);
                    return out instanceof Connection c ? hidingConnection(c) : out;
                });
    }

    private static Connection hidingConnection(Connection c) {
        return (Connection)
                Proxy.newProxyInstance(CanaryTest.class.getClassLoader(), new Class<?>[] {Connection.class}, opaque(c));
    }

    private static InvocationHandler opaque(Object target) {
        return (proxy, m, args) -> {
            switch (m.getName()) {
                case "isWrapperFor":
                    return false;
                case "unwrap":
                    throw new SQLException("not a wrapper");
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    try {
                        return m.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        };
    }
}
