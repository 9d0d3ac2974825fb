import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a file repository that {@code mvn deploy -Prelease} wrote (.ci/run stages one under target/staging)
 * the way Maven Central would: every published module has its jar, sources jar and Javadoc jar, each jar
 * declares its Automatic-Module-Name, the Javadoc holds no internal package, and every POM (with its
 * parents, also taken from the staging repository) carries name, description, url, licenses, developers
 * and scm, and no {@code ${...}} that nothing defines. Unpublished modules must not be staged. A required
 * (non-optional, compile or runtime) Jackson 2 dependency of a published module fails the check unless
 * named with {@code --allow-required group:artifact@module}.
 *
 * <p>Run: {@code java .ci/CheckRelease.java target/staging [--allow-required ...]}; exit status 1 and one
 * line per problem when anything is missing.
 */
public class CheckRelease {

    static final String GROUP = "dev.leanjdbc";
    /** Published jar modules and the JPMS name each jar must declare. */
    static final Map<String, String> JARS = new TreeMap<>(Map.of(
            "leanjdbc-jooq-codegen", "dev.leanjdbc.jooq.codegen",
            "leanjdbc-core", "dev.leanjdbc.core",
            "leanjdbc-query-analyzer", "dev.leanjdbc.analyzer",
            "leanjdbc-junit", "dev.leanjdbc.junit",
            "leanjdbc-hibernate", "dev.leanjdbc.hibernate",
            "leanjdbc-spring-boot-starter", "dev.leanjdbc.spring.boot"));

    static final List<String> POMS = List.of("leanjdbc-parent", "leanjdbc-bom");
    static final List<String> UNPUBLISHED = List.of("leanjdbc-testing", "leanjdbc-benchmarks", "leanjdbc-examples");
    /** Properties Maven itself defines when a consumer reads the POM. */
    static final Pattern BUILT_IN = Pattern.compile("project\\.(version|groupId|artifactId|parent\\.version"
            + "|parent\\.groupId|basedir|build\\.directory)|java\\.version|maven\\..*");

    final Path repo;
    final Set<String> allowedRequired = new LinkedHashSet<>();
    final List<String> problems = new ArrayList<>();

