package dev.leanjdbc.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The CI outputs beside report.json: the report valid against its published JSON Schema, a SARIF 2.1.0 file
 * valid against the official SARIF schema with one result per finding at its source line, and GitHub
 * Actions annotation lines.
 */
class SuiteSarifWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** This module's directory relative to the repository root, the prefix SARIF and GitHub expect. */
    private static final String MODULE =
            Path.of("").toAbsolutePath().getFileName().toString() + "/";

    /** An N+1 of 4 customers, through a DataSource wrapped per test: each run has its own database. */
    static class NPlusOne {
        @Test
        void lists() throws java.sql.SQLException {
            OrderQueries.nPlusOne(LeanJdbcExtension.wrap(Samples.dataSource()), 4);
        }
    }

    static SummaryGeneratingListener run(DataSource ds, Path dir, Map<String, String> params, Class<?>... classes) {
        LauncherDiscoveryRequestBuilder b = LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("leanjdbc.report", "true")
                .configurationParameter("leanjdbc.report.dir", dir.toString())
                // explicit, so that the surrounding CI's environment does not decide
                .configurationParameter("leanjdbc.report.githubAnnotations", "false")
                .configurationParameters(params);
        for (Class<?> c : classes) {
            b.selectors(selectClass(c));
        }
        LauncherDiscoveryRequest request = b.build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        Samples.withDataSource(ds, () -> LauncherFactory.create().execute(request, summary));
        return summary;
    }

    @DbTest
    void reportMatchesItsPublishedSchemaAndSarifHasOneResultPerFindingAtItsSourceLine(
            TestDatabase db, @TempDir Path dir) throws IOException {
        db.seedShop(ExtensionCountsTest.SMALL);
        SuiteReportTest.runSuite(db.dataSource(), dir, true);

        JsonNode report = JSON.readTree(dir.resolve("report.json").toFile());
        Schema reportSchema;
        try (InputStream in = LeanJdbcExtension.class.getResourceAsStream("suite-report.schema.json")) {
            assertThat(in).as("the schema ships in the jar").isNotNull();
            reportSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
        }
        assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.get("$schema").asText())
                .isEqualTo(reportSchema.getSchemaNode().get("$id").asText())
                .endsWith("/suite-report-1.schema.json");
        assertThat(reportSchema.validate(report)).isEmpty();
        JsonNode broken = report.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("findings").get(0)).put("executions", "many");
        assertThat(reportSchema.validate(broken))
                .as("the schema is not a blank check")
                .isNotEmpty();

        Path sarifFile = dir.resolve("report.sarif");
        JsonNode sarif = JSON.readTree(sarifFile.toFile());
        List<Error> errors = sarifSchema().validate(sarif);
        assertThat(errors).as("valid SARIF 2.1.0").isEmpty();
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("leanjdbc");
        JsonNode results = run.get("results");
        assertThat(results.size()).isEqualTo(report.get("findings").size());
        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("N_PLUS_ONE");
        assertThat(first.get("level").asText()).isEqualTo("warning");
        assertThat(first.get("message").get("text").asText()).contains("customer.id");
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText())
                .isEqualTo(MODULE + "src/test/java/dev/leanjdbc/junit/OrderQueries.java");
        String site = OrderQueries.site("ordersOf", "orders");
        int line = Integer.parseInt(site.substring(site.lastIndexOf(':') + 1, site.length() - 1));
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(line);
        JsonNode rule = rule(run, "N_PLUS_ONE");
        assertThat(rule.get("shortDescription").get("text").asText()).isEqualTo("N+1 queries");
        assertThat(rule.get("help").get("text").asText()).contains("once per row", "Fix:");
        assertThat(rule.get("helpUri").asText()).contains("docs/findings.md");
    }

    @DbTest(dev.leanjdbc.testing.Db.H2)
    void aCallSiteOutsideTheSourceRootsKeepsItsPackagePathAndTheSwitchTurnsSarifOff(TestDatabase db, @TempDir Path dir)
            throws IOException {
        db.seedShop(ExtensionCountsTest.SMALL);
        run(db.dataSource(), dir, Map.of("leanjdbc.report.sourceRoots", "no/such/dir"), NPlusOne.class);
        JsonNode sarif = JSON.readTree(dir.resolve("report.sarif").toFile());
        assertThat(sarifSchema().validate(sarif)).isEmpty();
        JsonNode uri = sarif.get("runs")
                .get(0)
                .get("results")
                .get(0)
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation");
        assertThat(uri.get("uri").asText()).isEqualTo("dev/leanjdbc/junit/OrderQueries.java");

        Path off = dir.resolve("off");
        run(db.dataSource(), off, Map.of("leanjdbc.report.sarif", "false"), NPlusOne.class);
        assertThat(off.resolve("report.json")).exists();
        assertThat(off.resolve("report.sarif")).doesNotExist();
    }

    @DbTest(dev.leanjdbc.testing.Db.H2)
    void githubAnnotationsAreOneWarningLinePerUnsuppressedFinding(TestDatabase db, @TempDir Path dir) {
        db.seedShop(ExtensionCountsTest.SMALL);
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            run(db.dataSource(), dir, Map.of("leanjdbc.report.githubAnnotations", "true"), NPlusOne.class);
        } finally {
            System.setOut(stdout);
        }
        List<String> lines = new ArrayList<>();
        for (String l : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            if (l.startsWith("::")) {
                lines.add(l);
            }
        }
        String site = OrderQueries.site("ordersOf", "orders");
        String line = site.substring(site.lastIndexOf(':') + 1, site.length() - 1);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0))
                .startsWith("::warning file=" + MODULE + "src/test/java/dev/leanjdbc/junit/OrderQueries.java,line="
                        + line + ",title=leanjdbc N+1 queries (1 test%2C 4 executions)::")
                .contains("The same SELECT")
                .doesNotContain("\r")
                .contains("%0A");
    }

    @Test
    void annotationTextIsEscapedAsGithubWorkflowCommandsRequire() {
        assertThat(dev.leanjdbc.junit.internal.report.GithubAnnotations.property("a,b:c%d\r\ne"))
                .isEqualTo("a%2Cb%3Ac%25d%0D%0Ae");
        assertThat(dev.leanjdbc.junit.internal.report.GithubAnnotations.data("a,b:c%d\r\ne"))
                .isEqualTo("a,b:c%25d%0D%0Ae");
    }

    static Schema sarifSchema() throws IOException {
        try (InputStream in = SuiteSarifWriterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
        }
    }

    private static JsonNode rule(JsonNode run, String id) {
        for (JsonNode r : run.get("tool").get("driver").get("rules")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no rule " + id + " in " + run.get("tool"));
    }

    static String read(Path p) throws IOException {
        return Files.readString(p);
    }
}
