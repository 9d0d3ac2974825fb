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
import org.junit.jupiter.api.io.TempDir;

/** The whole command line on an empty schema of each database, as a user with {@code --jdbc-url} runs it. */
class DemoCliTest {

    @DbTest
    void runsOnAnyJdbcUrlAndWritesTheHtmlReport(TestDatabase db, @TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path html = dir.resolve("report.html");
        List<String> args = new ArrayList<>(List.of("--jdbc-url", db.jdbcUrl(), "--user", db.user()));
        if (db.password() != null) {
            args.addAll(List.of("--password", db.password()));
        }
        args.addAll(List.of("--scale", "0.02", "--html", html.toString()));

        int code = Demo.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

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
        int again = Demo.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(again).as("a second run on the same schema").isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("already has the shop's tables")
                .contains("empty database or schema")
                .hasLineCount(1);
    }
}
