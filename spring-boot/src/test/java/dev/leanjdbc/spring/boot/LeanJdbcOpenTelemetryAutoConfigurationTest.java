package dev.leanjdbc.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.opentelemetry.LeanJdbcTelemetry;
import dev.leanjdbc.spring.boot.test.LeanJdbcTestAutoConfiguration;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter binds the analyzer to OpenTelemetry when {@code opentelemetry-api} is on the class path. */
class LeanJdbcOpenTelemetryAutoConfigurationTest {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    LeanJdbcTestAutoConfiguration.class,
                    LeanJdbcAutoConfiguration.class,
                    LeanJdbcOpenTelemetryAutoConfiguration.class))
            .withPropertyValues("leanjdbc.test.shared-analyzer=false")
            .withBean("dataSource", DataSource.class, () -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:boot_otel;DB_CLOSE_DELAY=-1");
                return h2;
            });

    private OpenTelemetrySdk sdk() {
        return OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder()
                        .addSpanProcessor(SimpleSpanProcessor.create(spans))
                        .build())
                .build();
    }

    @Test
    void aRequestsNPlusOneGoesOnItsSpanThroughTheApplicationsOpenTelemetryBean() {
        runner.withBean(OpenTelemetry.class, this::sdk).run(ctx -> {
            assertThat(ctx).hasSingleBean(LeanJdbcTelemetry.class);
            QueryAnalyzer analyzer = ctx.getBean(QueryAnalyzer.class);
            DataSource ds = ctx.getBean(DataSource.class);
            Span server = ctx.getBean(OpenTelemetry.class)
                    .getTracer("test")
                    .spanBuilder("GET /owners")
                    .startSpan();
            try (Scope ignored = server.makeCurrent();
                    AnalysisScope scope = analyzer.scope("GET /owners");
                    Connection c = ds.getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("create table if not exists owner (id int primary key, name varchar(20))");
                    s.execute("merge into owner values (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')");
                }
                try (PreparedStatement ps = c.prepareStatement("select name from owner where id = ?")) {
                    for (int id = 1; id <= 4; id++) {
                        ps.setInt(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                        }
                    }
                }
            } finally {
                server.end();
            }
            List<SpanData> done = spans.getFinishedSpanItems();
            assertThat(done).hasSize(1);
            List<EventData> events = done.get(0).getEvents();
            assertThat(events).extracting(EventData::getName).containsExactly("leanjdbc.finding");
            assertThat(events.get(0).getAttributes().asMap().toString())
                    .contains("N_PLUS_ONE", getClass().getName() + ".lambda");
        });
    }

    @Test
    void withoutABeanTheGlobalOpenTelemetryOfTheAgentIsUsed() {
        runner.run(ctx -> assertThat(ctx).hasSingleBean(LeanJdbcTelemetry.class));
    }

    @Test
    void offWithThePropertyOrWithoutTheApi() {
        runner.withPropertyValues("leanjdbc.opentelemetry.enabled=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(LeanJdbcTelemetry.class));
        runner.withClassLoader(new FilteredClassLoader(OpenTelemetry.class)).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx).doesNotHaveBean(LeanJdbcTelemetry.class);
        });
    }

    @Test
    void aBadEventLimitFailsTheStartWithTheValue() {
        runner.withPropertyValues("leanjdbc.opentelemetry.max-finding-events=500")
                .run(
                        ctx -> assertThat(ctx)
                                .hasFailed()
                                .getFailure()
                                .rootCause()
                                .hasMessageContaining(
                                        "maxFindingEvents must be between 0 and 128 (it bounds the events on one span), was 500"));
    }
}
