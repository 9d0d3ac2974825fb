package dev.leanjdbc.examples.docs;

import dev.leanjdbc.examples.docs.DocBlocks.Block;
import dev.leanjdbc.examples.docs.DocBlocks.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.w3c.dom.Element;

/**
 * Checks the fenced blocks of the docs against the sources they come from ({@link DocBlocks} lists the markers),
 * and copies the sources into the pages ({@link #update}). Without a marker, a {@code java} block is an error;
 * {@code xml}, {@code kotlin} and {@code properties} blocks are checked for what can be checked without building
 * them: well-formed XML, leanjdbc artifacts that are published and versions equal to the build's, classes that
 * exist, property keys that some main source reads.
 */
final class DocChecker {

    static final String UPDATE_HINT =
            "run DocsSnippetsTest with -Ddocs.update=true to copy the region into the" + " page, or change the source";

    private static final Pattern FQCN = Pattern.compile("\\bdev\\.leanjdbc(?:\\.[a-z]\\w*)+\\.[A-Z]\\w*");
    private static final Pattern KOTLIN_VAL = Pattern.compile("\\bval (\\w+) = \"([^\"]*)\"");
    private static final Pattern KOTLIN_COORDINATE = Pattern.compile("\"([\\w.-]+):([\\w.-]+)(?::([^\"]+))?\"");
    private static final Pattern KOTLIN_REFERENCE = Pattern.compile("\\$\\{?(\\w+)}?");

    private final Path root;
    private final BuildVersions build;
    private final Map<String, Map<String, String>> regionsByFile = new HashMap<>();
    private String mainSources;

    DocChecker(Path root) throws IOException {
        this.root = root;
        this.build = new BuildVersions(root);
    }

    /** The pages whose blocks are checked: README.md and docs/*.md, as paths from the repository root. */
    static List<String> pages(Path root) throws IOException {
        List<String> pages = new ArrayList<>(List.of("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.map(p -> "docs/" + p.getFileName())
                    .filter(p -> p.endsWith(".md"))
                    .sorted()
                    .forEach(pages::add);
        }
        return pages;
    }

    /** Every problem of {@code markdown} (the text of {@code page}); empty when all is well. */
    List<String> check(String page, String markdown) {
        List<String> problems = new ArrayList<>();
        Set<String> linked = new LinkedHashSet<>();
        for (Block b : DocBlocks.of(page, markdown)) {
            switch (b.kind()) {
                case SNIPPET -> {
                    snippet(b, problems);
                    if (Files.isRegularFile(root.resolve(b.file()))) {
                        linked.add(b.file());
                    }
                }
                case WALK -> {
                    if (!page.equals(GettingStartedWalkTest.PAGE)) {
                        problems.add(b.where() + ": <!-- walk: ... --> belongs to " + GettingStartedWalkTest.PAGE
                                + " only, which GettingStartedWalkTest builds");
                    }
                }
                case CHECKED -> checkedBy(b, problems);
                case NOT_COMPILED -> {
                    if (b.target().split("\\s+").length < 3) {
                        problems.add(b.where() + ": <!-- not-compiled: ... --> needs a reason of a few words, was '"
                                + b.target() + "'");
                    }
                }
                case NONE -> {
                    if (b.lang().equals("java")) {
                        problems.add(b.where() + ": a java block needs <!-- snippet: path#tag --> (a tagged region"
                                + " of a compiled, tested source) or <!-- not-compiled: reason --> on the line"
                                + " before it:\n" + b.text());
                    }
                }
            }
            if (b.kind() != Kind.NOT_COMPILED && b.kind() != Kind.CHECKED) {
                content(b, problems);
            }
        }
        for (String file : linked) {
            String link = "](" + root.resolve(page).getParent().relativize(root.resolve(file)) + ")";
            if (!markdown.contains(link)) {
                problems.add(page + ": its snippets come from " + file + ", but the page has no link to it (with"
                        + " the imports, one click away); add e.g. ["
                        + Path.of(file).getFileName() + link);
            }
        }
        return problems;
    }

    /** {@code markdown} with every snippet block replaced by its region (blocks whose region is missing stay). */
    String update(String page, String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Block b : DocBlocks.of(page, markdown)) {
            if (b.kind() == Kind.SNIPPET && b.tag() != null && Files.isRegularFile(root.resolve(b.file()))) {
                String region = regions(b.file()).get(b.tag());
                if (region != null) {
                    blocks.add(b);
                    texts.add(region);
                }
            }
        }
        return DocBlocks.replace(markdown, blocks, texts);
    }

    private void snippet(Block b, List<String> problems) {
        if (b.tag() == null) {
            problems.add(b.where() + ": the snippet marker names no tag: <!-- snippet: path#tag -->");
            return;
        }
        if (!Files.isRegularFile(root.resolve(b.file()))) {
            problems.add(b.where() + ": snippet file " + b.file() + " does not exist (paths are from the"
                    + " repository root)");
            return;
        }
        Map<String, String> regions = regions(b.file());
        String region = regions.get(b.tag());
        if (region == null) {
            problems.add(b.where() + ": " + b.file() + " has no region " + b.tag() + " (// tag::" + b.tag()
                    + "[] ... // end::" + b.tag() + "[]); it has " + regions.keySet());
        } else if (!stripped(region).equals(stripped(b.text()))) {
            problems.add(b.where() + ": differs from " + b.target() + " (" + UPDATE_HINT + "); first difference: "
                    + firstDifference(stripped(region), stripped(b.text())));
        }
    }

