package dev.leanjdbc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Demo.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void seedsTheShopRunsBothVersionsAndPrintsFindingsAndTheTable() {
        int code = run("--scale", "0.01");

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(text).contains("orders").contains("1,000 rows").contains("seeded");
        assertThat(text)
                .contains("What the analyzer found in the naive run")
                .contains("N+1 queries")
                .contains("naive/lean")
                .contains("Both runs produced the same results");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Usage: ./demo")
                .contains("--jdbc-url");
    }

    @Test
    void aBadFlagIsOneLineAndExitCodeTwo() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("demo: unknown option --frobnicate (try --help)\n");
    }

    @Test
    void aBadScaleNamesTheValue() {
        assertThat(run("--scale", "-1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--scale must be > 0 and <= 100, was -1");
    }

    @Test
    void anUnreachableDatabaseIsOneLineAndExitCodeTwo() {
        assertThat(run("--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2"))
                .isEqualTo(2);
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("demo: cannot connect to jdbc:postgresql://127.0.0.1:1/none");
        assertThat(text.lines()).hasSize(1);
    }

    /** The whole command line on an empty schema of each database, as a user with --jdbc-url runs it. */
    @DbTest
    void runsOnAnyJdbcUrlAndWritesTheHtmlReport(TestDatabase db, @TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        List<String> args = new ArrayList<>(List.of("--jdbc-url", db.jdbcUrl(), "--user", db.user()));
        if (db.password() != null) {
            args.addAll(List.of("--password", db.password()));
        }
        args.addAll(List.of("--scale", "0.02", "--html", html.toString()));

        int code = run(args.toArray(String[]::new));

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8) + text).isZero();
        assertThat(text)
                .contains("N+1 queries", "NaiveShop.java:", "row-by-row DML", "unbatched INSERTs")
                .contains("projection candidate", "fix: ")
                .contains("The lean run: 0 findings.")
                .contains("statements", "bytes allocated", "peak heap (approx.)")
                .contains("Both runs produced the same results");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("N+1 queries").doesNotContain("http");

        out.reset();
        err.reset();
        int again = run(args.toArray(String[]::new));
        assertThat(again).as("a second run on the same schema").isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("already has the shop's tables")
                .contains("empty database or schema")
                .hasLineCount(1);
    }
}
