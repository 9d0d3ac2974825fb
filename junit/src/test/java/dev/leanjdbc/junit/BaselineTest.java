package dev.leanjdbc.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The baseline of accepted findings: {@code -Dleanjdbc.baseline=update} writes it, later runs fail only on
 * findings not in it, match across line shifts, and the suite report lists entries no longer seen.
 */
class BaselineTest {

    /** What the sample's code does this run. */
    static volatile boolean fixed;

    static volatile boolean shifted;

    static volatile boolean newProblem;

    @LeanJdbcTest
    @NoNPlusOne
    static class BaselineSample {
        @AnalyzedDataSource
        static DataSource dataSource() {
            return Samples.dataSource();
        }

        @Test
        void known(RecordedDataSource ds) throws SQLException {
            OrderQueries.nPlusOne(ds, 4);
        }

        @Test
        void fixable(RecordedDataSource ds) throws SQLException {
            if (fixed) {
                OrderQueries.joined(ds, 4);
            } else {
                names(ds);
            }
        }

        @Test
        void later(RecordedDataSource ds) throws SQLException {
            if (newProblem) {
                OrderQueries.touchCustomer(ds, 1);
                for (long id = 1; id <= 4; id++) {
                    emails(ds, id);
                }
            } else {
                OrderQueries.joined(ds, 4);
            }
        }

        /** An N+1 of its own: customer names one by one, from one of two lines of the same method. */
        static void names(DataSource ds) throws SQLException {
            for (long id : OrderQueries.customerIds(ds, 4)) {
                try (Connection c = ds.getConnection()) {
                    PreparedStatement ps;
                    if (shifted) {
                        ps = c.prepareStatement(
                                "select c.first_name from customer c where c.id = ?"); // the shifted line
                    } else {
                        ps = c.prepareStatement("select c.first_name from customer c where c.id = ?");
                    }
                    try (ps) {
                        ps.setLong(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                        }
                    }
                }
            }
        }

