package dev.leanjdbc.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.junit.internal.compare.ReportComparator;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparator of two suite reports (base branch, pull request): PASS, FAIL or INCONCLUSIVE and why. */
class ReportComparatorTest {

    /** The code under test: the N+1 on the base branch or its fix, switched by the outer test. */
    static volatile boolean joined;

    static class Orders {
        @org.junit.jupiter.api.Test
        void listsOrders() throws SQLException {
            if (joined) {
                OrderQueries.joined(dataSource(), 8);
            } else {
                OrderQueries.nPlusOne(dataSource(), 8);
            }
        }

        @org.junit.jupiter.api.Test
        void pings() throws SQLException {
            OrderQueries.ping(dataSource());
        }
    }

    static class OnlyPings {
        @org.junit.jupiter.api.Test
        void pings() throws SQLException {
            OrderQueries.ping(dataSource());
        }
    }

    /** Wrapped per test, not once per class: each suite run here has its own database. */
    static DataSource dataSource() {
        return LeanJdbcExtension.wrap(Samples.dataSource());
    }

    record Outcome(int exit, String out, String err) {}

    static Outcome compare(Path base, Path pr) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ReportComparator.run(
                new String[] {base.toString(), pr.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path suite(DataSource ds, Path dir, boolean fixed, Class<?>... classes) {
        joined = fixed;
        SuiteSarifWriterTest.run(ds, dir, Map.of(), classes);
        return dir.resolve("report.json");
    }

    @DbTest
    void aNewFindingFailsItsFixPasses(TestDatabase db, @TempDir Path dir) {
        db.seedShop(ExtensionCountsTest.SMALL);
        Path fixed = suite(db.dataSource(), dir.resolve("fixed"), true, Orders.class);
        Path nPlusOne = suite(db.dataSource(), dir.resolve("nPlusOne"), false, Orders.class);

        Outcome fail = compare(fixed, nPlusOne);
        assertThat(fail.exit()).as(fail.out()).isEqualTo(1);
        assertThat(fail.out())
                .startsWith("## leanjdbc query check: FAIL\n")
                .contains("| N_PLUS_ONE | `" + ExtensionCountsTest.ORDERS
                        + "` | `OrderQueries.ordersOf(OrderQueries.java:")
                .contains("| ReportComparatorTest$Orders.listsOrders | 1 | 9 | +8 |");

        Outcome pass = compare(nPlusOne, fixed);
        assertThat(pass.exit()).as(pass.out()).isEqualTo(0);
        assertThat(pass.out())
                .startsWith("## leanjdbc query check: PASS\n")
                .contains("Fixed findings")
                .contains("| ReportComparatorTest$Orders.listsOrders | 9 | 1 | -8 |");

        assertThat(compare(fixed, fixed).exit()).isEqualTo(0);
    }

    @DbTest(dev.leanjdbc.testing.Db.H2)
    void reportsThatCannotBeComparedAreInconclusiveAndSayWhy(TestDatabase db, @TempDir Path dir) throws IOException {
        db.seedShop(ExtensionCountsTest.SMALL);
        Path full = suite(db.dataSource(), dir.resolve("full"), true, Orders.class);
        Path fewer = suite(db.dataSource(), dir.resolve("fewer"), true, OnlyPings.class);
        Path failing =
                suite(db.dataSource(), dir.resolve("failing"), true, Orders.class, SuiteReportTest.WithExtension.class);

        Outcome missing = compare(full, fewer);
        assertThat(missing.exit()).as(missing.out()).isEqualTo(2);
        assertThat(missing.out())
                .startsWith("## leanjdbc query check: INCONCLUSIVE\n")
                .contains("2 tests of the base report are missing from the pull request's report")
                .contains("ReportComparatorTest$Orders.listsOrders");

        Outcome failed = compare(full, failing);
        assertThat(failed.exit()).as(failed.out()).isEqualTo(2);
        assertThat(failed.out())
                .contains("the pull request's run has 1 test that did not succeed")
                .contains("SuiteReportTest$WithExtension.failing (FAILED)");

        Path future = dir.resolve("future.json");
        Files.writeString(
                future, Files.readString(full).replaceFirst("\"schemaVersion\"\\s*:\\s*1", "\"schemaVersion\": 7"));
        Outcome unknown = compare(full, future);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.out())
                .contains("the pull request's report has schema version 7; this comparator reads version 1");
    }

    @Test
    void aMissingFileOrBadArgumentsAreInconclusiveWithUsage(@TempDir Path dir) {
        Outcome none = compare(dir.resolve("base.json"), dir.resolve("pr.json"));
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.out()).contains("INCONCLUSIVE", "cannot read the base report " + dir.resolve("base.json"));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ReportComparator.run(
                new String[] {"one"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar leanjdbc-junit");
    }
}
