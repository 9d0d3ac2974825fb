package dev.leanjdbc.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.HeadlessChromium;
import dev.leanjdbc.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The suite report's report.html (written by the internal SuiteHtmlWriter) rendered by a real browser
 * (headless chromium): the cards, the findings table and the tests table are visible, nothing overflows
 * 1280 px, the console stays clean, and markup in names is shown as text. Screenshots go to
 * {@code target/screenshots/}.
 */
class SuiteHtmlWriterTest {

    static final String XSS = "</script><img src=x onerror=alert(1)>";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @DbTest(Db.H2)
    void theSuiteReportShowsFindingsAndTestsWithinALaptopScreen(TestDatabase db) throws Exception {
        db.seedShop(ExtensionCountsTest.SMALL);
        Path dir = SCREENSHOTS.resolve("suite-report").toAbsolutePath();
        Files.createDirectories(dir);
        SuiteReportTest.runSuite(db.dataSource(), dir, true);

        try (HeadlessChromium browser = HeadlessChromium.open(dir.resolve("report.html"), 900)) {
            browser.screenshot(SCREENSHOTS.resolve("suite-report.png"));
            assertThat(browser.consoleErrors()).isEmpty();
            assertThat(browser.eval("document.documentElement.scrollWidth"))
                    .as("page width at %d px", HeadlessChromium.WIDTH)
                    .isEqualTo((double) HeadlessChromium.WIDTH);
            for (String selector : List.of(".cards", "table.findings tr.finding", "table.tests tr.test")) {
                assertThat(visible(browser, selector)).as(selector).isTrue();
            }
            assertThat(browser.eval("document.querySelectorAll('table.findings tbody tr.finding').length"))
                    .isNotEqualTo(0.0);
        }
    }

    @Test
    void markupInTheReportIsShownAsText() throws Exception {
        var entry = new dev.leanjdbc.junit.internal.report.TestEntry(
                "id",
                "C",
                "C." + XSS,
                "rule",
                new long[dev.leanjdbc.analyzer.StatementKind.values().length],
                0,
                0,
                List.of(),
                List.of(),
                "SUCCESSFUL");
        Path dir = SCREENSHOTS.resolve("suite-report-xss").toAbsolutePath();
        Files.createDirectories(dir);
        dev.leanjdbc.junit.internal.report.SuiteReport.of(List.of(entry), 0).write(dir);

        try (HeadlessChromium browser = HeadlessChromium.open(dir.resolve("report.html"), 900)) {
            browser.screenshot(SCREENSHOTS.resolve("suite-report-xss.png"));
            assertThat(browser.eval("document.querySelectorAll('img, script').length"))
                    .isEqualTo(0.0);
            assertThat(browser.consoleErrors()).isEmpty();
            assertThat(browser.eval("document.querySelector('tr.test .name').textContent"))
                    .isEqualTo("C." + XSS);
        }
    }

    private static boolean visible(HeadlessChromium browser, String selector) {
        return (Boolean) browser.eval("(() => { const e = document.querySelector('" + selector + "');"
                + " if (!e) return false; const r = e.getBoundingClientRect();"
                + " return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; })()");
    }
}
