package dev.leanjdbc.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.leanjdbc.Lean;
import dev.leanjdbc.junit.LeanJdbcExtension;
import dev.leanjdbc.junit.internal.compare.ReportComparator;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The CI check on two real runs of one test suite: the shop's steps tested against the lean code (the base
 * branch) and the naive code (a pull request that regressed to it), with the suite report on; the
 * comparator fails the regression and passes its fix.
 */
class CiReportComparisonTest {

    private static final ShopScale SCALE = new ShopScale(400, 100, 2_000);

    private static volatile DataSource database;
    private static volatile SQLDialect dialect;
    private static volatile boolean leanVersion;

    /** The suite CI runs: each step of the shop application is a test, against one implementation. */
    static class ShopSteps {
        private final Workload work =
                new Workload(40, "NEW", Workload.forScale(1).shipBefore(), 30);

        @BeforeEach
        void sameDataForEveryRun() throws SQLException {
            ShopReset.undoWrites(database); // unwrapped: not the code under test
        }

        private DataSource dataSource() {
            // one wrapping per test, as a Spring BeanPostProcessor would: the suite report sees its statements
            return LeanJdbcExtension.wrap(database);
        }

        @Test
        void customerSummaries() throws SQLException {
            assertThat(
                            leanVersion
                                    ? lean().customerSummaries().rows()
                                    : naive().customerSummaries().rows())
                    .isEqualTo(40);
        }

        @Test
        void dashboard() throws SQLException {
            assertThat(
                            leanVersion
                                    ? lean().dashboard().rows()
                                    : naive().dashboard().rows())
                    .isPositive();
        }

        @Test
        void shipOldPaidOrders() throws SQLException {
            assertThat(leanVersion ? lean().shipOldPaidOrders() : naive().shipOldPaidOrders())
                    .isPositive();
        }

        @Test
        void importProducts() throws SQLException {
            var products = SupplierFeed.products(work.newProducts());
            assertThat(leanVersion ? lean().importProducts(products) : naive().importProducts(products))
                    .isEqualTo(30);
        }

        private LeanShop lean() {
            return new LeanShop(Lean.of(dataSource(), dialect), work);
        }

        private NaiveShop naive() {
            return new NaiveShop(dataSource(), dialect, work);
        }
    }

    @DbTest
    void aPullRequestBackToTheNaiveCodeFailsAndItsFixPasses(TestDatabase db, @TempDir Path dir) throws IOException {
        db.seedShop(SCALE);
        Path lean = runSuite(db, dir.resolve("lean"), true);
        Path naive = runSuite(db, dir.resolve("naive"), false);

        Comparison regression = compare(lean, naive);
        assertThat(regression.exit()).as(regression.markdown()).isEqualTo(ReportComparator.FAIL);
        assertThat(regression.markdown())
                .startsWith("## leanjdbc query check: FAIL\n")
                .contains("### New findings")
                .contains("| N_PLUS_ONE | `select * from orders where customer_id = ?` | `NaiveShop.customerSummaries(")
                .contains("| UNBATCHED_INSERT |")
                .contains("| ROW_BY_ROW_DML |")
                .contains("### Tests running more statements")
                .contains("| CiReportComparisonTest$ShopSteps.customerSummaries | 2 | 41 | +39 |");

        Comparison fix = compare(naive, lean);
        assertThat(fix.exit()).as(fix.markdown()).isEqualTo(ReportComparator.PASS);
        assertThat(fix.markdown())
                .startsWith("## leanjdbc query check: PASS\n")
                .contains("### Fixed findings")
                .contains("| CiReportComparisonTest$ShopSteps.customerSummaries | 41 | 2 | -39 |")
                .doesNotContain("### New findings");

        // docs/junit.md quotes both summaries verbatim; a change here (a moved line of NaiveShop) must reach it
        String page = Files.readString(Path.of("..", "docs", "junit.md"));
        assertThat(page)
                .as("docs/junit.md, section CI, quotes the comparator's output")
                .contains("```markdown\n" + regression.markdown())
                .contains("```markdown\n" + fix.markdown());
    }

    private static Path runSuite(TestDatabase db, Path dir, boolean lean) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(ShopSteps.class))
                .configurationParameter("leanjdbc.report", "true")
                .configurationParameter("leanjdbc.report.dir", dir.toString())
                .configurationParameter("leanjdbc.report.githubAnnotations", "false")
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        database = db.dataSource();
        dialect = db.dialect();
        leanVersion = lean;
        try {
            LauncherFactory.create().execute(request, summary);
        } finally {
            database = null;
        }
        assertThat(summary.getSummary().getTotalFailureCount())
                .as("%s", summary.getSummary().getFailures())
                .isZero();
        assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(4);
        return dir.resolve("report.json");
    }

    record Comparison(int exit, String markdown) {}

    private static Comparison compare(Path base, Path pr) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ReportComparator.run(
                new String[] {base.toString(), pr.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        return new Comparison(exit, out.toString(StandardCharsets.UTF_8));
    }
}
