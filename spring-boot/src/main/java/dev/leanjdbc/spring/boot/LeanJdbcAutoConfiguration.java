package dev.leanjdbc.spring.boot;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.spring.boot.internal.AnalyzerSettings;
import dev.leanjdbc.spring.boot.internal.DataSourceRecordingPostProcessor;
import dev.leanjdbc.spring.boot.internal.StartupWork;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Records every statement of the application: one {@link QueryAnalyzer} bean (its rolling global view is
 * always on), and every {@link DataSource} bean wrapped by it once. Off with {@code leanjdbc.enabled=false};
 * wrapping alone off with {@code leanjdbc.datasource.wrap=false}.
 *
 * <p>An application that defines its own {@code QueryAnalyzer} bean keeps it; the DataSources are then
 * wrapped by that one.
 */
@AutoConfiguration
@ConditionalOnClass(DataSource.class)
@ConditionalOnBooleanProperty(name = "leanjdbc.enabled", matchIfMissing = true)
@EnableConfigurationProperties(LeanJdbcProperties.class)
public class LeanJdbcAutoConfiguration {

    /**
     * The application's analyzer, built from {@code leanjdbc.analyzer.*}; its application packages (where
     * call sites are looked for first) are the {@code @SpringBootApplication}'s packages unless {@code
     * leanjdbc.analyzer.application-packages} names them.
     */
    @Bean
    @ConditionalOnMissingBean
    public QueryAnalyzer leanJdbcQueryAnalyzer(LeanJdbcProperties properties, BeanFactory beanFactory) {
        return AnalyzerSettings.build(properties.analyzer(), AnalyzerSettings.applicationPackages(beanFactory));
    }

    /**
     * Static: post-processors must exist before the DataSource beans they process. Package-private, as is
     * every bean method of an internal type: the starter's public API names only public types.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "leanjdbc.datasource.wrap", matchIfMissing = true)
    static DataSourceRecordingPostProcessor leanJdbcDataSourceRecording(
            ObjectProvider<QueryAnalyzer> analyzer,
            ObjectProvider<LeanJdbcProperties> properties,
            ObjectProvider<StartupWork> startup) {
        return new DataSourceRecordingPostProcessor(analyzer, properties, startup);
    }

    /** Startup work (scripts, bootstrap, runners) in a scope of its own, reported apart from requests. */
    @Bean
    @ConditionalOnMissingBean
    StartupWork leanJdbcStartupWork(QueryAnalyzer analyzer) {
        return new StartupWork(analyzer);
    }
}
