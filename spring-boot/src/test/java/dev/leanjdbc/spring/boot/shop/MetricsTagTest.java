package dev.leanjdbc.spring.boot.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.micrometer.LeanJdbcMetrics;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The actuator's metrics endpoint can address one statement shape: by the short {@code fingerprint.id} tag
 * beside the SQL text, which the {@code ?tag=} query cannot take (it splits values at commas).
 */
// Not on MariaDB yet (every @DbTest of this class): the Boot applications under test load H2/PostgreSQL
// schema scripts (identity columns) and, through MySQL Connector/J, Hibernate cannot pick its dialect (product
// "MySQL", version "11.4.5-MariaDB"); MariaDB runs of the Boot tests are a follow-up of issue 23 point 1.
class MetricsTagTest {

    @DbTest({Db.H2, Db.POSTGRES})
    void theActuatorAnswersForAFingerprintId(TestDatabase db) throws Exception {
        db.seedShop(ShopApplicationTest.SMALL);
        try (ConfigurableApplicationContext app =
                ShopApplicationTest.start(db, "--management.endpoints.web.exposure.include=metrics")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            for (int i = 0; i < 3; i++) {
                jdbc.queryForList("select id, customer_id from orders where id < ?", 5);
            }
            Timer timer = app.getBean(MeterRegistry.class).find("leanjdbc.statement.time").timers().stream()
                    .filter(t -> t.getId().getTag("fingerprint").contains("customer_id from orders"))
                    .findFirst()
                    .orElseThrow();
            String text = timer.getId().getTag("fingerprint");
            String id = timer.getId().getTag("fingerprint.id");
            assertThat(text).contains(",");
            assertThat(id).matches("[0-9a-f]{12}").isEqualTo(LeanJdbcMetrics.fingerprintId(text));

            HttpResponse<String> byId =
                    ShopApplicationTest.get(app, "/actuator/metrics/leanjdbc.statement.time?tag=fingerprint.id:" + id);
            assertThat(byId.statusCode()).as(byId.body()).isEqualTo(200);
            JsonNode metric = JsonMapper.builder().build().readTree(byId.body());
            assertThat(metric.get("measurements").get(0).get("value").asDouble())
                    .as("COUNT of " + text)
                    .isEqualTo(3.0);

            // the text itself has commas, at which the endpoint splits the tag parameter
            HttpResponse<String> byText = ShopApplicationTest.get(
                    app,
                    "/actuator/metrics/leanjdbc.statement.time?tag=fingerprint:"
                            + URLEncoder.encode(text, StandardCharsets.UTF_8));
            assertThat(byText.statusCode()).isEqualTo(400);
        }
    }
}
