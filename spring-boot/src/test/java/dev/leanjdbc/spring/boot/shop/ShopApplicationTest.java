package dev.leanjdbc.spring.boot.shop;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.junit.LeanJdbcExtension;
import dev.leanjdbc.spring.boot.LeanJdbcWebAutoConfiguration;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.sql.DataSource;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The starter in a real Boot web application: embedded Tomcat on a random loopback port, HikariCP from
 * {@code spring.datasource.*}, a JdbcTemplate service with an N+1, real HTTP requests.
 */
// Not on MariaDB yet (every @DbTest of this class): the Boot applications under test load H2/PostgreSQL
// schema scripts (identity columns) and, through MySQL Connector/J, Hibernate cannot pick its dialect (product
// "MySQL", version "11.4.5-MariaDB"); MariaDB runs of the Boot tests are a follow-up of issue 23 point 1.
class ShopApplicationTest {

    static final ShopScale SMALL = new ShopScale(20, 5, 100);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The application's own analyzer (from leanjdbc.* properties), as in production, not the test one. */
    static ConfigurableApplicationContext start(TestDatabase db, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--leanjdbc.test.shared-analyzer=false";
        System.arraycopy(args, 0, all, 1, args.length);
        return ShopApplication.start(db, all);
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void anHttpRequestWithAnNPlusOneShowsInTheActuatorEndpoint(TestDatabase db) throws Exception {
        db.seedShop(SMALL);
        try (ConfigurableApplicationContext app = start(db, "--management.endpoints.web.exposure.include=leanjdbc")) {
            QueryAnalyzer analyzer = app.getBean(QueryAnalyzer.class);
            assertThat(analyzer).isNotSameAs(LeanJdbcExtension.analyzer());

            HttpResponse<String> page;
            try (RequestLog log = new RequestLog()) {
                page = get(app, "/customers/orders?n=6");
                assertThat(log.lines(1))
                        .singleElement(as(InstanceOfAssertFactories.STRING))
                        .matches("GET /customers/orders 200 in \\d+\\.\\d ms: 7 statements, \\d+ rows, 1 finding"
                                + " \\(N_PLUS_ONE\\)");
            }
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).startsWith("{\"1\":[");

            MeterRegistry meters = app.getBean(MeterRegistry.class);
            assertThat(meters.get("leanjdbc.statements")
                            .tag("kind", "SELECT")
                            .tag("outcome", "success")
                            .counter()
                            .count())
                    .isEqualTo(7);
            assertThat(meters.get("leanjdbc.findings")
                            .tag("type", "N_PLUS_ONE")
                            .counter()
                            .count())
                    .isEqualTo(1);
            // Boot's own pool meters still find the pool behind the recording wrapper.
            assertThat(meters.find("hikaricp.connections").gauge()).isNotNull();
            assertThat(meters.find("jdbc.connections.active").gauge()).isNotNull();
            assertThat(meters.get("leanjdbc.scope.duration")
                            .tag("scope", "GET /customers/orders")
                            .timer()
                            .count())
                    .isEqualTo(1);

            HttpResponse<String> response = get(app, "/actuator/leanjdbc");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode report = JsonMapper.builder().build().readTree(response.body());
            assertThat(report.get("schema").asString()).isEqualTo("leanjdbc-endpoint/1");
            assertThat(report.get("countsByKind").get("SELECT").asLong()).isGreaterThanOrEqualTo(7);

            JsonNode ordersOf = find(report.get("topByTime"), "fingerprint", OrderService.ORDERS_OF);
            assertThat(ordersOf.get("count").asLong()).isEqualTo(6);
            assertThat(ordersOf.get("callSites").get(0).asString()).endsWith(SourceLines.ordersOfSite());
            assertThat(find(report.get("topByRows"), "fingerprint", OrderService.ORDERS_OF)
                            .get("rowsRead")
                            .asLong())
                    .isEqualTo(ordersOf.get("rowsRead").asLong());

            JsonNode nPlusOne = find(report.get("findings"), "type", "N_PLUS_ONE");
            assertThat(nPlusOne.get("scope").asString()).isEqualTo("GET /customers/orders");
            assertThat(nPlusOne.get("occurrences").asLong()).isEqualTo(1);
            assertThat(nPlusOne.get("fingerprint").asString()).isEqualTo(OrderService.ORDERS_OF);
            assertThat(nPlusOne.get("callSite").asString()).endsWith(SourceLines.ordersOfSite());
            assertThat(nPlusOne.get("executions").asLong()).isEqualTo(6);
            assertThat(nPlusOne.get("parent").get("fingerprint").asString()).isEqualTo(OrderService.CUSTOMERS);
            assertThat(report.get("droppedEvents").asLong()).isZero();

            // The same lookup in many requests is no N+1: findings come from each request's scope.
            for (int i = 0; i < 5; i++) {
                assertThat(get(app, "/customers/order-count?n=" + (i + 1)).statusCode())
                        .isEqualTo(200);
            }
            assertThat(get(app, "/customers/orders?n=6").statusCode()).isEqualTo(200);
            JsonNode again = JsonMapper.builder()
                    .build()
                    .readTree(get(app, "/actuator/leanjdbc").body());
            assertThat(again.get("findings")).hasSize(1);
            assertThat(find(again.get("findings"), "type", "N_PLUS_ONE")
                            .get("occurrences")
                            .asLong())
                    .isEqualTo(2);

            // DELETE clears the rolling view.
            HttpResponse<String> reset = HTTP.send(
                    HttpRequest.newBuilder(uri(app, "/actuator/leanjdbc"))
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reset.statusCode()).isEqualTo(200);
            assertThat(analyzer.globalReport().statementCount()).isZero();
        }
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void aRequestOverItsBudgetFailsWhenSoConfigured(TestDatabase db) throws Exception {
        db.seedShop(SMALL);
        try (ConfigurableApplicationContext app =
                start(db, "--leanjdbc.web.budget.max-statements=3", "--leanjdbc.web.budget.action=throw")) {
            assertThat(get(app, "/customers/order-count?n=6").statusCode()).isEqualTo(200);
            assertThat(get(app, "/customers/orders?n=6").statusCode()).isEqualTo(500);
        }
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void filterAndMetricsSwitchOff(TestDatabase db) throws Exception {
        db.seedShop(SMALL);
        try (ConfigurableApplicationContext app =
                        start(db, "--leanjdbc.web.enabled=false", "--leanjdbc.metrics.enabled=false");
                RequestLog log = new RequestLog()) {
            assertThat(get(app, "/customers/order-count?n=6").statusCode()).isEqualTo(200);
            assertThat(app.getBean(MeterRegistry.class)
                            .find("leanjdbc.statements")
                            .counters())
                    .isEmpty();
            // no filter bean, so no request line can arrive later: nothing to wait for
            assertThat(app.containsBean(LeanJdbcWebAutoConfiguration.FILTER_BEAN))
                    .isFalse();
            assertThat(log.lines(0)).isEmpty();
        }
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void theEndpointIsNotExposedUnlessListed(TestDatabase db) throws Exception {
        db.seedShop(SMALL);
        try (ConfigurableApplicationContext app = start(db)) {
            assertThat(get(app, "/customers/order-count?n=6").statusCode()).isEqualTo(200);
            assertThat(get(app, "/actuator/leanjdbc").statusCode()).isEqualTo(404);
        }
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void theDataSourceBeanRecordsOnceAndStillReachesThePool(TestDatabase db) throws Exception {
        db.seedShop(SMALL);
        try (ConfigurableApplicationContext app = start(db)) {
            DataSource ds = app.getBean(DataSource.class);
            QueryAnalyzer analyzer = app.getBean(QueryAnalyzer.class);
            assertThat(analyzer.wrap(ds)).isSameAs(ds);
            assertThat(ds).isNotInstanceOf(HikariDataSource.class);
            assertThat(ds.unwrap(HikariDataSource.class).getJdbcUrl()).isEqualTo(db.jdbcUrl());

            analyzer.resetGlobal();
            assertThat(get(app, "/customers/order-count?n=6").statusCode()).isEqualTo(200);
            assertThat(analyzer.globalReport().statementCount()).isEqualTo(1);
        }
    }

    @DbTest({Db.H2, Db.POSTGRES})
    @ExtendWith(OutputCaptureExtension.class)
    void aBadSettingStopsTheStartWithTheBuildersMessageAndTheProperty(TestDatabase db, CapturedOutput output) {
        assertThatThrownBy(() -> start(db, "--leanjdbc.analyzer.n-plus-one-threshold=1"))
                .hasStackTraceContaining("nPlusOneThreshold must be >= 2, was 1");
        assertThat(output.getAll())
                .contains("Property: leanjdbc.analyzer.nPlusOneThreshold")
                .contains("Value: \"1\"")
                .contains("Reason: nPlusOneThreshold must be >= 2, was 1");
    }

    static HttpResponse<String> get(ConfigurableApplicationContext app, String path)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(app, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(ConfigurableApplicationContext app, String path) {
        String port = app.getEnvironment().getRequiredProperty("local.server.port");
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.get(field).asString())) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + "=" + value + " in " + array);
    }
}
