package dev.leanjdbc.spring.boot;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.spring.boot.internal.RecentFindings;
import dev.leanjdbc.spring.boot.internal.StartupWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link LeanJdbcEndpoint} when the actuator is on the class path and the endpoint is available
 * (Boot's rules: enabled by default, exposed over the web only when listed in {@code
 * management.endpoints.web.exposure.include}).
 */
@AutoConfiguration(after = LeanJdbcAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnAvailableEndpoint(LeanJdbcEndpoint.class)
public class LeanJdbcEndpointAutoConfiguration {

    /** Collects the findings of closed scopes for the endpoint; stops listening when the context closes. */
    @Bean
    @ConditionalOnBean({QueryAnalyzer.class, LeanJdbcProperties.class})
    RecentFindings leanJdbcRecentFindings(QueryAnalyzer analyzer, LeanJdbcProperties properties) {
        return new RecentFindings(properties.endpoint().maxFindings()).listenTo(analyzer);
    }

    /** Package-private: its parameters are of internal types. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({QueryAnalyzer.class, LeanJdbcProperties.class})
    LeanJdbcEndpoint leanJdbcEndpoint(
            QueryAnalyzer analyzer,
            RecentFindings leanJdbcRecentFindings,
            LeanJdbcProperties properties,
            ObjectProvider<StartupWork> startup) {
        return new LeanJdbcEndpoint(analyzer, leanJdbcRecentFindings, properties.endpoint(), startup.getIfAvailable());
    }
}
