package dev.leanjdbc.analyzer.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.analyzer.AnalyzerListener;
import dev.leanjdbc.analyzer.BudgetAction;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.ScopeBudget;
import dev.leanjdbc.testing.DbTest;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.core.StandardEngine;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.core.StandardService;
import org.junit.jupiter.api.Test;

/** The filter in a real Tomcat, driven by real HTTP requests over loopback. */
class AnalysisFilterTest {

    @DbTest
    void eachRequestHasItsScopeNamedByRouteAndOneLine(DataSource raw) throws Exception {
        ItemApp.createItems(raw, 100);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        List<Report> scopes = closedScopes(analyzer);
        try (RequestLog log = new RequestLog();
                ItemApp app = new ItemApp(analyzer.wrap(raw), new AnalysisFilter(analyzer))) {
            assertThat(app.get("/items/7").body()).isEqualTo("item 7");
            assertThat(app.get("/spring/items/8").body()).isEqualTo("item 8");
            assertThat(app.get("/plain/9").body()).isEqualTo("item 9");
            assertThat(app.get("/n-plus-one").statusCode()).isEqualTo(200);

            List<String> lines = log.lines(4);
            assertThat(lines).hasSize(4);
            assertThat(lines.get(0)).matches("GET /items/\\{id} 200 in \\d+\\.\\d ms: 1 statement, 1 row, 0 findings");
            assertThat(lines.get(1))
                    .matches("GET /spring/items/\\{id} 200 in \\d+\\.\\d ms: 1 statement, 1 row, 0 findings");
            assertThat(lines.get(2)).matches("GET /plain/9 200 in \\d+\\.\\d ms: 1 statement, 1 row, 0 findings");
            assertThat(lines.get(3))
                    .matches(
                            "GET /n-plus-one 200 in \\d+\\.\\d ms: 6 statements, 10 rows, \\d+ findings? \\(.*N_PLUS_ONE.*\\)");
        }
        assertThat(scopes)
                .extracting(Report::name)
                .containsExactly("GET /items/{id}", "GET /spring/items/{id}", "GET /plain/9", "GET /n-plus-one");
        assertThat(analyzer.inFlightScopes()).isEmpty();
    }

