package dev.leanjdbc.junit;

import static dev.leanjdbc.junit.OrderQueries.site;
import static dev.leanjdbc.junit.Samples.failureOf;
import static dev.leanjdbc.junit.Samples.withoutTimes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@link ExpectQueries} and {@link MaxQueries} on methods and classes, and their exact failure messages. */
class ExtensionCountsTest {

    static final ShopScale SMALL = new ShopScale(20, 5, 100);

    static final String ORDERS = "select o.id, o.status from orders o where o.customer_id = ?";
    static final String CUSTOMERS = "select c.id from customer c order by c.id limit ?";

    @LeanJdbcTest
    static class CountSample {
        @AnalyzedDataSource
        static DataSource dataSource() {
            return Samples.dataSource();
        }

        @BeforeEach
        void fixture(RecordedDataSource ds) throws SQLException {
            OrderQueries.ping(ds); // fixtures never count by default
            OrderQueries.ping(ds);
        }

        @Test
        @ExpectQueries(select = 1)
        void nPlusOne(RecordedDataSource ds) throws SQLException {
            OrderQueries.nPlusOne(ds, 10);
        }

        @Test
        @ExpectQueries(select = 1, update = 0, total = 1)
        void joined(RecordedDataSource ds) throws SQLException {
            OrderQueries.joined(ds, 10);
        }

        @Test
        @MaxQueries(select = 5)
        void tooMany(RecordedDataSource ds) throws SQLException {
            OrderQueries.nPlusOne(ds, 10);
        }

        @Test
        @MaxQueries(select = 11, total = 11)
        void withinLimit(RecordedDataSource ds) throws SQLException {
            OrderQueries.nPlusOne(ds, 10);
        }

        @Test
        @ExpectQueries(update = 0)
        void unexpectedUpdate(RecordedDataSource ds) throws SQLException {
            OrderQueries.touchCustomer(ds, 1);
        }

        @Test
        @ExpectQueries(select = 1)
        void nothing() {}

        @Test
        @ExpectQueries(select = 1, total = 1)
        void twoViolations(RecordedDataSource ds) throws SQLException {
            OrderQueries.ping(ds);
            OrderQueries.ping(ds);
        }

        @Test
        @ExpectQueries(select = 1)
        void failsByItself(RecordedDataSource ds) throws SQLException {
            OrderQueries.nPlusOne(ds, 3);
            throw new IllegalStateException("the test's own failure");
        }
    }

    @LeanJdbcTest
    @ExpectQueries(select = 1)
    static class ClassLevelSample {
        @AnalyzedDataSource
        static DataSource dataSource = null;

        @BeforeEach
        void init() {
            dataSource = Samples.dataSource();
        }

        @Test
        void inherits(RecordedDataSource ds) throws SQLException {
            OrderQueries.ping(ds);
        }

        @Test
        void inheritsAndFails(RecordedDataSource ds) throws SQLException {
            OrderQueries.ping(ds);
            OrderQueries.ping(ds);
        }

        @Test
        @ExpectQueries(select = 2)
        void methodWins(RecordedDataSource ds) throws SQLException {
            OrderQueries.ping(ds);
            OrderQueries.ping(ds);
        }
    }

