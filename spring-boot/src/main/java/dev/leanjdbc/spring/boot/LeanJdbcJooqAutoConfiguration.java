package dev.leanjdbc.spring.boot;

import dev.leanjdbc.Lean;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * A {@link Lean} bean on the application's jOOQ {@link DSLContext} (as made by {@code spring-boot-starter-jooq})
 * when {@code leanjdbc-core} is on the class path: it keeps the context's settings, listeners and Spring
 * transaction handling for what it runs through the context, and borrows its own connections from the
 * (recorded) DataSource bean for streaming and chunked work. Off with {@code leanjdbc.jooq.enabled=false}.
 */
@AutoConfiguration(
        after = LeanJdbcAutoConfiguration.class,
        afterName = "org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration")
@ConditionalOnClass({Lean.class, DSLContext.class})
@ConditionalOnBooleanProperty(name = "leanjdbc.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "leanjdbc.jooq.enabled", matchIfMissing = true)
public class LeanJdbcJooqAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(DSLContext.class)
    @ConditionalOnSingleCandidate(DataSource.class)
    public Lean lean(DSLContext dsl, DataSource dataSource) {
        return Lean.of(dataSource, dsl);
    }
}