        static void emails(DataSource ds, long id) throws SQLException {
            try (Connection c = ds.getConnection();
                    PreparedStatement ps = c.prepareStatement("select c.email from customer c where c.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            }
        }
    }

    record Run(Map<String, String> failures, JsonNode report) {}

    static Run run(DataSource ds, Path dir, Path baseline, boolean update) throws IOException {
        Map<String, String> failures = new HashMap<>();
        LauncherDiscoveryRequestBuilder b = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(BaselineSample.class))
                .configurationParameter("leanjdbc.report", "true")
                .configurationParameter("leanjdbc.report.dir", dir.toString())
                .configurationParameter("leanjdbc.baseline.file", baseline.toString())
                .configurationParameter("leanjdbc.baseline", update ? "update" : "check");
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    String name = id.getDisplayName().replaceAll("\\(.*", "");
                    failures.put(
                            name,
                            result.getThrowable().map(Throwable::getMessage).orElse(null));
                }
            }
        };
        Samples.withDataSource(ds, () -> LauncherFactory.create().execute(b.build(), listener));
        return new Run(
                failures, new ObjectMapper().readTree(dir.resolve("report.json").toFile()));
    }

    @DbTest
    void updateWritesTheAcceptedFindingsAndLaterRunsFailOnlyOnNewOnes(TestDatabase db, @TempDir Path dir)
            throws IOException {
        db.seedShop(ExtensionCountsTest.SMALL);
        Path file = dir.resolve("leanjdbc-baseline.json");
        fixed = false;
        shifted = false;
        newProblem = false;
        try {
            Run without = run(db.dataSource(), dir, file, false);
            assertThat(without.failures().get("known"))
                    .startsWith("Expected no N+1 queries but found 1:")
                    .endsWith("\n  Not in the baseline " + file + ": fix them, or accept them with"
                            + " -Dleanjdbc.baseline=update (it rewrites the file with every finding the run would"
                            + " fail on; commit it).");

            Run update = run(db.dataSource(), dir, file, true);
            assertThat(update.failures()).containsOnlyKeys("known", "fixable", "later");
            assertThat(update.failures().values()).containsOnlyNulls();
            String written = Files.readString(file);
            JsonNode json = new ObjectMapper().readTree(written);
            assertThat(json.get("schema").asText()).isEqualTo("leanjdbc-baseline/1");
            List<String> entries = new ArrayList<>();
            json.get("findings")
                    .forEach(f -> entries.add(f.get("type").asText() + " "
                            + f.get("class").asText() + "." + f.get("method").asText() + " "
                            + f.get("fingerprint").asText()));
            assertThat(entries)
                    .as("sorted by type, class, method; no bind values")
                    .containsExactly(
                            "N_PLUS_ONE dev.leanjdbc.junit.BaselineTest$BaselineSample.names"
                                    + " select c.first_name from customer c where c.id = ?",
                            "N_PLUS_ONE dev.leanjdbc.junit.OrderQueries.ordersOf " + ExtensionCountsTest.ORDERS);
            assertThat(json.get("findings").get(1).get("line").asInt())
                    .isEqualTo(Integer.parseInt(
                            OrderQueries.site("ordersOf", "orders").replaceAll("\\D+(\\d+)\\)$", "$1")));
            assertThat(json.get("findings").get(1).get("test").asText()).isEqualTo("BaselineTest$BaselineSample.known");

            run(db.dataSource(), dir, file, true);
            assertThat(Files.readString(file))
                    .as("a second update writes the same bytes")
                    .isEqualTo(written);

            Run again = run(db.dataSource(), dir, file, false);
            assertThat(again.failures().values()).containsOnlyNulls();
            assertThat(again.report().get("staleBaseline")).isEmpty();

            shifted = true;
            Run shift = run(db.dataSource(), dir, file, false);
            assertThat(shift.failures().get("fixable"))
                    .as("matched on method, not line")
                    .isNull();

            newProblem = true;
            Run withNew = run(db.dataSource(), dir, file, false);
            assertThat(withNew.failures().get("known")).isNull();
            assertThat(withNew.failures().get("later"))
                    .startsWith("Expected no N+1 queries but found 1:\n"
                            + "  N_PLUS_ONE WARNING: 4 executions of select c.email from customer c where c.id = ?")
                    .contains("at BaselineTest$BaselineSample.emails(BaselineTest.java:")
                    .endsWith("accept them with -Dleanjdbc.baseline=update (it rewrites the file with every"
                            + " finding the run would fail on; commit it).");
            newProblem = false;

            fixed = true;
            Run afterFix = run(db.dataSource(), dir, file, false);
            assertThat(afterFix.failures().values()).containsOnlyNulls();
            JsonNode stale = afterFix.report().get("staleBaseline");
            assertThat(stale).hasSize(1);
            assertThat(stale.get(0).get("file").asText()).isEqualTo(file.toString());
            assertThat(stale.get(0).get("entry").asText())
                    .startsWith("N_PLUS_ONE at BaselineTest$BaselineSample.names (line ")
                    .endsWith("): select c.first_name from customer c where c.id = ?");
            assertThat(Files.readString(dir.resolve("report.html")))
                    .contains("Baseline entries no longer seen", "BaselineTest$BaselineSample.names");
        } finally {
            fixed = false;
            shifted = false;
            newProblem = false;
        }
    }

    @Test
    void aBrokenFileSaysHowToRewriteIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "{\"schema\": \"leanjdbc-baseline/1\", \"findings\": [ {\"type\": 1} ]}");
        var r = Samples.run(
                null, FindingAnnotationsTest.EmptySample.class, Map.of("leanjdbc.baseline.file", file.toString()));
        assertThat(Samples.failureOf(r, "nothing"))
                .startsWith("The leanjdbc baseline " + file.toAbsolutePath() + " cannot be read: an entry without")
                .endsWith(". Rewrite it with -Dleanjdbc.baseline=update.");
    }
}