    @DbTest
    void failsWithEveryShapeItsCountTimeAndCallSite(TestDatabase db) {
        db.seedShop(SMALL);
        EngineExecutionResults r = Samples.run(db.dataSource(), CountSample.class);

        r.testEvents().assertStatistics(s -> s.started(8).succeeded(2).failed(6));
        assertThat(withoutTimes(failureOf(r, "nPlusOne")))
                .isEqualTo("Expected 1 SELECT but 11 were executed:\n"
                        + "  10 x " + ORDERS + "\n"
                        + "       T ms total, at " + site("ordersOf", "orders") + "\n"
                        + "       N+1, driven by the values of customer.id read from statement #1: " + CUSTOMERS + "\n"
                        + "   1 x " + CUSTOMERS + "\n"
                        + "       T ms total, at " + site("customerIds", "customers"));
        assertThat(withoutTimes(failureOf(r, "tooMany")))
                .startsWith("Expected at most 5 SELECTs but 11 were executed:\n  10 x " + ORDERS + "\n");
        assertThat(withoutTimes(failureOf(r, "unexpectedUpdate")))
                .isEqualTo("Expected 0 UPDATEs but 1 was executed:\n"
                        + "  1 x update customer set loyalty_points = loyalty_points + ? where id = ?\n"
                        + "      T ms total, at " + site("touchCustomer", "touch"));
        assertThat(failureOf(r, "nothing"))
                .isEqualTo("Expected 1 SELECT but 0 were executed.\n"
                        + "  No statement at all was recorded: does the code use a DataSource wrapped by this"
                        + " analyzer (a RecordedDataSource parameter, LeanJdbcExtension.wrap(dataSource))?");
        assertThat(withoutTimes(failureOf(r, "twoViolations")))
                .isEqualTo("Expected 1 SELECT but 2 were executed:\n"
                        + "  2 x select count(*) from product\n"
                        + "      T ms total, at " + site("ping", "ping") + "\n"
                        + "      finding DUPLICATE_QUERY (duplicate query), 1 execution involved\n\n"
                        + "Expected 1 statement but 2 were executed:\n"
                        + "  2 x select count(*) from product\n"
                        + "      T ms total, at " + site("ping", "ping") + "\n"
                        + "      finding DUPLICATE_QUERY (duplicate query), 1 execution involved");
        assertThat(failureOf(r, "failsByItself")).isEqualTo("the test's own failure");
        assertThat(failureOf(r, "joined")).isNull();
        assertThat(failureOf(r, "withinLimit")).isNull();
    }

    @DbTest
    void methodAnnotationWinsOverClassAnnotation(TestDatabase db) {
        db.seedShop(SMALL);
        EngineExecutionResults r = Samples.run(db.dataSource(), ClassLevelSample.class);

        r.testEvents().assertStatistics(s -> s.started(3).succeeded(2).failed(1));
        assertThat(withoutTimes(failureOf(r, "inheritsAndFails")))
                .startsWith("Expected 1 SELECT but 2 were executed:\n  2 x select count(*) from product\n");
    }

    @Test
    void recordedDataSourceWithoutAnAnalyzedDataSourceFailsWithWhatToDo() {
        EngineExecutionResults r = Samples.run(null, NoSourceSample.class, Map.of());
        assertThat(failureOf(r, "needsOne"))
                .contains("No DataSource to record for a RecordedDataSource parameter: annotate a field or"
                        + " no-argument method returning the DataSource with @AnalyzedDataSource in "
                        + NoSourceSample.class.getName());
    }

    /** A composed annotation: the extension's annotations work as meta-annotations. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @ExpectQueries(select = 1, total = 1)
    @interface SingleSelect {}

    static class ExtendWithSample {
        @Test
        @ExtendWith(LeanJdbcExtension.class)
        @SingleSelect
        void registeredOnTheMethod() {}

        /** The annotations carry {@code @ExtendWith(LeanJdbcExtension.class)}: no registration needed. */
        @Test
        @SingleSelect
        void theAnnotationAloneRegistersTheExtension() {}
    }

    @Test
    void registersWithExtendWithAndReadsMetaAnnotations() {
        EngineExecutionResults r = Samples.run(null, ExtendWithSample.class);
        assertThat(failureOf(r, "registeredOnTheMethod")).startsWith("Expected 1 SELECT but 0 were executed.\n");
        assertThat(failureOf(r, "theAnnotationAloneRegistersTheExtension"))
                .startsWith("Expected 1 SELECT but 0 were executed.\n");
    }

    @LeanJdbcTest
    @ExpectQueries(select = 1)
    static class NestedSample {
        @AnalyzedDataSource
        javax.sql.DataSource instanceSource() {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL("jdbc:h2:mem:nested_sample");
            return h2;
        }

        @Nested
        class Inner {
            @Test
            void inheritsFromTheEnclosingClass(RecordedDataSource ds) throws Exception {
                assertThat(ds.isWrapperFor(org.h2.jdbcx.JdbcDataSource.class)).isTrue();
                assertThat(ds.report().statementCount()).isZero();
            }
        }
    }

    @Test
    void nestedTestsUseTheEnclosingClassAnnotationsAndInstanceDataSource() {
        EngineExecutionResults r = Samples.run(null, NestedSample.class);
        assertThat(failureOf(r, "inheritsFromTheEnclosingClass"))
                .startsWith("Expected 1 SELECT but 0 were executed.\n");
    }

    @LeanJdbcTest
    static class NoSourceSample {
        @Test
        void needsOne(RecordedDataSource ds) {}
    }
}
