package dev.leanjdbc.analyzer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.example.unlisted.Caller;
import org.junit.jupiter.api.Test;

/** Which frames are never a call site, which are the application's, and the pattern syntax. */
class CallSitesTest {

    private static final CallSites DEFAULTS = new CallSites(AnalyzerConfig.DEFAULT_SKIP_FRAMES, List.of());

    @Test
    void generatedProxiesAndSubclassesAreSkippedByTheirNamesInAnyPackage() {
        assertThat(DEFAULTS.skipped("com.shop.Customer$HibernateProxy$Xy1")).isTrue();
        assertThat(DEFAULTS.skipped("com.shop.Customer$HibernateProxy")).isTrue();
        assertThat(DEFAULTS.skipped("com.shop.OrderService$$SpringCGLIB$$0")).isTrue();
        assertThat(DEFAULTS.skipped("com.shop.OrderService$$EnhancerBySpringCGLIB$$1a2b"))
                .isTrue();
        assertThat(DEFAULTS.skipped("com.shop.Repo$ByteBuddy$abc")).isTrue();
        assertThat(DEFAULTS.skipped("com.shop.$Proxy12")).isTrue();
        assertThat(DEFAULTS.skipped("jdk.proxy2.$Proxy31")).isTrue();
        assertThat(DEFAULTS.skipped("com.shop.OrderService$$Lambda/0x0000000800c4a000"))
                .isTrue();
        assertThat(DEFAULTS.skipped("jdk.internal.reflect.DirectMethodHandleAccessor"))
                .isTrue();
        assertThat(DEFAULTS.skipped("java.lang.reflect.Method")).isTrue();
        // the application's own classes, nested and anonymous ones included
        assertThat(DEFAULTS.skipped("com.shop.Customer")).isFalse();
        assertThat(DEFAULTS.skipped("com.shop.OrderService$1")).isFalse();
        assertThat(DEFAULTS.skipped("com.shop.OrderService$Lines")).isFalse();
    }

    @Test
    void springIsSkippedModuleByModuleSoAnApplicationUnderOrgSpringframeworkIsNot() {
        assertThat(DEFAULTS.skipped("org.springframework.jdbc.core.JdbcTemplate"))
                .isTrue();
        assertThat(DEFAULTS.skipped("org.springframework.web.servlet.DispatcherServlet"))
                .isTrue();
        assertThat(DEFAULTS.skipped("org.springframework.data.jpa.repository.support.SimpleJpaRepository"))
                .isTrue();
        assertThat(DEFAULTS.skipped("org.springframework.aop.framework.ReflectiveMethodInvocation"))
                .isTrue();
        assertThat(DEFAULTS.skipped("org.springframework.samples.petclinic.owner.OwnerController"))
                .isFalse();
        assertThat(DEFAULTS.skipped("jakarta.servlet.http.HttpServlet")).isTrue();
        assertThat(DEFAULTS.skipped("org.apache.catalina.core.ApplicationFilterChain"))
                .isTrue();
        assertThat(DEFAULTS.skipped("org.junit.platform.commons.util.ReflectionUtils"))
                .isTrue();
        assertThat(DEFAULTS.skipped("org.apache.maven.surefire.booter.ForkedBooter"))
                .isTrue();
    }

    @Test
    void everyClassOfLeanjdbcIsSkippedButItsTestsAndExamplesAreNot() throws IOException {
        List<String> missed = new ArrayList<>();
        for (String module : List.of("../core", ".", "../junit", "../spring-boot", "../jooq-codegen", "../hibernate")) {
            Path root = Path.of(module, "src/main/java");
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
                        .map(f ->
                                root.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", ""))
                        .filter(name -> !DEFAULTS.skipped(name) || !DEFAULTS.skipped(name + "$1"))
                        .forEach(missed::add);
            }
        }
        assertThat(missed)
                .as("leanjdbc classes a call site could stop at: add them to LibraryFrames")
                .isEmpty();
        assertThat(DEFAULTS.skipped("dev.leanjdbc.ProjectionQuery")).isTrue();
        assertThat(DEFAULTS.skipped("dev.leanjdbc.SubsetQuery")).isTrue();
        assertThat(DEFAULTS.skipped("dev.leanjdbc.LeanTest")).isFalse();
        assertThat(DEFAULTS.skipped("dev.leanjdbc.analyzer.corpus.OrderService"))
                .isFalse();
        assertThat(DEFAULTS.skipped("dev.leanjdbc.examples.NaiveShop")).isFalse();
    }

    @Test
    void patternsArePackagesClassesGlobsAndKeeps() {
        CallSites c = new CallSites(
                List.of("com.shop.db.", "com.shop.JdbcHelper", "*$Generated*", "org.vendor.", "!org.vendor.samples."),
                List.of());
        assertThat(c.skipped("com.shop.db.Dao")).isTrue();
        assertThat(c.skipped("com.shop.JdbcHelper")).isTrue();
        assertThat(c.skipped("com.shop.JdbcHelper$Row")).isTrue();
        assertThat(c.skipped("com.shop.JdbcHelperTest")).isFalse();
        assertThat(c.skipped("com.shop.Order$Generated$1")).isTrue();
        assertThat(c.skipped("org.vendor.Library")).isTrue();
        assertThat(c.skipped("org.vendor.samples.App"))
                .as("kept by !org.vendor.samples.")
                .isFalse();
        assertThatThrownBy(() -> new CallSites(List.of("!"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("skipFrames pattern must not be blank, was '!'");
    }

    @Test
    void aKeepPatternUnskipsADefault() {
        List<String> patterns = new ArrayList<>(AnalyzerConfig.DEFAULT_SKIP_FRAMES);
        patterns.add("!org.springframework.jdbc.object.");
        CallSites c = new CallSites(patterns, List.of());
        assertThat(c.skipped("org.springframework.jdbc.object.MappingSqlQuery")).isFalse();
        assertThat(c.skipped("org.springframework.jdbc.core.JdbcTemplate")).isTrue();
    }

    @Test
    void theCallSiteIsTheFirstFrameInTheApplicationsPackagesWhenTheyAreKnown() {
        // This test is in dev.leanjdbc.analyzer.internal, which is skipped: keep it, as an application would be.
        List<String> patterns = new ArrayList<>(AnalyzerConfig.DEFAULT_SKIP_FRAMES);
        patterns.add("!" + CallSitesTest.class.getName());
        CallSites withoutPackages = new CallSites(patterns, List.of());
        assertThat(Caller.call(withoutPackages::find).className())
                .as("without application packages: the first frame not skipped")
                .isEqualTo(Caller.class.getName());
        CallSites withPackages = new CallSites(patterns, List.of("dev.leanjdbc.analyzer.internal"));
        assertThat(Caller.call(withPackages::find).className())
                .as("the unknown library is passed over for the application's frame")
                .isEqualTo(CallSitesTest.class.getName());
        assertThat(withPackages.skipped(CallSites.class.getName()))
                .as("a skipped class in an application package stays skipped")
                .isTrue();
        withoutPackages.addApplicationPackages(List.of("dev.leanjdbc.analyzer.internal."));
        assertThat(Caller.call(withoutPackages::find).className()).isEqualTo(CallSitesTest.class.getName());
        assertThat(withoutPackages.applicationPackages()).containsExactly("dev.leanjdbc.analyzer.internal.");
    }
}
