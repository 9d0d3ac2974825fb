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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/** The suite report: one switch, every test analyzed, report.json and a self-contained report.html. */
class SuiteReportTest {

    @LeanJdbcTest
    static class WithExtension {
        @AnalyzedDataSource
        static DataSource dataSource() {
            return Samples.dataSource();
        }

        @BeforeEach
        void fixture(RecordedDataSource ds) throws SQLException {
            OrderQueries.ping(ds); // not counted: the extension's rule is the test method only
        }

        @Test
        void nPlusOne(RecordedDataSource ds) throws SQLException {
            OrderQueries.nPlusOne(ds, 10);
        }

        @Test
        void joined(RecordedDataSource ds) throws SQLException {
            OrderQueries.joined(ds, 10);
        }

        @Test
        @ExpectQueries(select = 1)
        void failing(RecordedDataSource ds) throws SQLException {
            OrderQueries.nPlusOne(ds, 3);
        }
    }

    /** A plain test class: no extension, its DataSource wrapped once (as a Spring BeanPostProcessor would). */
    static class WithoutExtension {
        static final DataSource dataSource = LeanJdbcExtension.wrap(Samples.dataSource());

        @BeforeEach
        void fixture() throws SQLException {
            OrderQueries.ping(dataSource); // counted: the listener sees the whole test
        }

        @Test
        void alsoNPlusOne() throws SQLException {
            OrderQueries.nPlusOne(dataSource, 4);
        }

        @Test
        void noStatements() {}
    }

