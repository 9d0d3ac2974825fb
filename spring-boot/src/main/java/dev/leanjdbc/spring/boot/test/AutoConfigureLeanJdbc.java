package dev.leanjdbc.spring.boot.test;

import dev.leanjdbc.junit.LeanJdbcExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * For test contexts that do not load leanjdbc's auto-configuration themselves ({@code @SpringBootTest},
 * {@code @JdbcTest}, {@code @JooqTest} and Boot 4's {@code @DataJpaTest}, which includes {@code
 * @AutoConfigureJdbc}, do): imports it — every DataSource bean recorded by the JUnit extension's shared
 * analyzer — and registers {@link LeanJdbcExtension}, so the suite default {@code leanjdbc.junit.failOn}
 * applies to the class.
 *
 * <pre>{@code
 * @SpringJUnitConfig(PersistenceConfig.class)
 * @AutoConfigureLeanJdbc
 * class OrderRepositoryTest { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ImportAutoConfiguration
@ExtendWith(LeanJdbcExtension.class)
public @interface AutoConfigureLeanJdbc {}
