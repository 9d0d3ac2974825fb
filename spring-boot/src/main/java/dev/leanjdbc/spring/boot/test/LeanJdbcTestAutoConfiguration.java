package dev.leanjdbc.spring.boot.test;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.junit.LeanJdbcExtension;
import dev.leanjdbc.spring.boot.LeanJdbcAutoConfiguration;
import dev.leanjdbc.spring.boot.LeanJdbcProperties;
import dev.leanjdbc.spring.boot.internal.AnalyzerSettings;
import dev.leanjdbc.spring.boot.internal.TestClientsPostProcessor;
import dev.leanjdbc.spring.boot.internal.TestRequestFilter;
import dev.leanjdbc.spring.boot.internal.TestRequestInterceptor;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.resttestclient.autoconfigure.RestTestClientBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * In tests (leanjdbc-junit and Spring's test context on the class path), the analyzer bean is the JUnit
 * extension's shared analyzer ({@link LeanJdbcExtension#analyzer()}), so the DataSource beans record into
 * the scopes of {@code @NoNPlusOne}, {@code @ExpectQueries}, {@code LeanAssertions} and the suite report
 * with no test code. Listed for {@code @SpringBootTest} (all auto-configurations), {@code @JdbcTest} and
 * {@code @JooqTest}; other slices add {@link AutoConfigureLeanJdbc}. Off with {@code
 * leanjdbc.test.shared-analyzer=false}.
 *
 * <p>Requests a test sends to its application's own server ({@code RANDOM_PORT}, {@code DEFINED_PORT}) count
 * for that test: the clients' beans ({@code RestTemplate}, {@code TestRestTemplate}, {@code RestClient.Builder},
 * {@code RestTestClient}) send the test's id in {@value dev.leanjdbc.junit.TestScopes#HEADER}, and a servlet
 * filter ahead of the per-request one attaches the request's thread to that test's scopes (see {@link
 * dev.leanjdbc.junit.TestScopes}).
 *
 * <p>The shared analyzer is configured by {@code leanjdbc.analyzer.*} system properties (not by the Spring
 * properties, since it is one per test JVM and outlives application contexts) and captures every call site.
 */
@AutoConfiguration(before = LeanJdbcAutoConfiguration.class)
@ConditionalOnClass(name = {"dev.leanjdbc.junit.LeanJdbcExtension", "org.springframework.test.context.TestContext"})
@ConditionalOnBooleanProperty(name = "leanjdbc.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "leanjdbc.test.shared-analyzer", matchIfMissing = true)
public class LeanJdbcTestAutoConfiguration {

    /** The bean name of the filter that attaches requests to their tests. */
    public static final String TEST_REQUEST_FILTER_BEAN = "leanJdbcTestRequestFilter";

    @Bean
    @ConditionalOnMissingBean
    public QueryAnalyzer leanJdbcQueryAnalyzer(BeanFactory beanFactory) {
        QueryAnalyzer shared = LeanJdbcExtension.analyzer();
        // The application's packages, so that call sites name its code (the test class's package is added
        // by the extension itself).
        shared.addApplicationPackages(
                AnalyzerSettings.applicationPackages(beanFactory).toArray(String[]::new));
        return shared;
    }

    /** The server side: each request attached to the test that sent it. Off with the web part. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnBooleanProperty(name = "leanjdbc.web.enabled", matchIfMissing = true)
    @ConditionalOnClass(
            name = {"jakarta.servlet.Filter", "org.springframework.boot.web.servlet.FilterRegistrationBean"})
    static class Server {

        @Bean(TEST_REQUEST_FILTER_BEAN)
        @ConditionalOnMissingBean(name = TEST_REQUEST_FILTER_BEAN)
        FilterRegistrationBean<TestRequestFilter> leanJdbcTestRequestFilter(
                ObjectProvider<LeanJdbcProperties> properties) {
            FilterRegistrationBean<TestRequestFilter> registration =
                    new FilterRegistrationBean<>(new TestRequestFilter());
            registration.setName(TEST_REQUEST_FILTER_BEAN);
            LeanJdbcProperties p = properties.getIfAvailable();
            // Just ahead of the analysis filter, so the request's scope opens inside the test's.
            int order = p == null ? Ordered.HIGHEST_PRECEDENCE + 100 : p.web().order();
            registration.setOrder(order == Ordered.HIGHEST_PRECEDENCE ? order : order - 1);
            return registration;
        }
    }

    /** The client side: the test's id on every request its HTTP clients send. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.http.client.ClientHttpRequestInterceptor")
    static class Clients {

        @Bean
        static TestClientsPostProcessor leanJdbcTestClients() {
            return new TestClientsPostProcessor();
        }
    }

    /** {@code RestTestClient} (Spring Framework 7, Boot's {@code @AutoConfigureRestTestClient}) likewise. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(
            name = {
                "org.springframework.boot.resttestclient.autoconfigure.RestTestClientBuilderCustomizer",
                "org.springframework.test.web.servlet.client.RestTestClient",
                "org.springframework.http.client.ClientHttpRequestInterceptor"
            })
    static class RestTestClients {

        @Bean
        RestTestClientBuilderCustomizer leanJdbcRestTestClient() {
            return builder -> builder.requestInterceptors(TestRequestInterceptor::addTo);
        }
    }
}