    static SummaryGeneratingListener runSuite(DataSource ds, Path dir, boolean report) {
        LauncherDiscoveryRequestBuilder b = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(WithExtension.class), selectClass(WithoutExtension.class))
                .configurationParameter("leanjdbc.report.dir", dir.toString());
        // explicit, so that a -Dleanjdbc.report=true of the surrounding build does not leak in
        b.configurationParameter("leanjdbc.report", Boolean.toString(report));
        LauncherDiscoveryRequest request = b.build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        Samples.withDataSource(ds, () -> launcher.execute(request, summary));
        return summary;
    }

    @DbTest
    void oneSwitchAnalyzesEveryTestAndWritesJsonAndHtml(TestDatabase db, @TempDir Path dir) throws IOException {
        db.seedShop(ExtensionCountsTest.SMALL);
        SummaryGeneratingListener summary = runSuite(db.dataSource(), dir, true);
        assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(4);
        assertThat(summary.getSummary().getTestsFailedCount()).isEqualTo(1);

        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(json.get("schema").asText()).isEqualTo("leanjdbc-suite-report/1");
        assertThat(json.get("tests").asInt()).isEqualTo(5);
        JsonNode first = json.get("findings").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("type").asText()).isEqualTo("N_PLUS_ONE");
        assertThat(first.get("fingerprint").asText()).isEqualTo(ExtensionCountsTest.ORDERS);
        assertThat(first.get("callSite").asText()).isEqualTo(OrderQueries.site("ordersOf", "orders"));
        assertThat(first.get("executions").asLong()).isEqualTo(10 + 4 + 3);
        assertThat(first.get("testCount").asInt()).isEqualTo(3);
        assertThat(first.get("fix").asText()).contains("customer.id");
        assertThat(texts(first.get("tests")))
                .containsExactlyInAnyOrder(
                        "SuiteReportTest$WithExtension.nPlusOne",
                        "SuiteReportTest$WithExtension.failing",
                        "SuiteReportTest$WithoutExtension.alsoNPlusOne");
        JsonNode byName = byName(json.get("testResults"));
        assertThat(byName.get("SuiteReportTest$WithExtension.nPlusOne")
                        .get("counts")
                        .get("SELECT")
                        .asInt())
                .isEqualTo(11);
        assertThat(byName.get("SuiteReportTest$WithExtension.failing")
                        .get("status")
                        .asText())
                .isEqualTo("FAILED");
        assertThat(byName.get("SuiteReportTest$WithoutExtension.alsoNPlusOne")
                        .get("counts")
                        .get("SELECT")
                        .asInt())
                .as("the listener's own window includes @BeforeEach")
                .isEqualTo(1 + 5);
        assertThat(byName.get("SuiteReportTest$WithoutExtension.noStatements")
                        .get("statements")
                        .asInt())
                .isEqualTo(1);

        Document html = Jsoup.parse(dir.resolve("report.html").toFile());
        assertThat(html.title()).isEqualTo("leanjdbc query report");
        assertThat(html.select("link[href], script, img, iframe, [src]"))
                .as("no external assets")
                .isEmpty();
        assertThat(html.selectFirst("head style").data()).contains("table{", ".type.N_PLUS_ONE");
        List<Element> rows = html.select("table.findings tbody tr.finding");
        assertThat(rows).hasSize(json.get("findings").size());
        Element top = rows.get(0);
        assertThat(top.attr("data-type")).isEqualTo("N_PLUS_ONE");
        assertThat(top.selectFirst("td.rank").text()).isEqualTo("1");
        assertThat(top.selectFirst("td.executions").text()).isEqualTo("17");
        assertThat(top.selectFirst("code.sql").text()).isEqualTo(ExtensionCountsTest.ORDERS);
        assertThat(top.selectFirst("code.site").text()).isEqualTo("at " + OrderQueries.site("ordersOf", "orders"));
        assertThat(top.select("ul.tests li")).hasSize(3);
        assertThat(top.select("details ul.tests"))
                .as("3 tests fit without folding")
                .isEmpty();
        List<Element> tests = html.select("table.tests tbody tr.test");
        assertThat(tests).hasSize(5);
        Element nPlusOne = tests.stream()
                .filter(t -> t.selectFirst(".name").text().equals("SuiteReportTest$WithExtension.nPlusOne"))
                .findFirst()
                .orElseThrow();
        assertThat(nPlusOne.selectFirst("td.select").text()).isEqualTo("11");
        assertThat(nPlusOne.selectFirst("td.findings").text()).isEqualTo("1");
        assertThat(nPlusOne.select("details code.sql").first().text()).startsWith("10 x " + ExtensionCountsTest.ORDERS);
        assertThat(html.select(".cards .card[data-label=tests] b").text()).isEqualTo("5");
    }

    @DbTest(dev.leanjdbc.testing.Db.H2)
    void withoutTheSwitchNothingIsWritten(TestDatabase db, @TempDir Path dir) {
        db.seedShop(ExtensionCountsTest.SMALL);
        runSuite(db.dataSource(), dir, false);
        assertThat(dir.resolve("report.json")).doesNotExist();
        assertThat(dir.resolve("report.html")).doesNotExist();
    }

    @Test
    void textIsEscapedInHtml(@TempDir Path dir) throws IOException {
        var entry = new dev.leanjdbc.junit.internal.report.TestEntry(
                "id",
                "C",
                "C.<script>alert(1)</script>",
                "rule",
                new long[dev.leanjdbc.analyzer.StatementKind.values().length],
                0,
                0,
                List.of(),
                List.of(),
                "SUCCESSFUL");
        dev.leanjdbc.junit.internal.report.SuiteReport.of(List.of(entry), 0).write(dir);
        Document html = Jsoup.parse(Files.readString(dir.resolve("report.html")));
        assertThat(html.select("script")).isEmpty();
        assertThat(html.selectFirst("tr.test .name").text()).isEqualTo("C.<script>alert(1)</script>");
        assertThat(html.selectFirst("#findings p.empty").text()).isEqualTo("No findings in this suite.");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode byName(JsonNode tests) {
        var node = new ObjectMapper().createObjectNode();
        tests.forEach(t -> node.set(t.get("name").asText(), t));
        return node;
    }
}
