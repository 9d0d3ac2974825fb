package dev.leanjdbc.spring.boot.internal;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.spring.boot.LeanJdbcProperties;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;

/**
 * Replaces every {@link DataSource} bean by the analyzer's recording wrapper, after the bean is initialized
 * (so Boot has bound {@code spring.datasource.*} to the pool first). A DataSource that this analyzer records
 * already — also behind another library's wrapper or a pool — is left as it is, so nothing is counted twice;
 * one that another analyzer records (a test's own) is wrapped again, and both record; {@code unwrap(HikariDataSource.class)} still reaches the pool.
 *
 * <p>The analyzer and the properties are looked up on the first DataSource, not when the post-processor is
 * made: post-processors are created before ordinary beans.
 */
public final class DataSourceRecordingPostProcessor implements BeanPostProcessor, Ordered {

    private final ObjectProvider<QueryAnalyzer> analyzer;
    private final ObjectProvider<LeanJdbcProperties> properties;
    private final ObjectProvider<StartupWork> startup;

    public DataSourceRecordingPostProcessor(
            ObjectProvider<QueryAnalyzer> analyzer,
            ObjectProvider<LeanJdbcProperties> properties,
            ObjectProvider<StartupWork> startup) {
        this.analyzer = analyzer;
        this.properties = properties;
        this.startup = startup;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource ds)) {
            return bean;
        }
        LeanJdbcProperties p = properties.getIfAvailable();
        Set<String> excluded = p == null ? Set.of() : p.datasource().exclude();
        if (excluded.contains(beanName)) {
            return bean;
        }
        DataSource wrapped = analyzer.getObject().wrap(ds);
        // From the first DataSource on, what the context does while starting is startup work.
        StartupWork work = startup.getIfAvailable();
        if (work != null) {
            work.begin();
        }
        return wrapped;
    }

    /** Late, so that other post-processors (proxies, decorators) see the pool first and ours wraps the result. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
