package dev.leanjdbc.spring.boot.shop;

import static dev.leanjdbc.junit.LeanAssertions.assertThatQueriesOf;
import static dev.leanjdbc.testing.shop.Tables.CUSTOMER;
import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.zaxxer.hikari.HikariDataSource;
import dev.leanjdbc.Lean;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.junit.ExpectQueries;
import dev.leanjdbc.junit.LeanJdbcExtension;
import dev.leanjdbc.junit.NoNPlusOne;
import dev.leanjdbc.spring.boot.test.AutoConfigureLeanJdbc;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.jooq.test.autoconfigure.JooqTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Boot tests with no leanjdbc code but the annotations: {@code @SpringBootTest}, {@code @JdbcTest} and
 * {@code @JooqTest} sample classes (static nested, so Surefire does not run them by themselves) run in a
 * nested JUnit engine against the outer test's database.
 */
// Not on MariaDB yet (every @DbTest of this class): the Boot applications under test load H2/PostgreSQL
// schema scripts (identity columns) and, through MySQL Connector/J, Hibernate cannot pick its dialect (product
// "MySQL", version "11.4.5-MariaDB"); MariaDB runs of the Boot tests are a follow-up of issue 23 point 1.
class BootTestSupportTest {

    private static volatile TestDatabase database;

    static void datasource(DynamicPropertyRegistry registry) {
        TestDatabase db = database;
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", () -> db.password() == null ? "" : db.password());
    }

