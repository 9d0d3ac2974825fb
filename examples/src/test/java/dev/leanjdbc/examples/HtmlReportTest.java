package dev.leanjdbc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.testing.HeadlessChromium;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The demo's HTML page, rendered by a real browser (headless chromium): the table with ratios, the four
 * charts and the findings are visible, nothing overflows 1280 px, the console stays clean, and SQL text is
 * shown as text, never run as markup. Screenshots go to {@code target/screenshots/}.
 */
class HtmlReportTest {

    static final String XSS = "</script><img src=x onerror=alert(1)>";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void theDemoPageShowsTableChartsAndFindingsWithinALaptopScreen() throws Exception {
        ShopComparison.Outcome outcome;
        try (TestDatabase db = TestDatabase.h2("html-report")) {
            db.seedShop(new ShopScale(400, 100, 11_000));
            outcome = ShopComparison.run(
                    db.dataSource(),
                    db.dialect(),
                    new Workload(40, "NEW", Workload.forScale(1).shipBefore(), 30));
        }
        Files.createDirectories(SCREENSHOTS);
        Path page = SCREENSHOTS.resolve("demo-page.html").toAbsolutePath();
        HtmlReport.write(outcome, "leanjdbc demo on H2, test scale", page);
        String html = Files.readString(page);
        assertThat(html).doesNotContain("http").doesNotContain("<script");

        try (HeadlessChromium browser = HeadlessChromium.open(page, 900)) {
            browser.screenshot(SCREENSHOTS.resolve("demo-page.png"));
            assertThat(browser.consoleErrors()).isEmpty();
            assertThat(browser.eval("document.documentElement.scrollWidth"))
                    .as("page width at %d px", HeadlessChromium.WIDTH)
                    .isEqualTo((double) HeadlessChromium.WIDTH);
            assertThat(browser.eval("[...document.querySelectorAll('#metrics thead th')].map(t => t.textContent)"))
                    .isEqualTo(List.of("measure", "naive", "lean", "naive / lean"));
            assertThat(browser.eval("document.querySelectorAll('#metrics tbody tr').length"))
                    .isEqualTo(6.0);
            assertThat(visible(browser, "#metrics")).isTrue();
            assertThat(browser.eval("[...document.querySelectorAll('#charts svg')]"
                            + ".filter(s => s.getBoundingClientRect().width > 200 && s.querySelectorAll('rect').length == 2)"
                            + ".length"))
                    .as("four charts with two bars each, visibly wide")
                    .isEqualTo(4.0);
            double findings = outcome.naive().report().findings().size();
            assertThat(findings).isPositive();
            assertThat(browser.eval("document.querySelectorAll('#findings article.finding').length"))
                    .isEqualTo(findings);
            assertThat(visible(browser, "#findings article.finding")).isTrue();
            assertThat((String) browser.eval("document.querySelector('#findings').innerText"))
                    .as("Markdown backticks are rendered as code, not shown")
                    .doesNotContain("`")
                    .contains("NaiveShop.java:", "Fix:");
            assertThat(browser.eval("document.querySelectorAll('#findings code').length"))
                    .isNotEqualTo(0.0);
            boolean anyNa = outcome.naive().metrics().liveHeapBytes() < 0
                    || outcome.lean().metrics().liveHeapBytes() < 0;
            String method = (String) browser.eval("document.querySelector('#method').innerText");
            assertThat(method).contains("warm-up");
            assertThat(method.contains("n/a"))
                    .as("the n/a note appears exactly when a figure is n/a: %s", method)
                    .isEqualTo(anyNa);
        }
    }

    @Test
    void sqlTextIsShownAsTextNeverRunAsMarkup() throws Exception {
        Report report;
        try (TestDatabase db = TestDatabase.h2("html-xss")) {
            QueryAnalyzer analyzer = QueryAnalyzer.builder().build();
            DataSource analyzed = analyzer.wrap(db.dataSource());
            String table = "\"t" + XSS.replace("\"", "") + "\"";
            try (Connection c = db.dataSource().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create table " + table + " (id int)");
            }
            try (AnalysisScope scope = analyzer.scope("xss");
                    Connection c = analyzed.getConnection();
                    PreparedStatement insert = c.prepareStatement("insert into " + table + " values (?)")) {
                for (int i = 0; i < 60; i++) {
                    insert.setInt(1, i);
                    insert.executeUpdate(); // one INSERT per row: an "unbatched INSERTs" finding on this SQL
                }
                scope.close();
                report = scope.report();
            }
        }
        assertThat(report.findings()).isNotEmpty();
        RunMetrics metrics = new RunMetrics(60, 0, 1_000_000, 1 << 20, 1 << 20, -1);
        ShopResults results = new ShopResults(0, 0, 0, 0, 0, 0, 0, 60);
        ShopComparison.Outcome outcome = new ShopComparison.Outcome(
                new ShopComparison.Run("naive", results, report, metrics),
                new ShopComparison.Run("lean", results, report, metrics));
        Files.createDirectories(SCREENSHOTS);
        Path page = SCREENSHOTS.resolve("demo-page-xss.html").toAbsolutePath();
        HtmlReport.write(outcome, "title " + XSS, page);

        try (HeadlessChromium browser = HeadlessChromium.open(page, 900)) {
            browser.screenshot(SCREENSHOTS.resolve("demo-page-xss.png"));
            assertThat(browser.eval("document.querySelectorAll('img').length")).isEqualTo(0.0);
            assertThat(browser.consoleErrors()).isEmpty();
            assertThat((String) browser.eval("document.querySelector('#findings').innerText"))
                    .contains("img src=x onerror=alert(1)");
            assertThat((String) browser.eval("document.querySelector('h1').textContent"))
                    .isEqualTo("title " + XSS);
            assertThat((String) browser.eval("document.querySelector('#method').innerText"))
                    .as("the n/a note appears when a figure is n/a")
                    .contains("n/a: no collection ran");
        }
    }

    private static boolean visible(HeadlessChromium browser, String selector) {
        return (Boolean) browser.eval("(() => { const e = document.querySelector('" + selector + "');"
                + " if (!e) return false; const r = e.getBoundingClientRect();"
                + " return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; })()");
    }
}
