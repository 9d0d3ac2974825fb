package dev.leanjdbc.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.examples.docs.DocBlocks.Block;
import dev.leanjdbc.examples.docs.DocBlocks.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Keeps every block of README.md and docs/*.md true to a compiled, tested source ({@link DocChecker}). With
 * {@code -Ddocs.update=true} it first copies each snippet's region into its page, so that a change to a snippet
 * source (an API rename, say) is one command away from the docs:
 *
 * <pre>{@code ./mvnw -B -o -q -pl examples -am test -Dtest=DocsSnippetsTest -Dsurefire.failIfNoSpecifiedTests=false -Ddocs.update=true}</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocsSnippetsTest {

    private static final String THIS_MODULE = "examples/src/test/java/";

    private Path root;
    private DocChecker checker;

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/getting-started.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir)
                .as("repository root (with docs/getting-started.md) above the working directory")
                .isNotNull();
        return dir;
    }

    @BeforeAll
    void readTheBuild() throws IOException {
        root = repositoryRoot();
        checker = new DocChecker(root);
    }

    @Test
    void everyBlockOfTheDocsIsTrueToItsSource() throws IOException {
        if (Boolean.getBoolean("docs.update")) {
            for (String page : DocChecker.pages(root)) {
                String text = Files.readString(root.resolve(page));
                String updated = checker.update(page, text);
                if (!updated.equals(text)) {
                    Files.writeString(root.resolve(page), updated);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        for (String page : DocChecker.pages(root)) {
            String text = Files.readString(root.resolve(page));
            blocks += DocBlocks.of(page, text).size();
            problems.addAll(checker.check(page, text));
        }
        assertThat(problems).as("problems in the docs' code blocks").isEmpty();
        assertThat(blocks).as("code blocks read").isGreaterThan(60);
    }

    /**
     * The snippets whose source is in this module (whose class path this JVM has) compile with nothing but their
     * file's imports around them: every name on the page is declared on the page.
     */
    @Test
    void everySnippetOfThisModuleCompilesAlone() throws IOException {
        CompileAlone javac = new CompileAlone(root.resolve("examples/target/compile-alone"));
        List<String> problems = new ArrayList<>();
        int compiled = 0;
        for (String page : DocChecker.pages(root)) {
            for (Block b : DocBlocks.of(page, Files.readString(root.resolve(page)))) {
                if (b.kind() == Kind.SNIPPET
                        && b.lang().equals("java")
                        && b.file().startsWith(THIS_MODULE)) {
                    String errors = javac.errors(
                            Files.readString(root.resolve(b.file())),
                            checker.regions(b.file()).get(b.tag()),
                            "Alone" + compiled++);
                    if (errors != null) {
                        problems.add(b.where() + ": " + b.target() + " compiles only inside its file (it uses a"
                                + " name the page does not declare; make the region a whole method or class):\n"
                                + errors);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(compiled).as("snippets compiled alone").isGreaterThan(15);
    }

    @Test
    void aRegionWithAnUndeclaredNameDoesNotCompileAlone() throws IOException {
        CompileAlone javac = new CompileAlone(root.resolve("examples/target/compile-alone"));
        String source = "package dev.leanjdbc.examples.docs;\nimport java.util.List;\n";
        assertThat(javac.errors(source, "int n = lines.size();\n", "AloneUndeclared"))
                .contains("lines");
        assertThat(javac.errors(source, "List<String> lines = List.of();\nint n = lines.size();\n", "AloneStatements"))
                .isNull();
        assertThat(javac.errors(
                        source, "static int count(List<String> lines) {\n return lines.size();\n}\n", "AloneMember"))
                .isNull();
    }

    @Test
    void aBlockThatDiffersFromItsRegionFailsAndUpdateRewritesIt() {
        String file = "examples/src/test/java/dev/leanjdbc/examples/docs/GettingStartedSnippets.java";
        String region = checker.regions(file).get("wrap");
        assertThat(region).isNotBlank();
        String page = "<!-- snippet: " + file + "#wrap -->\n```java\n" + region + "```\n\n[source](../" + file + ")\n";
        assertThat(checker.check("docs/x.md", page)).isEmpty();

        String changed = page.replace("QueryAnalyzer.create()", "QueryAnalyzer.builder().build()");
        assertThat(checker.check("docs/x.md", changed))
                .singleElement()
                .asString()
                .contains("differs from " + file + "#wrap", "QueryAnalyzer.builder().build()");
        assertThat(checker.update("docs/x.md", changed)).isEqualTo(page);

        assertThat(checker.check("docs/x.md", page.replace("](../", "](")))
                .singleElement()
                .asString()
                .contains("has no link to it");
    }

    @Test
    void aJavaBlockNeedsASnippetOrAReasonNotToCompile() {
        String java = "```java\nint x = lines.size();\n```\n";
        assertThat(checker.check("docs/x.md", java)).singleElement().asString().contains("a java block needs");
        assertThat(checker.check("docs/x.md", "<!-- not-compiled: pseudo-code -->\n" + java))
                .singleElement()
                .asString()
                .contains("needs a reason");
        assertThat(checker.check("docs/x.md", "<!-- not-compiled: an elided method body -->\n" + java))
                .isEmpty();
        assertThat(checker.check("docs/x.md", "<!-- snippet: nowhere/Missing.java#x -->\n" + java))
                .singleElement()
                .asString()
                .contains("does not exist");
    }

    @Test
    void xmlKotlinAndPropertiesAreCheckedAgainstTheBuild() {
        String core = "<dependency><groupId>dev.leanjdbc</groupId><artifactId>leanjdbc-core</artifactId>"
                + "<version>%s</version></dependency>";
        assertThat(checker.check("docs/x.md", "```xml\n" + core.formatted("0.1.0-SNAPSHOT") + "\n```\n"))
                .isEmpty();
        assertThat(checker.check("docs/x.md", "```xml\n" + core.formatted("0.0.9") + "\n```\n"))
                .singleElement()
                .asString()
                .contains("in version 0.0.9, but the build uses 0.1.0-SNAPSHOT");
        assertThat(checker.check("docs/x.md", "```xml\n<dependency><groupId>dev.leanjdbc</groupId>\n```\n"))
                .singleElement()
                .asString()
                .contains("not well-formed");
        assertThat(checker.check("docs/x.md", "```xml\n<name>dev.leanjdbc.jooq.codegen.NoSuchGenerator</name>\n```\n"))
                .singleElement()
                .asString()
                .contains("is in no module's src/main/java");
        assertThat(checker.check(
                        "docs/x.md",
                        "```kotlin\nval v = \"3.19.1\"\njooqCodegen(\"org.jooq:jooq-meta-extensions:$v\")\n```\n"))
                .singleElement()
                .asString()
                .contains("org.jooq:jooq-meta-extensions in version $v (3.19.1), but the build uses");
        assertThat(checker.check("docs/x.md", "```kotlin\nimplementation(\"dev.leanjdbc:leanjdbc-testing\")\n```\n"))
                .singleElement()
                .asString()
                .contains("is not published");
        assertThat(checker.check("docs/x.md", "```properties\nleanjdbc.junit.failOn=ALL\n```\n"))
                .isEmpty();
        assertThat(checker.check("docs/x.md", "```properties\nleanjdbc.junit.failsOn=ALL\n```\n"))
                .singleElement()
                .asString()
                .contains("no main source reads the property leanjdbc.junit.failsOn");
    }
}