    private void checkedBy(Block b, List<String> problems) {
        Path test = root.resolve(b.target());
        try {
            if (!Files.isRegularFile(test) || !Files.readString(test).contains(b.page())) {
                problems.add(b.where() + ": <!-- checked: " + b.target() + " --> must name a test that exists and"
                        + " reads " + b.page());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a block's own text allows to check, whatever its marker. */
    private void content(Block b, List<String> problems) {
        switch (b.lang()) {
            case "xml" -> xml(b, problems);
            case "kotlin", "kts" -> kotlin(b, problems);
            case "properties" -> properties(b, problems);
            default -> {}
        }
    }

    private void xml(Block b, List<String> problems) {
        String text = b.text().replaceFirst("^<\\?xml[^>]*\\?>", "");
        Element doc;
        try {
            doc = BuildVersions.parse("<doc>" + text + "</doc>").getDocumentElement();
        } catch (IllegalArgumentException e) {
            problems.add(b.where() + ": " + e.getMessage());
            return;
        }
        Map<String, String> local = BuildVersions.properties(doc);
        for (Element e : BuildVersions.coordinates(doc)) {
            coordinate(
                    b,
                    BuildVersions.groupId(e),
                    BuildVersions.text(e, "artifactId"),
                    BuildVersions.text(e, "version"),
                    BuildVersions.resolve(BuildVersions.text(e, "version"), local),
                    problems);
        }
        classNames(b, problems);
    }

    private void kotlin(Block b, List<String> problems) {
        Map<String, String> vals = new HashMap<>();
        Matcher v = KOTLIN_VAL.matcher(b.text());
        while (v.find()) {
            vals.put(v.group(1), v.group(2));
        }
        Matcher c = KOTLIN_COORDINATE.matcher(b.text());
        while (c.find()) {
            String version = c.group(3);
            String resolved = version == null
                    ? null
                    : KOTLIN_REFERENCE.matcher(version).replaceAll(r -> {
                        String value = vals.get(r.group(1));
                        return Matcher.quoteReplacement(value == null ? r.group() : value);
                    });
            coordinate(b, c.group(1), c.group(2), version, resolved, problems);
        }
        classNames(b, problems);
    }

    private void coordinate(
            Block b, String group, String artifact, String version, String resolved, List<String> problems) {
        if (group == null || artifact == null) {
            return;
        }
        String expected;
        if (group.equals(BuildVersions.GROUP)) {
            if (!build.published.contains(artifact)) {
                problems.add(
                        b.where() + ": " + group + ":" + artifact + " is not published; published: " + build.published);
                return;
            }
            expected = build.projectVersion;
        } else {
            expected = build.managed.get(group + ":" + artifact);
        }
        // A version the block leaves to a property it does not define (${leanjdbc.version}) cannot be checked.
        if (expected != null && resolved != null && !resolved.contains("$") && !resolved.equals(expected)) {
            problems.add(b.where() + ": " + group + ":" + artifact + " in version " + version
                    + (version.equals(resolved) ? "" : " (" + resolved + ")") + ", but the build uses " + expected
                    + " (pom.xml)");
        }
    }

    private void classNames(Block b, List<String> problems) {
        Matcher m = FQCN.matcher(b.text());
        while (m.find()) {
            String file = m.group().replace('.', '/') + ".java";
            boolean exists = build.modules.values().stream()
                    .anyMatch(dir -> Files.isRegularFile(
                            root.resolve(dir).resolve("src/main/java").resolve(file)));
            if (!exists) {
                problems.add(b.where() + ": class " + m.group() + " is in no module's src/main/java");
            }
        }
    }

    private void properties(Block b, List<String> problems) {
        for (String line : b.text().lines().toList()) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("!")) {
                continue;
            }
            String key = l.split("[=:]", 2)[0].strip();
            if (!mainSources().contains("\"" + key + "\"")) {
                problems.add(b.where() + ": no main source reads the property " + key + " (as the literal \"" + key
                        + "\"); if a test checks it, say so with <!-- checked: path/of/the/Test.java -->");
            }
        }
    }

    private String mainSources() {
        if (mainSources == null) {
            StringBuilder all = new StringBuilder();
            for (String dir : build.modules.values()) {
                Path main = root.resolve(dir).resolve("src/main/java");
                if (!Files.isDirectory(main)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path f :
                            files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        all.append(Files.readString(f));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            mainSources = all.toString();
        }
        return mainSources;
    }

    Map<String, String> regions(String file) {
        return regionsByFile.computeIfAbsent(file, f -> {
            try {
                return Regions.of(Files.readString(root.resolve(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(f + ": " + e.getMessage(), e);
            }
        });
    }

    private static String stripped(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.strip().lines().toList()) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String firstDifference(String source, String page) {
        List<String> s = source.lines().toList();
        List<String> p = page.lines().toList();
        for (int i = 0; i < Math.max(s.size(), p.size()); i++) {
            String a = i < s.size() ? s.get(i) : "<end>";
            String b = i < p.size() ? p.get(i) : "<end>";
            if (!a.equals(b)) {
                return "line " + (i + 1) + " of the block\n  source: " + a + "\n  page:   " + b;
            }
        }
        return "none";
    }
}