    /** The whole application; the context is closed after the class, since each run has its database. */
    @SpringBootTest(classes = ShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
    @DirtiesContext
    static class SpringBootTestSample {
        @DynamicPropertySource
        static void db(DynamicPropertyRegistry registry) {
            datasource(registry);
        }

        @Autowired
        OrderService orders;

        @Autowired
        QueryAnalyzer analyzer;

        @Test
        @NoNPlusOne
        void nPlusOne() {
            orders.ordersOfFirstCustomers(6);
        }

        @Test
        @NoNPlusOne
        @ExpectQueries(select = 1)
        void joined() {
            orders.orderCountOfFirstCustomers(6);
        }

        @Test
        void assertionsSeeTheApplicationsStatements() throws Exception {
            assertThat(analyzer).isSameAs(LeanJdbcExtension.analyzer());
            assertThatQueriesOf(() -> orders.ordersOfFirstCustomers(3))
                    .hasSelectCount(4)
                    .hasFinding(FindingType.N_PLUS_ONE);
        }
    }

    /**
     * docs/spring-boot.md's example, which fails on its N+1 (the page leaves out the {@code static} of the
     * nesting and the test database wiring). Named *Tests, as Spring's own tests are, so that no -Dtest=*Test
     * pattern runs it on its own.
     */
    // tag::boot-test[]
    @SpringBootTest // or @JdbcTest, @JooqTest
    // end::boot-test[]
    @DirtiesContext
    static
    // tag::boot-test[]
    class OrderServiceTests {
        // end::boot-test[]
        @DynamicPropertySource
        static void db(DynamicPropertyRegistry registry) {
            datasource(registry);
        }

        // tag::boot-test[]
        @Autowired
        OrderService orders;

        @Test
        @NoNPlusOne // registers the JUnit extension by itself
        @ExpectQueries(select = 1)
        void listsOrders() {
            orders.ordersOfFirstCustomers(6);
        }
    }
    // end::boot-test[]

    @JdbcTest
    @AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
    @DirtiesContext
    static class JdbcTestSample {
        @DynamicPropertySource
        static void db(DynamicPropertyRegistry registry) {
            datasource(registry);
        }

        @Autowired
        JdbcTemplate jdbc;

        @Test
        @NoNPlusOne
        void nPlusOne() {
            new OrderService(jdbc).ordersOfFirstCustomers(6);
        }

        @Test
        @ExpectQueries(select = 1)
        void joined() {
            new OrderService(jdbc).orderCountOfFirstCustomers(6);
        }
    }

    @JooqTest
    @DirtiesContext
    static class JooqTestSample {
        @DynamicPropertySource
        static void db(DynamicPropertyRegistry registry) {
            datasource(registry);
        }

        @Autowired
        DSLContext dsl;

        @Autowired
        Lean lean;

        @Test
        @NoNPlusOne
        void nPlusOne() {
            for (Record1<Long> c : dsl.select(CUSTOMER.ID)
                    .from(CUSTOMER)
                    .orderBy(CUSTOMER.ID)
                    .limit(6)
                    .fetch()) {
                dsl.select(ORDERS.ID)
                        .from(ORDERS)
                        .where(ORDERS.CUSTOMER_ID.eq(c.value1()))
                        .fetch(); // site:jooq
            }
        }

        @Test
        @ExpectQueries(select = 1)
        void leanOnTheSameContext() {
            assertThat(lean.dsl()).isSameAs(dsl);
            lean.forEach(dsl.select(ORDERS.ID).from(ORDERS).limit(10), r -> {});
        }
    }

    /** A DataSource and nothing else: no Boot slice lists leanjdbc here, the annotation brings it. */
    @Configuration(proxyBeanMethods = false)
    static class PoolOnly {
        @Bean
        DataSource dataSource() {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(database.jdbcUrl());
            pool.setUsername(database.user());
            pool.setPassword(database.password());
            pool.setMaximumPoolSize(2);
            return pool;
        }
    }

    @SpringJUnitConfig(PoolOnly.class)
    @AutoConfigureLeanJdbc
    @DirtiesContext
    static class AnyContextSample {
        @Autowired
        DataSource dataSource;

        @Test
        @NoNPlusOne
        void nPlusOne() {
            new OrderService(new JdbcTemplate(dataSource)).ordersOfFirstCustomers(6);
        }
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void autoConfigureLeanJdbcBringsItIntoAnyTestContext(TestDatabase db) {
        EngineExecutionResults r = run(db, AnyContextSample.class);
        r.testEvents().assertStatistics(s -> s.started(1).failed(1));
        assertThat(failureOf(r, "nPlusOne"))
                .startsWith("Expected no N+1 queries but found 1:\n  N_PLUS_ONE WARNING: 6 executions of "
                        + OrderService.ORDERS_OF + "\n")
                .contains(" ms total, at " + SourceLines.ordersOfSite() + "\n");
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void springBootTestFailsOnTheNPlusOneWithItsCallSite(TestDatabase db) {
        EngineExecutionResults r = run(db, SpringBootTestSample.class);
        r.testEvents().assertStatistics(s -> s.started(3).succeeded(2).failed(1));
        assertThat(failureOf(r, "nPlusOne"))
                .startsWith("Expected no N+1 queries but found 1:\n  N_PLUS_ONE WARNING: 6 executions of "
                        + OrderService.ORDERS_OF + "\n")
                .contains(
                        " ms total, at " + SourceLines.ordersOfSite() + "\n      driven by the values of customer.id");
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void theDocsBootTestFailsOnTheNPlusOneAsThePageShows(TestDatabase db) {
        EngineExecutionResults r = run(db, OrderServiceTests.class);
        r.testEvents().assertStatistics(s -> s.started(1).failed(1));
        assertThat(failureOf(r, "listsOrders"))
                .startsWith("Expected 1 SELECT but 7 were executed:\n")
                .contains("Expected no N+1 queries but found 1:\n  N_PLUS_ONE WARNING: 6 executions of "
                        + OrderService.ORDERS_OF + "\n")
                .contains(
                        " ms total, at " + SourceLines.ordersOfSite() + "\n      driven by the values of customer.id");
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void jdbcTestFailsOnTheNPlusOneWithItsCallSite(TestDatabase db) {
        EngineExecutionResults r = run(db, JdbcTestSample.class);
        r.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        assertThat(failureOf(r, "nPlusOne"))
                .startsWith("Expected no N+1 queries but found 1:\n  N_PLUS_ONE WARNING: 6 executions of "
                        + OrderService.ORDERS_OF + "\n")
                .contains(
                        " ms total, at " + SourceLines.ordersOfSite() + "\n      driven by the values of customer.id");
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void jooqTestFailsOnTheNPlusOneWithItsCallSiteAndHasLean(TestDatabase db) {
        EngineExecutionResults r = run(db, JooqTestSample.class);
        r.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        assertThat(failureOf(r, "nPlusOne"))
                .startsWith("Expected no N+1 queries but found 1:\n  N_PLUS_ONE WARNING: 6 executions of ")
                .contains(" at BootTestSupportTest$JooqTestSample.nPlusOne(BootTestSupportTest.java:"
                        + SourceLines.line("BootTestSupportTest", "// site:jooq") + ")");
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void theSuiteReportListsTheApplicationsNPlusOne(TestDatabase db, @TempDir Path dir) throws IOException {
        db.seedShop(ShopApplicationTest.SMALL);
        database = db;
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        try {
            LauncherFactory.create()
                    .execute(
                            LauncherDiscoveryRequestBuilder.request()
                                    .selectors(selectClass(SpringBootTestSample.class))
                                    .configurationParameter("leanjdbc.report", "true")
                                    .configurationParameter("leanjdbc.report.dir", dir.toString())
                                    .build(),
                            summary);
        } finally {
            database = null;
        }
        assertThat(summary.getSummary().getTestsFailedCount()).isEqualTo(1);
        JsonNode report = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("report.json")));
        JsonNode first = report.get("findings").get(0);
        assertThat(first.get("type").asString()).isEqualTo("N_PLUS_ONE");
        assertThat(first.get("callSite").asString()).isEqualTo(SourceLines.ordersOfSite());
        assertThat(first.get("testCount").asInt()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("report.html"))).contains("OrderService.java");
    }

    private static EngineExecutionResults run(TestDatabase db, Class<?> sample) {
        db.seedShop(ShopApplicationTest.SMALL);
        database = db;
        try {
            return EngineTestKit.engine("junit-jupiter")
                    .configurationParameter("leanjdbc.report", "false")
                    .selectors(selectClass(sample))
                    .execute();
        } finally {
            database = null;
        }
    }

    private static String failureOf(EngineExecutionResults results, String name) {
        Event event = results.testEvents().finished().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(name + "("))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no test " + name + " ran"));
        return event.getPayload(TestExecutionResult.class)
                .orElseThrow()
                .getThrowable()
                .map(Throwable::getMessage)
                .orElse(null);
    }
}
