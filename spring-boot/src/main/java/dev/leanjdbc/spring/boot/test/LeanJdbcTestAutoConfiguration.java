package dev.leanjdbc.spring.boot.test;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.junit.LeanJdbcExtension;
import dev.leanjdbc.spring.boot.LeanJdbcAutoConfiguration;
import dev.leanjdbc.spring.boot.internal.AnalyzerSettings;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * In tests (leanjdbc-junit and Spring's test context on the class path), the analyzer bean is the JUnit
 * extension's shared analyzer ({@link LeanJdbcExtension#analyzer()}), so the DataSource beans record into
 * the scopes of {@code @NoNPlusOne}, {@code @ExpectQueries}, {@code LeanAssertions} and the suite report
 * with no test code. Listed for {@code @SpringBootTest} (all auto-configurations), {@code @JdbcTest} and
 * {@code @JooqTest}; other slices add {@link AutoConfigureLeanJdbc}. Off with {@code
 * leanjdbc.test.shared-analyzer=false}.
 *
 * <p>The shared analyzer is configured by {@code leanjdbc.analyzer.*} system properties (not by the Spring
 * properties, since it is one per test JVM and outlives application contexts) and captures every call site.
 */
@AutoConfiguration(before = LeanJdbcAutoConfiguration.class)
@ConditionalOnClass(name = {"dev.leanjdbc.junit.LeanJdbcExtension", "org.springframework.test.context.TestContext"})
@ConditionalOnBooleanProperty(name = "leanjdbc.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "leanjdbc.test.shared-analyzer", matchIfMissing = true)
public class LeanJdbcTestAutoConfiguration {

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
}
