package dev.leanjdbc.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.examples.docs.DocBlocks.Block;
import dev.leanjdbc.examples.docs.DocBlocks.Kind;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Walks docs/getting-started.md as a new user would, from the page's own text: runs the page's {@code ./mvnw
 * install} on a copy of this repository's sources, writes every {@code <!-- walk: file -->} block into a fresh
 * project under {@code target/getting-started-walk/}, runs {@code mvn test} on it and checks that its tests ran
 * and passed, with records made by the tracking generator. Gradle is not run (the build needs no Gradle); the
 * page's {@code build.gradle.kts} is checked against its {@code pom.xml} instead: same artifacts, versions and
 * code generator settings.
 *
 * <p>Why it works on a clean clone ({@code .ci/run}: {@code ./mvnw -B verify}, nothing installed): the install
 * goes to a throw-away local repository chained in front of the build's own ({@code maven.repo.local.tail},
 * Maven 3.9), so the fresh project resolves leanjdbc from the former and everything else from the latter, and
 * the user's repository is never written. It runs on a copy of the sources, not in place, because installing
 * rewrites the modules' {@code target/} jars and classes, which this very test JVM has on its class path. It
 * lives in examples, the last module of the reactor, so every module it installs was built and tested before.
 * The nested builds are offline when the outer one is ({@code -o}). About a minute: the install skips compiling
 * tests and the format and convergence checks, the fresh project has two tests.
 */
class GettingStartedWalkTest {

    static final String PAGE = "docs/getting-started.md";

    private static final Pattern TESTS_RUN = Pattern.compile("tests=\"(\\d+)\"");