    CheckRelease(Path repo) {
        this.repo = repo;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java .ci/CheckRelease.java STAGING_REPO [--allow-required g:a@module]...");
            System.exit(2);
        }
        CheckRelease check = new CheckRelease(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--allow-required") && i + 1 < args.length) {
                check.allowedRequired.add(args[++i]);
            } else {
                System.err.println("unknown argument: " + args[i]);
                System.exit(2);
            }
        }
        int checked = check.run();
        if (!check.problems.isEmpty()) {
            System.err.println("release check FAILED in " + check.repo + " (" + check.problems.size() + " problems):");
            check.problems.forEach(p -> System.err.println("  - " + p));
            System.exit(1);
        }
        System.out.println("release check passed: " + checked + " artifacts in " + check.repo);
    }

    int run() throws Exception {
        int checked = 0;
        String parentVersion = null;
        for (String artifact : POMS) {
            Optional<Path> pom = latest(artifact, ".pom");
            if (pom.isEmpty()) {
                problems.add(artifact + ": no POM staged under " + dir(artifact));
                continue;
            }
            Document doc = parse(pom.get());
            checkPom(artifact, doc);
            String version = text(doc.getDocumentElement(), "version");
            if (artifact.equals("leanjdbc-parent")) {
                parentVersion = version;
            } else if (parentVersion != null && !parentVersion.equals(version)) {
                problems.add(artifact + ": version " + version + " differs from leanjdbc-parent's " + parentVersion
                        + " (bom/pom.xml writes its version out; change both)");
            }
            if (artifact.equals("leanjdbc-bom")) {
                checkBomListsEveryJar(doc);
            }
            checked++;
        }
        for (Map.Entry<String, String> jar : JARS.entrySet()) {
            String artifact = jar.getKey();
            Optional<Path> pom = latest(artifact, ".pom");
            if (pom.isEmpty()) {
                problems.add(artifact + ": no POM staged under " + dir(artifact));
            } else {
                Document doc = parse(pom.get());
                checkPom(artifact, doc);
                checkNoRequiredJackson(artifact, doc);
            }
            checkMainJar(artifact, jar.getValue());
            checkSources(artifact);
            checkJavadoc(artifact);
            checked += 4;
        }
        for (String artifact : UNPUBLISHED) {
            if (Files.exists(repo.resolve(GROUP.replace('.', '/')).resolve(artifact))) {
                problems.add(artifact + ": staged, but it is not a published module (set maven.deploy.skip)");
            }
        }
        return checked;
    }

    void checkPom(String artifact, Document doc) throws Exception {
        Element project = doc.getDocumentElement();
        // name is not inherited by Maven: each POM must carry its own.
        require(artifact, "name", text(project, "name"));
        List<Element> chain = parentChain(artifact, project);
        require(artifact, "description", inherited(chain, "description"));
        require(artifact, "url", inherited(chain, "url"));
        Element licenses = inheritedElement(chain, "licenses");
        require(artifact, "licenses/license/name", licenses == null ? null : text(child(licenses, "license"), "name"));
        require(artifact, "licenses/license/url", licenses == null ? null : text(child(licenses, "license"), "url"));
        Element developers = inheritedElement(chain, "developers");
        require(artifact, "developers/developer/name",
                developers == null ? null : text(child(developers, "developer"), "name"));
        Element scm = inheritedElement(chain, "scm");
        require(artifact, "scm/url", scm == null ? null : text(scm, "url"));
        require(artifact, "scm/connection", scm == null ? null : text(scm, "connection"));

        Set<String> defined = new LinkedHashSet<>();
        for (Element pom : chain) {
            Element properties = child(pom, "properties");
            if (properties != null) {
                for (Node n = properties.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e) {
                        defined.add(e.getTagName());
                    }
                }
            }
        }
        Matcher m = Pattern.compile("\\$\\{([^}]*)}").matcher(project.getTextContent() + attributes(project));
        Set<String> unresolved = new LinkedHashSet<>();
        while (m.find()) {
            String name = m.group(1);
            if (!defined.contains(name) && !BUILT_IN.matcher(name).matches()) {
                unresolved.add("${" + name + "}");
            }
        }
        if (!unresolved.isEmpty()) {
            problems.add(artifact + ": POM uses " + unresolved + " which neither it nor its parents define");
        }
    }

    void checkBomListsEveryJar(Document bom) {
        Set<String> listed = new LinkedHashSet<>();
        Element dm = child(bom.getDocumentElement(), "dependencyManagement");
        Element deps = dm == null ? null : child(dm, "dependencies");
        for (Element d : deps == null ? List.<Element>of() : children(deps, "dependency")) {
            listed.add(text(d, "artifactId"));
        }
        for (String jar : JARS.keySet()) {
            if (!listed.contains(jar)) {
                problems.add("leanjdbc-bom: does not list " + jar);
            }
        }
        if (child(bom.getDocumentElement(), "parent") != null) {
            problems.add("leanjdbc-bom: has a parent; importing it would also import the parent's"
                    + " dependencyManagement (jOOQ, Jackson, Spring... versions)");
        }
    }

    void checkNoRequiredJackson(String artifact, Document doc) {
        Element deps = child(doc.getDocumentElement(), "dependencies");
        for (Element d : deps == null ? List.<Element>of() : children(deps, "dependency")) {
            String group = text(d, "groupId");
            String scope = Optional.ofNullable(text(d, "scope")).orElse("compile");
            boolean optional = "true".equals(text(d, "optional"));
            boolean required = !optional && (scope.equals("compile") || scope.equals("runtime"));
            String key = group + ":" + text(d, "artifactId");
            if (required && group != null && group.startsWith("com.fasterxml.jackson")
                    && !allowedRequired.contains(key + "@" + artifact)) {
                problems.add(artifact + ": requires " + key + " (scope " + scope + "); users would get Jackson 2"
                        + " on their class path: make it optional or drop it");
            }
        }
    }

    void checkMainJar(String artifact, String moduleName) throws IOException {
        Optional<Path> jar = latest(artifact, ".jar");
        if (jar.isEmpty()) {
            problems.add(artifact + ": no jar staged under " + dir(artifact));
            return;
        }
        try (JarFile file = new JarFile(jar.get().toFile())) {
            String declared = file.getManifest() == null
                    ? null
                    : file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
            if (!moduleName.equals(declared)) {
                problems.add(artifact + ": Automatic-Module-Name is " + declared + ", expected " + moduleName);
            }
            if (file.stream().noneMatch(e -> e.getName().endsWith(".class"))) {
                problems.add(artifact + ": " + jar.get().getFileName() + " holds no classes");
            }
        }
    }

    void checkSources(String artifact) throws IOException {
        Optional<Path> jar = latest(artifact, "-sources.jar");
        if (jar.isEmpty()) {
            problems.add(artifact + ": no sources jar staged under " + dir(artifact));
            return;
        }
        try (JarFile file = new JarFile(jar.get().toFile())) {
            if (file.stream().noneMatch(e -> e.getName().endsWith(".java"))) {
                problems.add(artifact + ": " + jar.get().getFileName() + " holds no .java file");
            }
        }
    }

    void checkJavadoc(String artifact) throws IOException {
        Optional<Path> jar = latest(artifact, "-javadoc.jar");
        if (jar.isEmpty()) {
            problems.add(artifact + ": no Javadoc jar staged under " + dir(artifact));
            return;
        }
        try (JarFile file = new JarFile(jar.get().toFile())) {
            if (file.getEntry("index.html") == null) {
                problems.add(artifact + ": " + jar.get().getFileName() + " has no index.html");
            }
            List<String> internal = file.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.contains("/internal/") && n.endsWith(".html"))
                    .limit(3)
                    .toList();
            if (!internal.isEmpty()) {
                problems.add(artifact + ": Javadoc documents internal packages, e.g. " + internal);
            }
        }
    }

    /** The POM and its parents, nearest first; a parent missing from the staging repository is a problem. */
    List<Element> parentChain(String artifact, Element project) throws Exception {
        List<Element> chain = new ArrayList<>();
        chain.add(project);
        Element parent = child(project, "parent");
        while (parent != null) {
            String a = text(parent, "artifactId");
            Optional<Path> pom = latest(a, ".pom");
            if (!GROUP.equals(text(parent, "groupId")) || pom.isEmpty()) {
                problems.add(artifact + ": parent " + text(parent, "groupId") + ":" + a + " is not staged");
                break;
            }
            Element p = parse(pom.get()).getDocumentElement();
            chain.add(p);
            parent = child(p, "parent");
        }
        return chain;
    }

    Path dir(String artifact) {
        return repo.resolve(GROUP.replace('.', '/')).resolve(artifact);
    }

    /** The newest staged file of an artifact with this suffix (snapshots carry time stamps in their names). */
    Optional<Path> latest(String artifact, String suffix) throws IOException {
        Path dir = dir(artifact);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> {
                        String n = f.getFileName().toString();
                        if (!n.startsWith(artifact + "-") || !n.endsWith(suffix)) {
                            return false;
                        }
                        // "x.jar" must not match "x-sources.jar" / "x-javadoc.jar".
                        return !suffix.equals(".jar") || !(n.endsWith("-sources.jar") || n.endsWith("-javadoc.jar"));
                    })
                    .max(Comparator.comparing(f -> f.getFileName().toString()));
        }
    }

    void require(String artifact, String what, String value) {
        if (value == null || value.isBlank()) {
            problems.add(artifact + ": POM has no " + what + " (Maven Central requires it)");
        }
    }

    static String inherited(List<Element> chain, String tag) {
        for (Element pom : chain) {
            String value = text(pom, tag);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    static Element inheritedElement(List<Element> chain, String tag) {
        for (Element pom : chain) {
            Element e = child(pom, tag);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(pom)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    static Element child(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String tag) {
        Element e = child(parent, tag);
        return e == null ? null : e.getTextContent().trim();
    }

    static String attributes(Node node) {
        StringBuilder out = new StringBuilder();
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                out.append(' ').append(node.getAttributes().item(i).getNodeValue());
            }
        }
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            out.append(attributes(n));
        }
        return out.toString();
    }
}
