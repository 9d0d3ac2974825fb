package dev.leanjdbc.analyzer.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.BudgetAction;
import dev.leanjdbc.analyzer.MemoryPressureMonitor;
import dev.leanjdbc.analyzer.PressureAction;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.ScopeBudget;
import dev.leanjdbc.analyzer.micrometer.LeanJdbcMetrics;
import dev.leanjdbc.analyzer.opentelemetry.LeanJdbcTelemetry;
import dev.leanjdbc.testing.DbTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.servlet.ServletContext;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The code of docs/production.md, run: the filter registered by code and declared in {@code web.xml} (the
 * page's block is a region of this package's test resource {@code web.xml}) stops a request that reads more
 * than its budget; the memory-pressure monitor and the meters start.
 */
class ProductionSnippetsTest {

    // tag::filter[]
    static void register(QueryAnalyzer analyzer, ServletContext servletContext) {
        AnalysisFilter filter = AnalysisFilter.builder(analyzer)
                .sampleRate(0.05) // log 5 % of the requests; every request still gets its scope
                .budget(ScopeBudget.unlimited().withMaxRowsRead(50_000).withAction(BudgetAction.THROW))
                .build();
        servletContext.addFilter("leanjdbc", filter).addMappingForUrlPatterns(null, false, "/*");
    }
    // end::filter[]

    // tag::monitor[]
    static MemoryPressureMonitor watchTheHeap(QueryAnalyzer analyzer) {
        MemoryPressureMonitor monitor = MemoryPressureMonitor.builder(analyzer)
                .threshold(0.80) // of the heap's maximum, held after a collection
                .action(PressureAction.STOP) // stop the culprit; or LOG (default) and your own onPressure(...)
                .start();
        return monitor;
    }
    // end::monitor[]

    // tag::metrics[]
    static void meters(QueryAnalyzer analyzer, MeterRegistry meterRegistry) {
        LeanJdbcMetrics.bind(analyzer, meterRegistry); // or LeanJdbcMetrics.binder(analyzer, options) as a MeterBinder
    }
    // end::metrics[]

    // tag::opentelemetry[]
    static void traces(QueryAnalyzer analyzer, OpenTelemetry openTelemetry) {
        LeanJdbcTelemetry.bind(analyzer, openTelemetry); // or GlobalOpenTelemetry.get() under the Java agent
    }
    // end::opentelemetry[]

    @DbTest
    void theFilterRegisteredByCodeStopsARequestOverItsBudget(DataSource raw) throws Exception {
        ItemApp.createItems(raw, 100);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        try (ItemApp app = ItemApp.registering(analyzer.wrap(raw), context -> register(analyzer, context))) {
            assertThat(app.get("/items/5").body()).isEqualTo("item 5");
            assertThat(app.get("/export?rows=50000").statusCode()).isEqualTo(200);
            assertThat(app.get("/export?rows=50001").statusCode()).isEqualTo(500);
        }
    }

    @DbTest
    void theFilterDeclaredInWebXmlStopsARequestOverItsBudget(DataSource raw) throws Exception {
        ItemApp.createItems(raw, 100);
        Element filter = webXmlFilter();
        assertThat(text(filter, "filter-class")).isEqualTo(AnalysisFilter.class.getName());
        Map<String, String> params = new LinkedHashMap<>();
        NodeList init = filter.getElementsByTagName("init-param");
        for (int i = 0; i < init.getLength(); i++) {
            Element p = (Element) init.item(i);
            params.put(text(p, "param-name"), text(p, "param-value"));
        }
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        try (ItemApp app = ItemApp.declared(
                analyzer.wrap(raw),
                AnalysisFilter.class,
                params,
                context -> context.setAttribute(AnalysisFilter.ANALYZER_ATTRIBUTE, analyzer))) {
            assertThat(app.get("/export?rows=50000").statusCode()).isEqualTo(200);
            assertThat(app.get("/export?rows=50001").statusCode()).isEqualTo(500);
        }
    }

    @Test
    void theMonitorWatchesTheHeap() {
        try (MemoryPressureMonitor monitor = watchTheHeap(QueryAnalyzer.create())) {
            assertThat(monitor.watchedPools()).isNotEmpty();
        }
    }

    @DbTest
    void theMetersCountStatements(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        MeterRegistry registry = new SimpleMeterRegistry();
        meters(analyzer, registry);
        try (Connection c = analyzer.wrap(raw).getConnection();
                Statement s = c.createStatement()) {
            s.executeQuery("select 1").close();
        }
        assertThat(registry.find("leanjdbc.statements").counters()).isNotEmpty();
    }

    private static Element webXmlFilter() throws Exception {
        try (InputStream in = ProductionSnippetsTest.class.getResourceAsStream("web.xml")) {
            Document doc =
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            Element filter = (Element) doc.getElementsByTagName("filter").item(0);
            Element mapping =
                    (Element) doc.getElementsByTagName("filter-mapping").item(0);
            assertThat(text(mapping, "filter-name")).isEqualTo(text(filter, "filter-name"));
            assertThat(text(mapping, "url-pattern")).isEqualTo("/*");
            return filter;
        }
    }

    private static String text(Element e, String tag) {
        return e.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
