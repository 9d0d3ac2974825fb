package org.springframework.samples.leanpetclinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.leanjdbc.junit.ExpectQueries;
import dev.leanjdbc.junit.NoNPlusOne;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The petclinic-style application's own tests, as its team would write them — only leanjdbc's annotations,
 * no leanjdbc code — run in a nested JUnit engine against the outer test's database (H2, PostgreSQL).
 * Requests over a real port (TestRestTemplate, RestClient, the JDK's HttpClient) and through MockMvc count
 * for the test that sent them, also when tests run in parallel; {@code @DataJpaTest} records with no
 * further annotation.
 */
// Not on MariaDB yet (every @DbTest of this class): the Boot applications under test load H2/PostgreSQL
// schema scripts (identity columns) and, through MySQL Connector/J, Hibernate cannot pick its dialect (product
// "MySQL", version "11.4.5-MariaDB"); MariaDB runs of the Boot tests are a follow-up of issue 23 point 1.
class PetClinicApplicationTest {

    /** The N+1 of GET /owners: each owner's lazy pets. */
    static final String PETS_OF_OWNER_TABLE = "from pets";

    private static volatile TestDatabase database;

    static void datasource(DynamicPropertyRegistry registry) {
        TestDatabase db = database;
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", () -> db.password() == null ? "" : db.password());
    }

    @SpringBootTest(classes = PetClinicApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @AutoConfigureTestRestTemplate
    @DirtiesContext
    static class OverARealPort {
        @DynamicPropertySource
        static void db(DynamicPropertyRegistry registry) {
            datasource(registry);
        }

        @Autowired
        TestRestTemplate rest;

        @Autowired
        RestClient.Builder clients;

        @LocalServerPort
        int port;

        @Test
        @NoNPlusOne
        void ownersThroughTestRestTemplate() {
            assertThat(rest.getForObject("/owners", String.class)).contains("Franklin");
        }

        @Test
        @NoNPlusOne
        @ExpectQueries(select = 1)
        void joinedOwnersThroughRestClient() {
            String body = clients.baseUrl("http://127.0.0.1:" + port)
                    .build()
                    .get()
                    .uri("/owners/joined")
                    .retrieve()
                    .body(String.class);
            assertThat(body).contains("Franklin");
        }

        /** A client that sends no header: the request goes to the only test running. */
        @Test
        @ExpectQueries(select = 1)
        void petTypesThroughTheJdksHttpClient() throws Exception {
            assertThat(get(port, "/pettypes")).contains("hamster");
        }
    }

    @SpringBootTest(classes = PetClinicApplication.class)
    @AutoConfigureMockMvc
    @DirtiesContext
    static class ThroughMockMvc {
        @DynamicPropertySource
        static void db(DynamicPropertyRegistry registry) {
            datasource(registry);
        }

        @Autowired
        MockMvc mvc;

        @Test
        @NoNPlusOne
        void owners() throws Exception {
            mvc.perform(MockMvcRequestBuilders.get("/owners")).andReturn();
        }
    }

    /** Two tests at once, each sending its requests to the same server: each counts exactly its own. */
    @SpringBootTest(classes = PetClinicApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @AutoConfigureTestRestTemplate
    @DirtiesContext
    @Execution(ExecutionMode.CONCURRENT)
    static class InParallel {
        static final CyclicBarrier BOTH = new CyclicBarrier(2);

        @DynamicPropertySource
        static void db(DynamicPropertyRegistry registry) {
            datasource(registry);
        }

        @Autowired
        TestRestTemplate rest;

        /** Each request waits for the other test's, so their statements interleave on the server. */
        void getTogether(String path, int times) throws Exception {
            for (int i = 0; i < times; i++) {
                BOTH.await(20, TimeUnit.SECONDS);
                assertThat(rest.getForEntity(path, String.class).getStatusCode().value())
                        .isEqualTo(200);
            }
        }

        @Test
        @ExpectQueries(select = 3, total = 3)
        void petTypesThreeTimes() throws Exception {
            getTogether("/pettypes", 3);
        }

        @Test
        @ExpectQueries(select = 6, total = 6)
        void joinedOwnersThreeTimesAndPetTypesThreeTimes() throws Exception {
            getTogether("/owners/joined", 3);
            for (int i = 0; i < 3; i++) {
                rest.getForObject("/pettypes", String.class);
            }
        }
    }

    /** Boot 4's {@code @DataJpaTest} lists leanjdbc (through {@code @AutoConfigureJdbc}): no other annotation. */
    @DataJpaTest
    @AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
    @DirtiesContext
    static class JpaSlice {
        @DynamicPropertySource
        static void db(DynamicPropertyRegistry registry) {
            datasource(registry);
            registry.add("spring.sql.init.mode", () -> "always");
            registry.add("spring.sql.init.schema-locations", () -> "classpath:leanpetclinic/schema.sql");
            registry.add("spring.sql.init.data-locations", () -> "classpath:leanpetclinic/data.sql");
            registry.add("spring.jpa.hibernate.ddl-auto", () -> "none");
        }

        @Autowired
        OwnerRepository owners;

        @Test
        @NoNPlusOne
        void petsOfEveryOwner() {
            owners.findAllByOrderById().forEach(o -> o.getPets().size());
        }
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void requestsOverARealPortCountForTheTestThatSentThem(TestDatabase db) {
        EngineExecutionResults r = run(db, OverARealPort.class, false);
        assertThat(failureOf(r, "ownersThroughTestRestTemplate"))
                .startsWith("Expected no N+1 queries but found 1:\n  N_PLUS_ONE WARNING: 10 executions of select ")
                .contains(PETS_OF_OWNER_TABLE);
        assertThat(failureOf(r, "joinedOwnersThroughRestClient")).isNull();
        assertThat(failureOf(r, "petTypesThroughTheJdksHttpClient")).isNull();
        r.testEvents().assertStatistics(s -> s.started(3).succeeded(2).failed(1));
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void mockMvcRequestsCountForTheTest(TestDatabase db) {
        EngineExecutionResults r = run(db, ThroughMockMvc.class, false);
        assertThat(failureOf(r, "owners"))
                .startsWith("Expected no N+1 queries but found 1:\n  N_PLUS_ONE WARNING: 10 executions of select ");
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void parallelTestsCountOnlyTheirOwnRequests(TestDatabase db) {
        EngineExecutionResults r = run(db, InParallel.class, true);
        assertThat(failureOf(r, "petTypesThreeTimes")).isNull();
        assertThat(failureOf(r, "joinedOwnersThreeTimesAndPetTypesThreeTimes")).isNull();
        r.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void dataJpaTestRecordsWithoutAnyLeanJdbcAnnotation(TestDatabase db) {
        EngineExecutionResults r = run(db, JpaSlice.class, false);
        assertThat(failureOf(r, "petsOfEveryOwner"))
                .startsWith("Expected no N+1 queries but found 1:\n  N_PLUS_ONE WARNING: 10 executions of select ");
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void theSuiteReportListsTheRequestsUnderTheTest(TestDatabase db, @TempDir Path dir) throws IOException {
        database = db;
        try {
            // The launcher, not the engine test kit: the suite report is a launcher listener.
            LauncherFactory.create()
                    .execute(LauncherDiscoveryRequestBuilder.request()
                            .selectors(selectMethod(OverARealPort.class, "ownersThroughTestRestTemplate"))
                            .configurationParameter("leanjdbc.report", "true")
                            .configurationParameter("leanjdbc.report.dir", dir.toString())
                            .build());
        } finally {
            database = null;
        }
        JsonNode report = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("report.json")));
        JsonNode test = report.get("testResults").get(0);
        assertThat(test.get("name").asString())
                .isEqualTo("PetClinicApplicationTest$OverARealPort.ownersThroughTestRestTemplate");
        assertThat(test.get("counts").get("SELECT").asLong()).isEqualTo(11);
        assertThat(test.get("findings").get(0).get("type").asString()).isEqualTo("N_PLUS_ONE");
        assertThat(report.get("findings").get(0).get("tests").get(0).asString())
                .isEqualTo("PetClinicApplicationTest$OverARealPort.ownersThroughTestRestTemplate");
    }

    static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    /** Runs the sample tests {@code selector} picks against {@code db}, in a nested engine. */
    static EngineExecutionResults runSample(TestDatabase db, DiscoverySelector selector) {
        database = db;
        try {
            return EngineTestKit.engine("junit-jupiter")
                    .configurationParameter("leanjdbc.report", "false")
                    .selectors(selector)
                    .execute();
        } finally {
            database = null;
        }
    }

    private static EngineExecutionResults run(TestDatabase db, Class<?> sample, boolean parallel) {
        database = db;
        try {
            EngineTestKit.Builder engine = EngineTestKit.engine("junit-jupiter")
                    .configurationParameter("leanjdbc.report", "false")
                    .selectors(selectClass(sample));
            if (parallel) {
                engine.configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                        .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2");
            }
            return engine.execute();
        } finally {
            database = null;
        }
    }

    /** The failure message of the sample test {@code name}, or {@code null} when it passed. */
    private static String failureOf(EngineExecutionResults results, String name) {
        Event event = results.testEvents().finished().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(name + "("))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no test " + name + " ran"));
        return event.getPayload(TestExecutionResult.class)
                .orElseThrow()
                .getThrowable()
                .map(t -> t.getMessage() == null ? t.toString() : t.getMessage())
                .orElse(null);
    }
}
