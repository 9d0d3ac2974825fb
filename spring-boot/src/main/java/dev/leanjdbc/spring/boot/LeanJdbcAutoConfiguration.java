package dev.leanjdbc.spring.boot;

import dev.leanjdbc.analyzer.CapturedScopes;
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
import org.springframework.core.task.TaskDecorator;

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

    /** The task decorator's bean name; define a bean of this name to replace it. */
    public static final String TASK_DECORATOR_BEAN = "leanJdbcTaskDecorator";

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

    /**
     * Tasks of the executors Spring Boot builds — {@code @Async} methods, the {@code applicationTaskExecutor},
     * executors from its {@code ThreadPoolTaskExecutorBuilder} and {@code SimpleAsyncTaskExecutorBuilder}
     * (virtual threads too) — record into the scopes of the thread that submitted them: the request's, the
     * test's. Boot applies every {@code TaskDecorator} bean in order (one composite), so an application's
     * own decorators keep working next to this one. An executor the application builds itself needs {@code
     * setTaskDecorator} or {@code ScopedExecutors.wrap}. Off with {@code leanjdbc.tasks.decorate=false}.
     */
    @Bean(TASK_DECORATOR_BEAN)
    @ConditionalOnBooleanProperty(name = "leanjdbc.tasks.decorate", matchIfMissing = true)
    @ConditionalOnMissingBean(name = TASK_DECORATOR_BEAN)
    public TaskDecorator leanJdbcTaskDecorator() {
        // Captured here, on the submitting thread; attached on whichever thread runs the task.
        return task -> CapturedScopes.capture().wrap(task);
    }
}
