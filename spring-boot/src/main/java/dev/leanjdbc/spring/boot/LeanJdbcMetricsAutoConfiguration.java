package dev.leanjdbc.spring.boot;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.micrometer.LeanJdbcMetrics;
import dev.leanjdbc.spring.boot.internal.MetricsSettings;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Binds the analyzer's meters ({@link LeanJdbcMetrics}: {@code leanjdbc.statements}, {@code
 * leanjdbc.rows.read}, {@code leanjdbc.findings}, {@code leanjdbc.statement.time}, {@code
 * leanjdbc.scope.duration}, {@code leanjdbc.analyzer.failures}) to the application's {@link MeterRegistry}
 * when it has one (the actuator's). The binding stops when the context closes. Off with {@code
 * leanjdbc.metrics.enabled=false}.
 */
@AutoConfiguration(
        after = LeanJdbcAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
        })
@ConditionalOnClass({MeterRegistry.class, LeanJdbcMetrics.class})
@ConditionalOnBooleanProperty(name = "leanjdbc.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "leanjdbc.metrics.enabled", matchIfMissing = true)
public class LeanJdbcMetricsAutoConfiguration {

    @Bean
    @ConditionalOnBean({QueryAnalyzer.class, MeterRegistry.class, LeanJdbcProperties.class})
    @ConditionalOnMissingBean
    public LeanJdbcMetrics leanJdbcMetrics(
            QueryAnalyzer analyzer, MeterRegistry registry, LeanJdbcProperties properties) {
        return LeanJdbcMetrics.bind(analyzer, registry, MetricsSettings.options(properties.metrics(), (k, m) -> {
            throw new IllegalArgumentException(m);
        }));
    }
}
