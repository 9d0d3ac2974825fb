package dev.leanjdbc.spring.boot;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.opentelemetry.LeanJdbcTelemetry;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * When {@code opentelemetry-api} is on the class path: binds {@link LeanJdbcTelemetry} to the application's
 * {@link OpenTelemetry} bean (Boot's {@code spring-boot-opentelemetry} makes one), or to {@link
 * GlobalOpenTelemetry} when there is none (the Java agent sets it). Each request's findings become events and
 * its totals attributes of the request's span; the meters as OpenTelemetry instruments only with {@code
 * leanjdbc.opentelemetry.metrics=true} (the Micrometer meters reach the same backend already). The binding
 * stops when the context closes. Off with {@code leanjdbc.opentelemetry.enabled=false}.
 */
@AutoConfiguration(
        after = LeanJdbcAutoConfiguration.class,
        afterName = "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration")
@ConditionalOnClass({OpenTelemetry.class, LeanJdbcTelemetry.class})
@ConditionalOnBooleanProperty(name = "leanjdbc.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "leanjdbc.opentelemetry.enabled", matchIfMissing = true)
public class LeanJdbcOpenTelemetryAutoConfiguration {

    @Bean
    @ConditionalOnBean({QueryAnalyzer.class, LeanJdbcProperties.class})
    @ConditionalOnMissingBean
    public LeanJdbcTelemetry leanJdbcTelemetry(
            QueryAnalyzer analyzer, ObjectProvider<OpenTelemetry> openTelemetry, LeanJdbcProperties properties) {
        LeanJdbcProperties.OpenTelemetry p = properties.opentelemetry();
        LeanJdbcTelemetry.Options options =
                LeanJdbcTelemetry.Options.defaults().withTraces(p.traces()).withMetrics(p.metrics());
        if (p.maxFindingEvents() != null) {
            options = options.withMaxFindingEvents(p.maxFindingEvents());
        }
        return LeanJdbcTelemetry.bind(analyzer, openTelemetry.getIfAvailable(GlobalOpenTelemetry::get), options);
    }
}
