package dev.leanjdbc.spring.boot.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.hibernate.LeanJdbcHibernate;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With leanjdbc-hibernate on the class path (this module's tests have it), the starter hands its analyzer
 * to Hibernate, and the module's integrator hears every entity load; with the starter off, nothing is added.
 */
class LeanJdbcHibernateAutoConfigurationTest {

    private static ConfigurableApplicationContext start(String... more) {
        List<String> props = new ArrayList<>(List.of(
                "spring.main.web-application-type=none",
                "spring.datasource.url=jdbc:h2:mem:hibernate-autoconfig-" + more.length + ";DB_CLOSE_DELAY=-1",
                "spring.jpa.hibernate.ddl-auto=create-drop"));
        props.addAll(List.of(more));
        return new SpringApplicationBuilder(JpaClinicApplication.class)
                .properties(props.toArray(new String[0]))
                .run();
    }

    private static List<String> postLoadListeners(SessionFactoryImplementor sf) {
        List<String> names = new ArrayList<>();
        sf.getEventListenerRegistry()
                .getEventListenerGroup(EventType.POST_LOAD)
                .listeners()
                .forEach(l -> names.add(l.getClass().getName()));
        return names;
    }

    @Test
    void theAnalyzerBeanIsHandedToHibernateAndTheLoadListenerIsOn() {
        try (ConfigurableApplicationContext ctx = start()) {
            SessionFactoryImplementor sf =
                    ctx.getBean(EntityManagerFactory.class).unwrap(SessionFactoryImplementor.class);
            assertThat(sf.getProperties().get(LeanJdbcHibernate.ANALYZER)).isSameAs(ctx.getBean(QueryAnalyzer.class));
            assertThat(postLoadListeners(sf)).contains("dev.leanjdbc.hibernate.internal.LoadListener");
        }
    }

    @Test
    void withTheStarterOffHibernateIsLeftAlone() {
        try (ConfigurableApplicationContext ctx = start("leanjdbc.enabled=false")) {
            SessionFactoryImplementor sf =
                    ctx.getBean(EntityManagerFactory.class).unwrap(SessionFactoryImplementor.class);
            assertThat(sf.getProperties()).doesNotContainKey(LeanJdbcHibernate.ANALYZER);
            assertThat(postLoadListeners(sf)).doesNotContain("dev.leanjdbc.hibernate.internal.LoadListener");
        }
    }
}
