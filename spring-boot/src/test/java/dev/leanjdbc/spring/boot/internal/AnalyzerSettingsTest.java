package dev.leanjdbc.spring.boot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.junit.LeanJdbcExtension;
import dev.leanjdbc.spring.boot.LeanJdbcAutoConfiguration;
import dev.leanjdbc.spring.boot.test.LeanJdbcTestAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The analyzer the starter builds: its application packages come from Boot unless a property names them. */
class AnalyzerSettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(LeanJdbcTestAutoConfiguration.class, LeanJdbcAutoConfiguration.class))
            .withInitializer(context -> AutoConfigurationPackages.register(
                    (BeanDefinitionRegistry) context, "org.springframework.samples.petclinic"));

    @Test
    void theApplicationPackagesAreBootsAutoConfigurationPackages() {
        runner.withClassLoader(new FilteredClassLoader(LeanJdbcExtension.class))
                .run(context -> assertThat(context.getBean(QueryAnalyzer.class).applicationPackages())
                        .containsExactly("org.springframework.samples.petclinic."));
    }

    @Test
    void aPropertyNamesThemInstead() {
        runner.withClassLoader(new FilteredClassLoader(LeanJdbcExtension.class))
                .withPropertyValues("leanjdbc.analyzer.application-packages=com.shop,com.shop.admin")
                .run(context -> assertThat(context.getBean(QueryAnalyzer.class).applicationPackages())
                        .containsExactly("com.shop.", "com.shop.admin."));
    }

    @Test
    void inTestsTheSharedAnalyzerLearnsThemToo() {
        runner.run(context -> {
            QueryAnalyzer analyzer = context.getBean(QueryAnalyzer.class);
            assertThat(analyzer).isSameAs(LeanJdbcExtension.analyzer());
            assertThat(analyzer.applicationPackages()).contains("org.springframework.samples.petclinic.");
        });
    }
}
