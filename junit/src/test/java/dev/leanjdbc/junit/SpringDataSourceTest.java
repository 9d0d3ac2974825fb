package dev.leanjdbc.junit;

import static dev.leanjdbc.junit.Samples.failureOf;
import static dev.leanjdbc.junit.Samples.withoutTimes;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Spring way of docs/junit.md: a BeanPostProcessor wraps every DataSource bean; JdbcTemplate code counts. */
class SpringDataSourceTest {

    /** docs/junit.md's Spring test configuration (the page leaves out the {@code static} of the nesting). */
    // tag::spring[]
    @Configuration
    // end::spring[]
    static
    // tag::spring[]
    class LeanJdbcTestConfig {
        @Bean
        static BeanPostProcessor leanJdbcDataSources() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds ? LeanJdbcExtension.wrap(ds) : bean;
                }
            };
        }
    }
    // end::spring[]

    /** Application code on JdbcTemplate with an N+1. */
    static class OrderRepository {
        static final String ORDERS_OF = "select o.id from orders o where o.customer_id = ?";

        private final JdbcTemplate jdbc;

        OrderRepository(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        int ordersOfFirstCustomers(int n) {
            List<Long> ids = jdbc.queryForList("select c.id from customer c order by c.id limit ?", Long.class, n);
            int orders = 0;
            for (long id : ids) {
                List<Long> orderIds = jdbc.queryForList(ORDERS_OF, Long.class, id); // site:spring-orders
                orders += orderIds.size();
            }
            return orders;
        }

        int ordersJoined(int n) {
            return jdbc.queryForObject(
                    "select count(*) from orders o join (select c.id from customer c order by c.id limit ?) c"
                            + " on o.customer_id = c.id",
                    Integer.class,
                    n);
        }
    }

    @Configuration
    @Import(LeanJdbcTestConfig.class)
    static class AppConfig {
        @Bean
        DataSource dataSource() {
            return Samples.dataSource();
        }

        @Bean
        JdbcTemplate jdbcTemplate(DataSource dataSource) {
            return new JdbcTemplate(dataSource);
        }

        @Bean
        OrderRepository orderRepository(JdbcTemplate jdbc) {
            return new OrderRepository(jdbc);
        }
    }

    @LeanJdbcTest
    static class SpringSample {
        static AnnotationConfigApplicationContext context;

        @BeforeAll
        static void start() {
            context = new AnnotationConfigApplicationContext(AppConfig.class);
        }

        @AfterAll
        static void stop() {
            context.close();
        }

        @Test
        void everyDataSourceBeanRecordsAndStillUnwraps() throws Exception {
            DataSource ds = context.getBean(DataSource.class);
            assertThat(LeanJdbcExtension.wrap(ds)).isSameAs(ds);
            assertThat(ds.unwrap(HikariDataSource.class)).isInstanceOf(HikariDataSource.class);
        }

        @Test
        @ExpectQueries(select = 1)
        @NoNPlusOne
        void nPlusOne() {
            context.getBean(OrderRepository.class).ordersOfFirstCustomers(6);
        }

        @Test
        @ExpectQueries(select = 1)
        @NoNPlusOne
        void joined() {
            context.getBean(OrderRepository.class).ordersJoined(6);
        }
    }

    @DbTest
    void jdbcTemplateStatementsCountWithTheirApplicationCallSites(TestDatabase db) throws IOException {
        db.seedShop(ExtensionCountsTest.SMALL);
        EngineExecutionResults r = Samples.run(db.dataSource(), SpringSample.class);

        r.testEvents().assertStatistics(s -> s.started(3).succeeded(2).failed(1));
        String site = "SpringDataSourceTest$OrderRepository.ordersOfFirstCustomers(SpringDataSourceTest.java:"
                + line("// site:spring-orders") + ")";
        assertThat(withoutTimes(failureOf(r, "nPlusOne")))
                .startsWith("Expected 1 SELECT but 7 were executed:\n"
                        + "  6 x select o.id from orders o where o.customer_id = ?\n"
                        + "      T ms total, at " + site + "\n"
                        + "      N+1, driven by the values of ")
                .contains("\n\nExpected no N+1 queries but found 1:\n  N_PLUS_ONE WARNING: 6 executions of ");
    }

    private static int line(String marker) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/java/dev/leanjdbc/junit/SpringDataSourceTest.java"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith(marker)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no line " + marker);
    }

    @Test
    void theBeanPostProcessorLeavesOtherBeansAlone() {
        Object bean = new Object();
        assertThat(LeanJdbcTestConfig.leanJdbcDataSources().postProcessAfterInitialization(bean, "x"))
                .isSameAs(bean);
    }
}
