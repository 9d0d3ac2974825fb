package dev.leanjdbc.analyzer.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The frames that are never an application's call site, as {@link FramePattern}s: the JDK, drivers, pools,
 * frameworks (by their precise packages: Spring's own modules, not {@code org.springframework.} as a whole,
 * so that an application package such as {@code org.springframework.samples.petclinic} is not skipped),
 * servers, test runners, generated proxies and subclasses (by the pattern of their names, since they live in
 * the application's own packages), and every class of leanjdbc itself.
 */
final class LibraryFrames {

    private LibraryFrames() {}

    /** The default skip patterns (see {@link FramePattern} for the syntax). */
    static final List<String> DEFAULTS = build();

    private static List<String> build() {
        List<String> p = new ArrayList<>();
        // The JDK, reflection included (java.lang.reflect., jdk.internal.reflect.), and JDK dynamic proxies
        // (jdk.proxyN., com.sun.proxy.).
        add(p, "java.", "javax.", "jdk.", "sun.", "com.sun.", "jakarta.");
        // JDBC drivers and pools.
        add(
                p,
                "org.h2.",
                "org.postgresql.",
                "com.mysql.",
                "org.mariadb.",
                "oracle.jdbc.",
                "com.microsoft.sqlserver.",
                "org.sqlite.",
                "org.hsqldb.",
                "org.apache.derby.",
                "com.ibm.db2.",
                "org.firebirdsql.",
                "com.clickhouse.",
                "io.r2dbc.",
                "com.zaxxer.hikari.",
                "com.mchange.",
                "org.apache.commons.dbcp2.",
                "org.apache.commons.pool2.",
                "io.agroal.",
                "org.vibur.");
        // Data-access libraries, JDBC spies, migrations.
        add(
                p,
                "org.jooq.",
                "org.hibernate.",
                "org.eclipse.persistence.",
                "org.apache.openjpa.",
                "org.jdbi.",
                "org.apache.ibatis.",
                "org.mybatis.",
                "com.querydsl.",
                "io.ebean.",
                "org.jetbrains.exposed.",
                "org.simpleflatmapper.",
                "net.ttddyy.dsproxy.",
                "com.p6spy.",
                "org.flywaydb.",
                "liquibase.");
        // Spring's own modules (Framework, Boot, Data, Security and the other projects), one by one.
        for (String module : List.of(
                "aop",
                "aot",
                "asm",
                "beans",
                "boot",
                "cache",
                "cglib",
                "context",
                "core",
                "dao",
                "ejb",
                "expression",
                "format",
                "http",
                "instrument",
                "jca",
                "jdbc",
                "jms",
                "jmx",
                "jndi",
                "lang",
                "mail",
                "messaging",
                "mock",
                "objenesis",
                "orm",
                "oxm",
                "r2dbc",
                "remoting",
                "scheduling",
                "scripting",
                "stereotype",
                "test",
                "transaction",
                "ui",
                "util",
                "validation",
                "web",
                "data",
                "security",
                "session",
                "batch",
                "integration",
                "kafka",
                "amqp",
                "retry",
                "graphql",
                "cloud",
                "ws",
                "hateoas",
                "restdocs",
                "shell",
                "statemachine",
                "vault",
                "ldap",
                "modulith",
                "ai",
                "pulsar",
                "grpc",
                "resilience")) {
            p.add("org.springframework." + module + ".");
        }
        // Other frameworks, servers, template engines, JSON, logging, tracing, languages' runtimes.
        add(
                p,
                "org.apache.catalina.",
                "org.apache.coyote.",
                "org.apache.tomcat.",
                "org.apache.jasper.",
                "org.eclipse.jetty.",
                "io.undertow.",
                "org.xnio.",
                "io.netty.",
                "reactor.",
                "io.vertx.",
                "io.quarkus.",
                "io.micronaut.",
                "io.smallrye.",
                "org.glassfish.",
                "org.jboss.",
                "com.google.inject.",
                "com.google.common.",
                "dagger.",
                "org.aspectj.",
                "org.apache.cxf.",
                "org.thymeleaf.",
                "freemarker.",
                "org.apache.velocity.",
                "com.fasterxml.jackson.",
                "tools.jackson.",
                "org.slf4j.",
                "ch.qos.logback.",
                "org.apache.logging.",
                "org.apache.commons.logging.",
                "io.micrometer.",
                "io.opentelemetry.",
                "brave.",
                "co.elastic.apm.",
                "com.newrelic.",
                "io.sentry.",
                "kotlin.",
                "kotlinx.",
                "scala.",
                "groovy.",
                "org.codehaus.groovy.",
                "org.apache.groovy.");
        // Test runners and test libraries (a test's own method is the line, not the runner's reflection).
        add(
                p,
                "org.junit.",
                "junit.",
                "org.testng.",
                "org.apache.maven.surefire.",
                "org.apache.maven.plugin.surefire.",
                "org.gradle.",
                "worker.org.gradle.",
                "com.intellij.rt.",
                "org.eclipse.jdt.internal.junit",
                "org.assertj.",
                "org.mockito.",
                "net.bytebuddy.",
                "org.testcontainers.",
                "io.zonky.");
        // Generated classes by the pattern of their names: they live in the application's packages.
        add(
                p,
                "*/*", // hidden classes (lambda proxies, defineHiddenClass): Outer$$Lambda/0x0000...
                "*$HibernateProxy*",
                "*$$SpringCGLIB$$*",
                "*$$EnhancerBySpringCGLIB$$*",
                "*$$FastClassBySpringCGLIB$$*",
                "*$$EnhancerByCGLIB$$*",
                "*$ByteBuddy$*",
                "*$MockitoMock$*",
                "*$$_javassist*",
                "*_$$_jvst*",
                "*$Proxy$_$$_Weld*",
                "*.$Proxy*", // JDK proxies of non-public interfaces, in the interface's package
                "*$$Lambda$*");
        // leanjdbc itself: its internal packages and each class of its API (by name, so that the tests and
        // applications in leanjdbc's packages, e.g. dev.leanjdbc.examples, are not skipped).
        add(p, "dev.leanjdbc.internal.", "dev.leanjdbc.analyzer.internal.");
        add(
                p,
                "dev.leanjdbc.junit.internal.",
                "dev.leanjdbc.spring.boot.internal.",
                "dev.leanjdbc.hibernate.internal.");
        classes(
                p,
                "dev.leanjdbc.",
                "ApiFactory",
                "BulkOptions",
                "BulkProgress",
                "Chunk",
                "ChunkFailedException",
                "ChunkHandler",
                "ChunkOptions",
                "ChunkProgress",
                "ChunkSummary",
                "FromColumn",
                "InvalidRowException",
                "Lean",
                "LeanCursor",
                "LeanStreaming",
                "Projection",
                "ProjectionQuery",
                "ResultSetMapper",
                "StreamOptions",
                "StreamingUnavailableException",
                "Subset",
                "SubsetQuery",
                "SubsetRecord",
                "UnloadedColumnException");
        classes(
                p,
                "dev.leanjdbc.analyzer.",
                "AnalysisScope",
                "AnalyzerListener",
                "ApiFactory",
                "BudgetAction",
                "BudgetExceededException",
                "CallSite",
                "CapturedScopes",
                "CallSiteMode",
                "ColumnSet",
                "Finding",
                "FindingType",
                "FingerprintStats",
                "InFlightScope",
                "MemoryPressure",
                "MemoryPressureMonitor",
                "PressureAction",
                "QueryAnalyzer",
                "ReadValueSample",
                "Report",
                "ResultMode",
                "ScopeBudget",
                "ScopedExecutors",
                "ScopeContribution",
                "ScopeStoppedException",
                "Severity",
                "StatementEvent",
                "StatementKind",
                "StatementOrigin",
                "SuppressFinding",
                "servlet.AnalysisFilter",
                "micrometer.LeanJdbcMetrics",
                "opentelemetry.LeanJdbcTelemetry",
                "records.FieldUse");
        classes(
                p,
                "dev.leanjdbc.junit.",
                "AnalyzedDataSource",
                "ConstantQueries",
                "ExpectFinding",
                "ExpectFindings",
                "ExpectQueries",
                "LeanAssertions",
                "LeanJdbcExtension",
                "LeanJdbcTest",
                "MaxQueries",
                "NoFindings",
                "NoNPlusOne",
                "QueryAssert",
                "QueryContract",
                "QueryContracts",
                "QueryScope",
                "RecordedDataSource",
                "ScaleAssert",
                "TestScopes");
        classes(
                p,
                "dev.leanjdbc.spring.boot.",
                "LeanJdbcAutoConfiguration",
                "LeanJdbcEndpoint",
                "LeanJdbcEndpointAutoConfiguration",
                "LeanJdbcHibernateAutoConfiguration",
                "LeanJdbcJooqAutoConfiguration",
                "LeanJdbcMemoryPressureAutoConfiguration",
                "LeanJdbcMetricsAutoConfiguration",
                "LeanJdbcOpenTelemetryAutoConfiguration",
                "LeanJdbcProperties",
                "LeanJdbcWebAutoConfiguration",
                "test.AutoConfigureLeanJdbc",
                "test.LeanJdbcTestAutoConfiguration");
        add(p, "dev.leanjdbc.jooq.codegen.TrackingJavaGenerator", "dev.leanjdbc.hibernate.LeanJdbcHibernate");
        return List.copyOf(p);
    }

    private static void add(List<String> to, String... patterns) {
        to.addAll(List.of(patterns));
    }

    private static void classes(List<String> to, String pkg, String... names) {
        for (String n : names) {
            to.add(pkg + n);
        }
    }
}
