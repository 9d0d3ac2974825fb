package dev.leanjdbc.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.spring.boot.test.LeanJdbcTestAutoConfiguration;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Work an application hands to Spring Boot's task executor — an {@code @Async} method, a task submitted to
 * the {@code applicationTaskExecutor} — counts for the scopes of the thread that handed it over (a request,
 * a test), through the starter's {@code TaskDecorator}; the application's own decorator still applies.
 */
class TaskDecoratorTest {

    private static volatile TestDatabase database;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    LeanJdbcTestAutoConfiguration.class,
                    LeanJdbcAutoConfiguration.class,
                    TaskExecutionAutoConfiguration.class))
            .withUserConfiguration(AsyncApplication.class);

    /** An application with {@code @Async} work and a task decorator of its own (as for MDC or security). */
    @Configuration(proxyBeanMethods = false)
    @EnableAsync
    static class AsyncApplication {
        @Bean
        DataSource dataSource() {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(database.jdbcUrl());
            pool.setUsername(database.user());
            pool.setPassword(database.password());
            pool.setMaximumPoolSize(2);
            return pool;
        }

        @Bean
        OwnDecorator ownDecorator() {
            return new OwnDecorator();
        }

        @Bean
        Reports reports(DataSource dataSource) {
            return new Reports(dataSource);
        }
    }

    static class OwnDecorator implements TaskDecorator {
        final AtomicInteger decorated = new AtomicInteger();
        final AtomicInteger ran = new AtomicInteger();

        @Override
        public Runnable decorate(Runnable runnable) {
            decorated.incrementAndGet();
            return () -> {
                ran.incrementAndGet();
                runnable.run();
            };
        }
    }

    public static class Reports {
        private final DataSource dataSource;

        Reports(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Async
        public CompletableFuture<Integer> count() {
            return CompletableFuture.completedFuture(select(dataSource));
        }
    }

    @DbTest(Db.H2)
    void asyncMethodsAndExecutorTasksCountForTheSubmittersScope(TestDatabase db) {
        database = db;
        runner.run(ctx -> {
            QueryAnalyzer analyzer = ctx.getBean(QueryAnalyzer.class);
            DataSource ds = ctx.getBean(DataSource.class);
            ThreadPoolTaskExecutor executor = ctx.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class);
            AnalysisScope scope = analyzer.scope("GET /report");
            try (scope) {
                assertThat(ctx.getBean(Reports.class).count().get(20, TimeUnit.SECONDS))
                        .isEqualTo(1);
                executor.submit(() -> select(ds)).get(20, TimeUnit.SECONDS);
                executor.submitCompletable(() -> select(ds)).get(20, TimeUnit.SECONDS);
            }
            assertThat(scope.report().statementCount()).isEqualTo(3);
            assertThat(scope.report().events())
                    .extracting(e -> e.threadName())
                    .allMatch(name -> name.startsWith("task-"));
            OwnDecorator own = ctx.getBean(OwnDecorator.class);
            assertThat(own.ran.get())
                    .as("the application's own decorator, composed")
                    .isEqualTo(3);
        });
    }

    /** {@code spring.threads.virtual.enabled}: Boot's executor is a SimpleAsyncTaskExecutor on virtual threads. */
    @DbTest(Db.H2)
    void onVirtualThreadsTheAsyncWorkCountsToo(TestDatabase db) {
        assumeThat(Runtime.version().feature())
                .as("virtual threads need JDK 21+")
                .isGreaterThanOrEqualTo(21);
        database = db;
        runner.withPropertyValues("spring.threads.virtual.enabled=true").run(ctx -> {
            QueryAnalyzer analyzer = ctx.getBean(QueryAnalyzer.class);
            AnalysisScope scope = analyzer.scope("GET /report");
            try (scope) {
                ctx.getBean(Reports.class).count().get(20, TimeUnit.SECONDS);
            }
            assertThat(ctx.getBean("applicationTaskExecutor")).isInstanceOf(SimpleAsyncTaskExecutor.class);
            assertThat(scope.report().statementCount()).isEqualTo(1);
            assertThat(ctx.getBean(OwnDecorator.class).ran.get()).isEqualTo(1);
        });
    }

    @DbTest(Db.H2)
    void switchedOffTheTasksCountForNoScopeAndTheOwnDecoratorStays(TestDatabase db) {
        database = db;
        runner.withPropertyValues("leanjdbc.tasks.decorate=false").run(ctx -> {
            QueryAnalyzer analyzer = ctx.getBean(QueryAnalyzer.class);
            assertThat(ctx.getBeanNamesForType(TaskDecorator.class)).containsExactly("ownDecorator");
            AnalysisScope scope = analyzer.scope("GET /report");
            try (scope) {
                ctx.getBean(Reports.class).count().get(20, TimeUnit.SECONDS);
            }
            assertThat(scope.report().statementCount()).isZero();
            assertThat(ctx.getBean(OwnDecorator.class).ran.get()).isEqualTo(1);
        });
    }

    static int select(DataSource ds) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1")) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
