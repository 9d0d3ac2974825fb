package dev.leanjdbc.spring.boot;

import dev.leanjdbc.analyzer.MemoryPressureMonitor;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With {@code leanjdbc.memory-pressure.enabled=true}, a {@link MemoryPressureMonitor} on the application's
 * analyzer: {@code threshold}, {@code action} ({@code log} or {@code stop}), {@code interval} (between logged
 * reports; stops are never throttled) and {@code max-scopes} from {@code leanjdbc.memory-pressure.*}. Closed
 * with the context (its collection thresholds switched off).
 */
@AutoConfiguration(after = LeanJdbcAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "leanjdbc.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "leanjdbc.memory-pressure.enabled")
public class LeanJdbcMemoryPressureAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnBean({QueryAnalyzer.class, LeanJdbcProperties.class})
    @ConditionalOnMissingBean
    public MemoryPressureMonitor leanJdbcMemoryPressureMonitor(QueryAnalyzer analyzer, LeanJdbcProperties properties) {
        LeanJdbcProperties.MemoryPressure m = properties.memoryPressure();
        MemoryPressureMonitor.Builder b = MemoryPressureMonitor.builder(analyzer);
        if (m.threshold() != null) {
            b.threshold(m.threshold());
        }
        if (m.action() != null) {
            b.action(m.action());
        }
        if (m.minInterval() != null) {
            b.minInterval(m.minInterval());
        }
        if (m.maxScopes() != null) {
            b.maxScopes(m.maxScopes());
        }
        return b.start();
    }
}