    @Test
    void thePagesOwnTextMakesAProjectWhoseTestsPass() throws Exception {
        Path root = DocsSnippetsTest.repositoryRoot();
        Map<String, String> walk = walkBlocks(Files.readString(root.resolve(PAGE)));
        assertThat(walk).containsKeys("install", "pom.xml", "build.gradle.kts");

        Path work = root.resolve("examples/target/getting-started-walk");
        deleteTree(work);
        Path clone = work.resolve("leanjdbc");
        Path project = work.resolve("project");
        Path repository = work.resolve("repository");
        copySources(root, clone);
        Files.createDirectories(repository);
        for (Map.Entry<String, String> file : walk.entrySet()) {
            if (!file.getKey().equals("install")) {
                Path target = project.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
        }

        Element pom = BuildVersions.parse(walk.get("pom.xml")).getDocumentElement();
        BuildVersions build = new BuildVersions(root);
        Set<String> modules = new LinkedHashSet<>(List.of("."));
        for (Element e : BuildVersions.coordinates(pom)) {
            if (BuildVersions.GROUP.equals(BuildVersions.groupId(e))) {
                String dir = build.modules.get(BuildVersions.text(e, "artifactId"));
                assertThat(dir)
                        .as("module of %s", BuildVersions.text(e, "artifactId"))
                        .isNotNull();
                modules.add(dir);
            }
        }

        List<String> install = new ArrayList<>(installCommand(walk.get("install"), clone));
        // Only the modules the page's project uses (and what they need), tests not even compiled: the
        // reactor around this test built and tested them already.
        install.addAll(List.of(
                "-pl",
                String.join(",", modules),
                "-am",
                "-Dmaven.test.skip=true",
                "-Dspotless.check.skip=true",
                "-Denforcer.skip=true"));
        install.addAll(repositoryArguments(repository));
        run(install, clone, work.resolve("install.log"));

        List<String> test = new ArrayList<>(List.of(clone.resolve("mvnw").toString(), "-B", "test"));
        test.addAll(repositoryArguments(repository));
        run(test, project, work.resolve("project.log"));

        assertThat(Files.readString(project.resolve(
                        "target/generated-sources/jooq/com/example/db/tables/records/OrdersRecord.java")))
                .as("a record of the tracking generator")
                .contains("leanjdbcFieldUse");
        int tests = 0;
        try (Stream<Path> reports = Files.list(project.resolve("target/surefire-reports"))) {
            for (Path report : reports.filter(p -> p.getFileName().toString().startsWith("TEST-"))
                    .toList()) {
                String xml = Files.readString(report);
                assertThat(xml).as(report.toString()).contains("failures=\"0\"", "errors=\"0\"", "skipped=\"0\"");
                Matcher m = TESTS_RUN.matcher(xml);
                assertThat(m.find()).isTrue();
                tests += Integer.parseInt(m.group(1));
            }
        }
        assertThat(tests).as("tests of the walked project that ran").isEqualTo(countTests(walk));

        gradleScriptMatchesThePom(pom, walk.get("build.gradle.kts"));
    }

    /** The page's walk blocks by target, in page order; each target once. */
    static Map<String, String> walkBlocks(String markdown) {
        Map<String, String> walk = new LinkedHashMap<>();
        for (Block b : DocBlocks.of(PAGE, markdown)) {
            if (b.kind() == Kind.WALK) {
                assertThat(walk.put(b.target(), b.text()))
                        .as("walk target %s twice", b.target())
                        .isNull();
            }
        }
        return walk;
    }

    /** The page's {@code ./mvnw ...} line, run with the copy's wrapper. */
    private static List<String> installCommand(String block, Path clone) {
        String line = block.lines()
                .map(String::strip)
                .filter(l -> l.startsWith("./mvnw "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the install block has no ./mvnw line:\n" + block));
        List<String> command =
                new ArrayList<>(Arrays.asList(line.split("#", 2)[0].trim().split("\\s+")));
        assertThat(command).as("the page's install command").contains("install");
        command.set(0, clone.resolve("mvnw").toString());
        return command;
    }

    private static List<String> repositoryArguments(Path repository) {
        String user = System.getProperty("walk.localRepository", "").isBlank()
                ? Path.of(System.getProperty("user.home"), ".m2", "repository").toString()
                : System.getProperty("walk.localRepository");
        List<String> args =
                new ArrayList<>(List.of("-Dmaven.repo.local=" + repository, "-Dmaven.repo.local.tail=" + user));
        if ("offline=true".equals(System.getProperty("walk.offline"))) {
            args.add("-o");
        }
        return args;
    }

    private static void run(List<String> command, Path dir, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The JDK of this test, also for the second JDK of .ci/run.
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("still running after 10 minutes: " + command + "\n" + tail(log));
        }
        assertThat(p.exitValue())
                .as("exit code of %s in %s; its output (%s) ends:%n%s", command, dir, log, tail(log))
                .isZero();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    private static int countTests(Map<String, String> walk) {
        int n = 0;
        for (Map.Entry<String, String> f : walk.entrySet()) {
            if (f.getKey().startsWith("src/test/java/")) {
                n += f.getValue().split("\n\\s*@Test\n", -1).length - 1;
            }
        }
        return n;
    }

    /** The Kotlin script names what the pom names: every dependency, the versions, the generator's settings. */
    private static void gradleScriptMatchesThePom(Element pom, String kotlin) {
        Map<String, String> versions = BuildVersions.properties(pom);
        for (Element d : BuildVersions.elements(pom, "dependency")) {
            String coordinate = BuildVersions.text(d, "groupId") + ":" + BuildVersions.text(d, "artifactId");
            assertThat(kotlin).as("build.gradle.kts declares %s", coordinate).contains("\"" + coordinate);
            String version = BuildVersions.resolve(BuildVersions.text(d, "version"), versions);
            if (version != null) {
                assertThat(kotlin)
                        .as("build.gradle.kts has %s of %s", version, coordinate)
                        .contains(version);
            }
        }
        for (String tag : List.of("name", "key", "value", "inputSchema", "packageName")) {
            for (Element e : BuildVersions.elements(pom, tag)) {
                if (e.getParentNode() instanceof Element parent
                        && !parent.getTagName().equals("project")
                        && !e.getTextContent().isBlank()) {
                    assertThat(kotlin)
                            .as("build.gradle.kts sets the code generator's %s %s", tag, e.getTextContent())
                            .contains("\"" + e.getTextContent().trim() + "\"");
                }
            }
        }
        assertThat(kotlin)
                .contains(
                        "isOutputSchemaToDefault = true",
                        "includeGroup(\"" + BuildVersions.GROUP + "\")",
                        "useJUnitPlatform()",
                        "options.release.set(" + versions.get("maven.compiler.release") + ")");
    }

    /** The root's build files and every module's directory, without build output. */
    private static void copySources(Path root, Path clone) throws IOException {
        Files.createDirectories(clone);
        for (String file : List.of("pom.xml", "mvnw")) {
            Files.copy(root.resolve(file), clone.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
        List<Path> dirs = new ArrayList<>(List.of(root.resolve(".mvn")));
        for (String module : new BuildVersions(root).modules.values()) {
            if (!module.equals(".")) {
                dirs.add(root.resolve(module));
            }
        }
        for (Path dir : dirs) {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    if (d.getFileName().toString().equals("target")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(clone.resolve(root.relativize(d)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    Files.copy(f, clone.resolve(root.relativize(f)), StandardCopyOption.COPY_ATTRIBUTES);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
