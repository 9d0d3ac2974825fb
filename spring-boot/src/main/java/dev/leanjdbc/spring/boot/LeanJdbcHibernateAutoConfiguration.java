package dev.leanjdbc.spring.boot;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * With {@code leanjdbc-hibernate} on the class path (adding the dependency is the opt-in), gives the
 * application's analyzer to Hibernate under {@code leanjdbc.hibernate.analyzer}: the module's integrator
 * then reports {@code ENTITY_OVER_FETCH} in the analyzer's scopes (requests, tests) for bytecode-enhanced
 * entities. See {@code docs/hibernate.md}.
 */
@AutoConfiguration(
        after = LeanJdbcAutoConfiguration.class,
        beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass(value = HibernatePropertiesCustomizer.class, name = "dev.leanjdbc.hibernate.LeanJdbcHibernate")
@ConditionalOnBean(QueryAnalyzer.class)
public class LeanJdbcHibernateAutoConfiguration {

    /** The setting leanjdbc-hibernate reads ({@code LeanJdbcHibernate.ANALYZER}), named here without linking it. */
    static final String ANALYZER_SETTING = "leanjdbc.hibernate.analyzer";

    /** Puts the analyzer bean into the Hibernate settings of the application's entity manager factory. */
    @Bean
    public HibernatePropertiesCustomizer leanJdbcHibernateAnalyzer(QueryAnalyzer analyzer) {
        return properties -> properties.put(ANALYZER_SETTING, analyzer);
    }
}