    @DbTest
    void concurrentRequestsEachSeeOnlyTheirOwnStatements(DataSource raw) throws Exception {
        ItemApp.createItems(raw, 100);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        List<Report> scopes = closedScopes(analyzer);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try (ItemApp app = new ItemApp(analyzer.wrap(raw), new AnalysisFilter(analyzer))) {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String path = i % 2 == 0 ? "/items/" + (i + 1) : "/n-plus-one";
                responses.add(clients.submit(() -> app.get(path)));
            }
            for (Future<HttpResponse<String>> r : responses) {
                assertThat(r.get().statusCode()).isEqualTo(200);
            }
            awaitSize(scopes, 40);
        } finally {
            clients.shutdownNow();
        }
        assertThat(scopes).hasSize(40);
        for (Report r : scopes) {
            assertThat(r.statementCount()).as(r.name()).isEqualTo(r.name().equals("GET /items/{id}") ? 1 : 6);
        }
    }

    @DbTest
    void aSpentBudgetStopsTheRequestThroughTheAppsErrorPathAndTheServerGoesOn(DataSource raw) throws Exception {
        ItemApp.createItems(raw, 100);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        AnalysisFilter filter = AnalysisFilter.builder(analyzer)
                .budget(ScopeBudget.unlimited().withMaxRowsRead(1_000).withAction(BudgetAction.THROW))
                .build();
        try (RequestLog log = new RequestLog();
                ItemApp app = new ItemApp(analyzer.wrap(raw), filter)) {
            HttpResponse<String> runaway = app.get("/export?rows=1000000");
            assertThat(runaway.statusCode()).isEqualTo(500);
            HttpResponse<String> small = app.get("/export?rows=100");
            assertThat(small.statusCode()).isEqualTo(200);
            assertThat(small.body()).isEqualTo("5050");
            assertThat(app.get("/items/3").body()).isEqualTo("item 3");

            List<String> lines = log.lines(3);
            assertThat(lines.get(0))
                    .matches("GET /export failed \\(BudgetExceededException: maxRowsRead\\) in \\d+\\.\\d ms: "
                            + "1 statement, 1001 rows, \\d+ findings?.*");
            assertThat(lines.get(1)).matches("GET /export 200 in \\d+\\.\\d ms: 1 statement, 100 rows, .*");
            assertThat(lines.get(2)).startsWith("GET /items/{id} 200");
        }
    }

    @DbTest
    void sampleRateZeroLogsNothingButStillScopesEveryRequest(DataSource raw) throws Exception {
        ItemApp.createItems(raw, 100);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        List<Report> scopes = closedScopes(analyzer);
        AnalysisFilter filter = AnalysisFilter.builder(analyzer).sampleRate(0.0).build();
        try (RequestLog log = new RequestLog();
                ItemApp app = new ItemApp(analyzer.wrap(raw), filter)) {
            for (int i = 1; i <= 5; i++) {
                assertThat(app.get("/items/" + i).statusCode()).isEqualTo(200);
            }
            awaitSize(scopes, 5);
            assertThat(log.lines(0)).isEmpty();
        }
        assertThat(scopes).extracting(Report::name).hasSize(5).containsOnly("GET /items/{id}");
    }

    @Test
    void badSettingsAreRefusedWithTheValue() {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        assertThatThrownBy(() -> AnalysisFilter.builder(analyzer).sampleRate(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sampleRate must be between 0.0 and 1.0 (the fraction of requests logged), was 1.5");
        assertThatThrownBy(() -> AnalysisFilter.builder(analyzer).sampleRate(Double.NaN))
                .hasMessage("sampleRate must be between 0.0 and 1.0 (the fraction of requests logged), was NaN");
        assertThatThrownBy(() -> AnalysisFilter.builder(analyzer).sampleRate(-0.1))
                .hasMessage("sampleRate must be between 0.0 and 1.0 (the fraction of requests logged), was -0.1");
        assertThatThrownBy(() -> AnalysisFilter.builder(analyzer).routeAttribute(" "))
                .hasMessage("routeAttribute must not be blank, was ' '");
        assertThat(AnalysisFilter.builder(analyzer).sampleRate(0.25).build().sampleRate())
                .isEqualTo(0.25);
    }

    @DbTest
    void aFilterDeclaredByClassTakesTheAnalyzerFromTheServletContextAndItsSettingsFromInitParameters(DataSource raw)
            throws Exception {
        ItemApp.createItems(raw, 100);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        Map<String, String> params = Map.of("maxRowsRead", "1_000", "action", "throw", "sampleRate", "1.0");
        try (RequestLog log = new RequestLog();
                ItemApp app = ItemApp.declared(
                        analyzer.wrap(raw),
                        AnalysisFilter.class,
                        params,
                        context -> context.setAttribute(AnalysisFilter.ANALYZER_ATTRIBUTE, analyzer))) {
            assertThat(app.get("/items/5").body()).isEqualTo("item 5");
            assertThat(app.get("/export?rows=5000").statusCode()).isEqualTo(500);

            List<String> lines = log.lines(2);
            assertThat(lines.get(0)).startsWith("GET /items/{id} 200 in ");
            assertThat(lines.get(1)).startsWith("GET /export failed (BudgetExceededException: maxRowsRead) in ");
        }
    }

    @DbTest
    void withoutInitParametersADeclaredFilterUsesTheAnalyzersDefaultBudget(DataSource raw) throws Exception {
        ItemApp.createItems(raw, 100);
        QueryAnalyzer analyzer = QueryAnalyzer.builder()
                .defaultBudget(ScopeBudget.unlimited().withMaxStatements(3).withAction(BudgetAction.THROW))
                .build();
        try (RequestLog log = new RequestLog();
                ItemApp app = ItemApp.declared(
                        analyzer.wrap(raw),
                        AnalysisFilter.class,
                        Map.of("analyzerAttribute", "my.analyzer"),
                        context -> context.setAttribute("my.analyzer", analyzer))) {
            assertThat(app.get("/items/5").statusCode()).isEqualTo(200);
            assertThat(app.get("/n-plus-one").statusCode()).isEqualTo(500); // six statements

            List<String> lines = log.lines(2);
            assertThat(lines.get(1)).startsWith("GET /n-plus-one failed (BudgetExceededException: maxStatements) in ");
        }
    }

    @Test
    void aDeclaredFilterWithoutAnAnalyzerOrWithBadParametersRefusesToStartNamingWhy() {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        ServletContext servletContext = unstartedServletContext();

        assertThatThrownBy(() -> new AnalysisFilter().init(config(servletContext, Map.of())))
                .isInstanceOf(ServletException.class)
                .hasMessage("filter 'leanjdbc' found no QueryAnalyzer in servlet-context attribute"
                        + " 'dev.leanjdbc.analyzer.QueryAnalyzer' (it held nothing): set it with"
                        + " servletContext.setAttribute(\"dev.leanjdbc.analyzer.QueryAnalyzer\", analyzer) before the"
                        + " filter initializes, or register new AnalysisFilter(analyzer)");

        servletContext.setAttribute(AnalysisFilter.ANALYZER_ATTRIBUTE, analyzer);
        assertThatThrownBy(() -> new AnalysisFilter().init(config(servletContext, Map.of("maxRowsRead", "lots"))))
                .isInstanceOf(ServletException.class)
                .hasMessage("filter 'leanjdbc': maxRowsRead must be a whole number >= 1, was 'lots'");
        assertThatThrownBy(() -> new AnalysisFilter().init(config(servletContext, Map.of("sampleRate", "half"))))
                .hasMessage("filter 'leanjdbc': sampleRate must be a number between 0.0 and 1.0, was 'half'");
        assertThatThrownBy(() -> new AnalysisFilter().init(config(servletContext, Map.of("sampleRate", "2"))))
                .hasMessage("filter 'leanjdbc': sampleRate must be between 0.0 and 1.0 (the fraction of requests"
                        + " logged), was 2.0");
        assertThatThrownBy(() -> new AnalysisFilter().init(config(servletContext, Map.of("action", "explode"))))
                .hasMessage("filter 'leanjdbc': action must be WARN or THROW, was 'explode'");
        assertThatThrownBy(() -> new AnalysisFilter().doFilter(null, null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("AnalysisFilter made with the no-argument constructor was not initialized");
    }

    @Test
    void aDeclaredFilterReadsEverySetting() throws ServletException {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        ServletContext servletContext = unstartedServletContext();
        servletContext.setAttribute(AnalysisFilter.ANALYZER_ATTRIBUTE, analyzer);
        AnalysisFilter filter = new AnalysisFilter();

        filter.init(config(
                servletContext,
                Map.of(
                        "sampleRate", "0.25",
                        "maxStatements", "50",
                        "maxRowsRead", "100000",
                        "maxRowsBuffered", "2_000",
                        "action", "THROW")));

        assertThat(filter.sampleRate()).isEqualTo(0.25);
        assertThat(filter.budget())
                .isEqualTo(ScopeBudget.unlimited()
                        .withMaxStatements(50)
                        .withMaxRowsRead(100_000)
                        .withMaxRowsBuffered(2_000)
                        .withAction(BudgetAction.THROW));
    }

    @Test
    void aFilterBuiltWithAnAnalyzerIgnoresInitParameters() throws ServletException {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        AnalysisFilter filter = new AnalysisFilter(analyzer);

        filter.init(config(unstartedServletContext(), Map.of("sampleRate", "0.5")));

        assertThat(filter.sampleRate()).isEqualTo(1.0);
        assertThat(filter.budget()).isEqualTo(ScopeBudget.unlimited());
    }

    /** The reports of scopes as they close (listeners run on the request threads, after the response). */
    private static List<Report> closedScopes(QueryAnalyzer analyzer) {
        List<Report> scopes = Collections.synchronizedList(new ArrayList<>());
        analyzer.addListener(new AnalyzerListener() {
            @Override
            public void onScopeClosed(Report report) {
                scopes.add(report);
            }
        });
        return scopes;
    }

    /** Waits up to 5 s for {@code size} elements: a scope closes after its response was sent. */
    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** Tomcat's own servlet context of a web application not started: attributes work, nothing runs. */
    private static ServletContext unstartedServletContext() {
        StandardEngine engine = new StandardEngine();
        engine.setService(new StandardService());
        StandardHost host = new StandardHost();
        host.setParent(engine);
        StandardContext context = new StandardContext();
        context.setParent(host);
        return context.getServletContext();
    }

    /** What the container hands a filter it declared: its name, its context, its init parameters. */
    private static FilterConfig config(ServletContext servletContext, Map<String, String> params) {
        return new FilterConfig() {
            @Override
            public String getFilterName() {
                return "leanjdbc";
            }

            @Override
            public ServletContext getServletContext() {
                return servletContext;
            }

            @Override
            public String getInitParameter(String name) {
                return params.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(params.keySet());
            }
        };
    }
}
