package org.springframework.samples.leanpetclinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The actuator endpoint on the petclinic-style application, as in production (the application's own
 * analyzer, sampled call sites): startup work apart from requests, no N+1 made of separate requests,
 * merged findings that keep their worst occurrence, rows on every finding, and entity over-fetch (the
 * application's entities are bytecode-enhanced and leanjdbc-hibernate is on the class path).
 */
// Not on MariaDB yet (every @DbTest of this class): the Boot applications under test load H2/PostgreSQL
// schema scripts (identity columns) and, through MySQL Connector/J, Hibernate cannot pick its dialect (product
// "MySQL", version "11.4.5-MariaDB"); MariaDB runs of the Boot tests are a follow-up of issue 23 point 1.
class PetClinicEndpointTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One application per database for the class (starts cost seconds); each test clears the endpoint. */
    private static final Map<String, ConfigurableApplicationContext> APPS = new ConcurrentHashMap<>();

    @AfterAll
    static void stop() {
        APPS.values().forEach(ConfigurableApplicationContext::close);
        APPS.clear();
    }

    static ConfigurableApplicationContext app(TestDatabase db) {
        return APPS.computeIfAbsent(db.toString(), k -> start(db));
    }

    /** The application, with the endpoint's findings and rolling view cleared (the startup report stays). */
    static ConfigurableApplicationContext cleared(TestDatabase db) throws Exception {
        ConfigurableApplicationContext app = app(db);
        String port = app.getEnvironment().getRequiredProperty("local.server.port");
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/leanjdbc"))
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return app;
    }

    static ConfigurableApplicationContext start(TestDatabase db) {
        return SpringApplication.run(
                PetClinicApplication.class,
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + (db.password() == null ? "" : db.password()),
                "--server.port=0",
                "--leanjdbc.test.shared-analyzer=false",
                "--management.endpoints.web.exposure.include=leanjdbc");
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void startupWorkIsReportedApartFromRequests(TestDatabase db) throws Exception {
        ConfigurableApplicationContext app = app(db);
        JsonNode report = endpoint(app);
        // data.sql: 33 single-row INSERTs with literals, as petclinic's
        assertThat(types(report.get("startup").get("findings")))
                .contains("UNBATCHED_INSERT", "LITERALS_INSTEAD_OF_BINDS");
        assertThat(report.get("startup").get("countsByKind").get("INSERT").asLong())
                .isEqualTo(33);
        assertThat(types(report.get("globalFindings"))).doesNotContain("UNBATCHED_INSERT", "LITERALS_INSTEAD_OF_BINDS");
        assertThat(report.get("countsByKind").get("INSERT").asLong()).isZero();
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void theSameLookupInSeparateRequestsIsNoNPlusOne(TestDatabase db) throws Exception {
        ConfigurableApplicationContext app = cleared(db);
        for (int id = 1; id <= 6; id++) {
            assertThat(get(app, "/owners/" + id).statusCode()).isEqualTo(200);
        }
        JsonNode report = endpoint(app);
        assertThat(report.get("countsByKind").get("SELECT").asLong()).isGreaterThanOrEqualTo(12);
        assertThat(types(report.get("globalFindings"))).doesNotContain("N_PLUS_ONE", "DUPLICATE_QUERY");
        assertThat(types(report.get("findings"))).doesNotContain("N_PLUS_ONE");
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void mergedFindingsKeepTheWorstOccurrenceAndItsRequest(TestDatabase db) throws Exception {
        ConfigurableApplicationContext app = cleared(db);
        assertThat(get(app, "/owners").statusCode()).isEqualTo(200); // pets of 10 owners
        assertThat(get(app, "/owners/first/3").statusCode()).isEqualTo(200); // pets of 3 owners, later
        JsonNode nPlusOne = only(endpoint(app).get("findings"), "N_PLUS_ONE");
        assertThat(nPlusOne.get("executions").asLong()).isEqualTo(10);
        assertThat(nPlusOne.get("scope").asString()).isEqualTo("GET /owners");
        assertThat(nPlusOne.get("occurrences").asLong()).isEqualTo(2);
        assertThat(nPlusOne.get("lastScope").asString()).isEqualTo("GET /owners/first/{n}");
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void aDuplicateQueryCountsTheRowsItReadAgain(TestDatabase db) throws Exception {
        ConfigurableApplicationContext app = cleared(db);
        assertThat(get(app, "/pettypes/twice").statusCode()).isEqualTo(200);
        JsonNode duplicate = only(endpoint(app).get("findings"), "DUPLICATE_QUERY");
        assertThat(duplicate.get("executions").asLong()).isEqualTo(1);
        assertThat(duplicate.get("rows").asLong()).isEqualTo(6); // the six pet types, read again
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void aPageThatNeverReadsTheFetchedPetsShowsEntityOverFetchAndItsDtoNone(TestDatabase db) throws Exception {
        ConfigurableApplicationContext app = cleared(db);
        assertThat(get(app, "/owners/names").statusCode()).isEqualTo(200);
        JsonNode findings = endpoint(app).get("findings");
        assertThat(types(findings)).containsOnly("ENTITY_OVER_FETCH");
        JsonNode pets = fingerprint(findings, "Owner.pets");
        assertThat(pets.get("scope").asString()).isEqualTo("GET /owners/names");
        assertThat(pets.get("severity").asString()).isEqualTo("WARNING");
        assertThat(pets.get("executions").asLong()).isEqualTo(10); // the owners it was fetched with
        assertThat(pets.get("rows").asLong()).isEqualTo(13); // their pets
        assertThat(pets.get("callSite").asString())
                .isEqualTo("OwnerController.ownerNames(OwnerController.java:"
                        + PetClinicCallSitesTest.line("// site:names") + ")");
        assertThat(pets.get("fix").asString()).startsWith("Do not fetch Owner.pets in this query");
        assertThat(fingerprint(findings, "Pet.type").get("fix").asString())
                .startsWith("Map it lazy: `@ManyToOne(fetch = FetchType.LAZY)` on Pet.type");

        cleared(db);
        assertThat(get(app, "/owners/names/projected").statusCode()).isEqualTo(200);
        JsonNode report = endpoint(app);
        assertThat(report.get("countsByKind").get("SELECT").asLong()).isEqualTo(1);
        assertThat(types(report.get("findings"))).isEmpty();
    }

    static JsonNode endpoint(ConfigurableApplicationContext app) throws Exception {
        HttpResponse<String> r = get(app, "/actuator/leanjdbc");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(r.body());
    }

    static HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
        String port = app.getEnvironment().getRequiredProperty("local.server.port");
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static List<String> types(JsonNode findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.get("type").asString()));
        return out;
    }

    static JsonNode fingerprint(JsonNode findings, String fingerprint) {
        List<JsonNode> matching = new ArrayList<>();
        findings.forEach(f -> {
            if (fingerprint.equals(f.get("fingerprint").asString())) {
                matching.add(f);
            }
        });
        assertThat(matching).as("%s findings in %s", fingerprint, findings).hasSize(1);
        return matching.get(0);
    }

    static JsonNode only(JsonNode findings, String type) {
        List<JsonNode> matching = new ArrayList<>();
        findings.forEach(f -> {
            if (type.equals(f.get("type").asString())) {
                matching.add(f);
            }
        });
        assertThat(matching).as("%s findings in %s", type, findings).hasSize(1);
        return matching.get(0);
    }
}
