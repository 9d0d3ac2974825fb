package dev.leanjdbc.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.leanjdbc.Lean;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.ScopeBudget;
import dev.leanjdbc.analyzer.micrometer.LeanJdbcMetrics;
import dev.leanjdbc.analyzer.servlet.AnalysisFilter;
import dev.leanjdbc.junit.LeanJdbcExtension;
import dev.leanjdbc.spring.boot.test.LeanJdbcTestAutoConfiguration;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

class LeanJdbcAutoConfigurationTest {

    private static final AutoConfigurations LEANJDBC = AutoConfigurations.of(
            LeanJdbcTestAutoConfiguration.class,
            LeanJdbcAutoConfiguration.class,
            LeanJdbcJooqAutoConfiguration.class,
            LeanJdbcEndpointAutoConfiguration.class,
            LeanJdbcWebAutoConfiguration.class,
            LeanJdbcMetricsAutoConfiguration.class);

    private static volatile TestDatabase database;

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(LEANJDBC);

    /** A new pool on the current test's database, closed with the context. */
    static HikariDataSource newPool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(2);
        return pool;
    }

    /**
     * Three DataSource beans: a pool; Spring's transaction-aware proxy around that pool bean (a library
     * wrapping a bean the starter already wrapped); and a DataSource some other code wrapped with the
     * analyzer and then put behind another library's wrapper (double-wrapped before the starter sees it).
     */
    @Configuration(proxyBeanMethods = false)
    static class ThreeDataSources {
        @Bean
        @Primary
        DataSource dataSource() {
            return newPool();
        }

        @Bean
        DataSource transactionAware(DataSource dataSource) {
            return new TransactionAwareDataSourceProxy(dataSource);
        }

        @Bean(destroyMethod = "")
        DataSource preWrapped(QueryAnalyzer analyzer) {
            return new DelegatingDataSource(analyzer.wrap(newPool()));
        }
    }

    @DbTest
    void everyDataSourceBeanRecordsEachStatementOnce(TestDatabase db) {
        database = db;
        runner.withUserConfiguration(ThreeDataSources.class).run(ctx -> {
            QueryAnalyzer analyzer = ctx.getBean(QueryAnalyzer.class);
            DataSource pool = ctx.getBean("dataSource", DataSource.class);
            DataSource txAware = ctx.getBean("transactionAware", DataSource.class);
            DataSource preWrapped = ctx.getBean("preWrapped", DataSource.class);

            assertThat(pool).isNotInstanceOf(HikariDataSource.class);
            assertThat(pool.unwrap(HikariDataSource.class)).isInstanceOf(HikariDataSource.class);
            assertThat(txAware).isInstanceOf(TransactionAwareDataSourceProxy.class);
            assertThat(preWrapped).isInstanceOf(DelegatingDataSource.class);
            for (DataSource ds : new DataSource[] {pool, txAware, preWrapped}) {
                assertThat(analyzer.wrap(ds)).isSameAs(ds);
                assertThat(statementsRecordedBy(analyzer, () -> selectOne(ds)))
                        .as("statements recorded for one SELECT through %s", ds)
                        .isEqualTo(1);
            }
        });
    }

    @DbTest
    void switchesAndExclusionsLeaveDataSourcesAlone(TestDatabase db) {
        database = db;
        runner.withUserConfiguration(ThreeDataSources.class)
                .withPropertyValues("leanjdbc.datasource.exclude=dataSource")
                .run(ctx -> {
                    assertThat(ctx.getBean("dataSource")).isInstanceOf(HikariDataSource.class);
                    QueryAnalyzer analyzer = ctx.getBean(QueryAnalyzer.class);
                    // The proxy around the excluded pool is a DataSource bean of its own: it is recorded.
                    DataSource txAware = ctx.getBean("transactionAware", DataSource.class);
                    assertThat(analyzer.wrap(txAware)).isSameAs(txAware);
                });
        runner.withUserConfiguration(ThreeDataSources.class)
                .withPropertyValues("leanjdbc.datasource.wrap=false")
                .run(ctx -> {
                    assertThat(ctx.getBean("dataSource")).isInstanceOf(HikariDataSource.class);
                    assertThat(ctx.getBean("transactionAware")).isInstanceOf(TransactionAwareDataSourceProxy.class);
                    assertThat(ctx).hasSingleBean(QueryAnalyzer.class);
                });
        runner.withUserConfiguration(PlainPool.class)
                .withPropertyValues("leanjdbc.enabled=false")
                .run(ctx -> {
                    assertThat(ctx.getBean(DataSource.class)).isInstanceOf(HikariDataSource.class);
                    assertThat(ctx).doesNotHaveBean(QueryAnalyzer.class);
                    assertThat(ctx).doesNotHaveBean(LeanJdbcEndpoint.class);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class PlainPool {
        @Bean
        DataSource dataSource() {
            return newPool();
        }
    }

    @Test
    void inTestsTheAnalyzerIsTheJUnitExtensionsSharedOne() {
        runner.run(ctx -> assertThat(ctx.getBean(QueryAnalyzer.class)).isSameAs(LeanJdbcExtension.analyzer()));
        runner.withPropertyValues("leanjdbc.test.shared-analyzer=false", "leanjdbc.analyzer.n-plus-one-threshold=5")
                .run(ctx -> {
                    QueryAnalyzer analyzer = ctx.getBean(QueryAnalyzer.class);
                    assertThat(analyzer).isNotSameAs(LeanJdbcExtension.analyzer());
                    assertThat(analyzer.nPlusOneThreshold()).isEqualTo(5);
                });
        // Without leanjdbc-junit on the class path (a production application) the analyzer is the application's.
        runner.withClassLoader(new FilteredClassLoader(LeanJdbcExtension.class))
                .run(ctx -> assertThat(ctx.getBean(QueryAnalyzer.class)).isNotSameAs(LeanJdbcExtension.analyzer()));
    }

    @Test
    void anApplicationsOwnAnalyzerBeanWins() {
        QueryAnalyzer own = QueryAnalyzer.create();
        runner.withBean(QueryAnalyzer.class, () -> own)
                .run(ctx -> assertThat(ctx.getBean(QueryAnalyzer.class)).isSameAs(own));
    }

    @Test
    void badSettingsFailTheStartWithTheBuildersOwnMessage() {
        String builderMessage = messageOf(() -> QueryAnalyzer.builder().nPlusOneThreshold(1));
        assertThat(builderMessage).isEqualTo("nPlusOneThreshold must be >= 2, was 1");
        runner.withPropertyValues(
                        "leanjdbc.test.shared-analyzer=false",
                        "leanjdbc.analyzer.n-plus-one-threshold=1",
                        "leanjdbc.analyzer.max-fingerprints=0",
                        "leanjdbc.analyzer.skip-frames=com.shop.,",
                        "leanjdbc.endpoint.top=0")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    String failure = causes(ctx.getStartupFailure());
                    assertThat(failure)
                            .contains("field 'analyzer.nPlusOneThreshold'")
                            .contains(builderMessage)
                            .contains(messageOf(() -> QueryAnalyzer.builder().maxFingerprints(0)))
                            .contains("top must be >= 1, was 0");
                });
        // The same check guards the shared test analyzer's Spring properties.
        runner.withPropertyValues("leanjdbc.analyzer.large-result-rows=0")
                .run(ctx -> assertThat(causes(ctx.getStartupFailure()))
                        .contains(messageOf(() -> QueryAnalyzer.builder().largeResultRows(0))));
    }

    @Test
    void propertiesBindToTheBuildersKeys() {
        runner.withPropertyValues(
                        "leanjdbc.test.shared-analyzer=false",
                        "leanjdbc.analyzer.n-plus-one-threshold=4",
                        "leanjdbc.analyzer.call-site-mode=always",
                        "leanjdbc.analyzer.disabled-findings=DUPLICATE_QUERY,over_fetch",
                        "leanjdbc.analyzer.suppress.N_PLUS_ONE=com.shop.Legacy,com.shop.Old",
                        "leanjdbc.analyzer.skip-frames=com.shop.db.")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    LeanJdbcProperties.Analyzer a =
                            ctx.getBean(LeanJdbcProperties.class).analyzer();
                    assertThat(a.nPlusOneThreshold()).isEqualTo(4);
                    assertThat(a.callSiteMode()).hasToString("ALWAYS");
                    assertThat(a.disabledFindings()).hasSize(2);
                    assertThat(a.suppress().values().iterator().next())
                            .containsExactly("com.shop.Legacy", "com.shop.Old");
                    assertThat(ctx.getBean(QueryAnalyzer.class).nPlusOneThreshold())
                            .isEqualTo(4);
                });
    }

    @DbTest
    void aLeanBeanOnTheDslContextRecordsThroughTheAnalyzer(TestDatabase db) {
        ApplicationContextRunner jooq = runner.withConfiguration(
                        AutoConfigurations.of(DataSourceAutoConfiguration.class, JooqAutoConfiguration.class))
                .withPropertyValues(
                        "spring.datasource.url=" + db.jdbcUrl(),
                        "spring.datasource.username=" + db.user(),
                        "spring.datasource.password=" + (db.password() == null ? "" : db.password()));
        jooq.run(ctx -> {
            Lean lean = ctx.getBean(Lean.class);
            assertThat(lean.dialect().family()).isEqualTo(db.dialect().family());
            QueryAnalyzer analyzer = ctx.getBean(QueryAnalyzer.class);
            assertThat(statementsRecordedBy(
                            analyzer, () -> lean.dsl().selectOne().fetch()))
                    .isEqualTo(1);
        });
        jooq.withPropertyValues("leanjdbc.jooq.enabled=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(Lean.class));
        jooq.withClassLoader(new FilteredClassLoader(Lean.class))
                .run(ctx -> assertThat(ctx).doesNotHaveBean(Lean.class));
    }

    @Test
    void theEndpointExistsOnlyWhenExposed() {
        runner.run(ctx -> assertThat(ctx).doesNotHaveBean(LeanJdbcEndpoint.class));
        runner.withPropertyValues("management.endpoints.web.exposure.include=leanjdbc")
                .run(ctx -> assertThat(ctx).hasSingleBean(LeanJdbcEndpoint.class));
        runner.withPropertyValues(
                        "management.endpoints.web.exposure.include=leanjdbc",
                        "management.endpoint.leanjdbc.access=NONE")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(LeanJdbcEndpoint.class));
    }

    @Test
    void webAndMetricsSettingsFailWithTheirBuildersMessages() {
        QueryAnalyzer any = QueryAnalyzer.create();
        runner.withPropertyValues(
                        "leanjdbc.web.sample-rate=1.5",
                        "leanjdbc.web.budget.max-statements=0",
                        "leanjdbc.metrics.top-fingerprints=1001")
                .run(ctx -> assertThat(causes(ctx.getStartupFailure()))
                        .contains(messageOf(() -> AnalysisFilter.builder(any).sampleRate(1.5)))
                        .contains(messageOf(() -> ScopeBudget.unlimited().withMaxStatements(0)))
                        .contains(messageOf(
                                () -> LeanJdbcMetrics.Options.defaults().withTopFingerprints(1001))));
    }

    @Test
    void theRequestFilterIsRegisteredInServletApplicationsOnly() {
        WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(LEANJDBC);
        web.withPropertyValues("leanjdbc.web.url-patterns=/api/*", "leanjdbc.web.budget.max-rows-read=500")
                .run(ctx -> {
                    FilterRegistrationBean<?> registration =
                            ctx.getBean(LeanJdbcWebAutoConfiguration.FILTER_BEAN, FilterRegistrationBean.class);
                    assertThat(registration.getUrlPatterns()).containsExactly("/api/*");
                    assertThat(registration.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE + 100);
                    AnalysisFilter filter = (AnalysisFilter) registration.getFilter();
                    assertThat(filter.budget().maxRowsRead()).isEqualTo(500);
                    assertThat(filter.budget().maxStatements()).isEqualTo(ScopeBudget.UNLIMITED);
                    // in tests, the filter that attaches requests to their tests runs just before it
                    assertThat(ctx.getBean(
                                            LeanJdbcTestAutoConfiguration.TEST_REQUEST_FILTER_BEAN,
                                            FilterRegistrationBean.class)
                                    .getOrder())
                            .isEqualTo(Ordered.HIGHEST_PRECEDENCE + 99);
                });
        web.withPropertyValues("leanjdbc.web.enabled=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(FilterRegistrationBean.class));
        runner.run(ctx -> assertThat(ctx).doesNotHaveBean(FilterRegistrationBean.class));
    }

    @Test
    void requestBudgetPropertiesGoOverTheAnalyzersDefaultBudget() {
        System.setProperty("leanjdbc.analyzer.budget.maxStatements", "200");
        try {
            new WebApplicationContextRunner()
                    .withConfiguration(LEANJDBC)
                    // the application's analyzer, not the test suite's shared one (made once per JVM)
                    .withPropertyValues("leanjdbc.test.shared-analyzer=false", "leanjdbc.web.budget.max-rows-read=500")
                    .run(ctx -> {
                        AnalysisFilter filter = (AnalysisFilter)
                                ctx.getBean(LeanJdbcWebAutoConfiguration.FILTER_BEAN, FilterRegistrationBean.class)
                                        .getFilter();
                        assertThat(filter.budget().maxStatements()).isEqualTo(200);
                        assertThat(filter.budget().maxRowsRead()).isEqualTo(500);
                    });
        } finally {
            System.clearProperty("leanjdbc.analyzer.budget.maxStatements");
        }
    }

    @Test
    void metricsBindWhenThereIsAMeterRegistry() {
        runner.run(ctx -> assertThat(ctx).doesNotHaveBean(LeanJdbcMetrics.class));
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("leanjdbc.metrics.tags.app=shop")
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(LeanJdbcMetrics.class);
                    assertThat(ctx.getBean(MeterRegistry.class)
                                    .get("leanjdbc.analyzer.failures")
                                    .tag("app", "shop")
                                    .functionCounter())
                            .isNotNull();
                });
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("leanjdbc.metrics.enabled=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(LeanJdbcMetrics.class));
    }

    private static long statementsRecordedBy(QueryAnalyzer analyzer, Runnable work) {
        try (var scope = analyzer.scope("one")) {
            work.run();
            scope.close();
            return scope.report().statementCount();
        }
    }

    private static void selectOne(DataSource ds) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1")) {
            rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageOf(Supplier<?> call) {
        try {
            call.get();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("no exception");
    }

    private static String causes(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c).append('\n');
        }
        return sb.toString();
    }
}
