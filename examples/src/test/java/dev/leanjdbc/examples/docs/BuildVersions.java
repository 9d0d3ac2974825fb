package dev.leanjdbc.examples.docs;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What the build says about versions, read from the root {@code pom.xml} and {@code bom/pom.xml}: the project's
 * version, the version of every dependency and plugin the root manages, the published artifacts (the BOM's
 * entries and the BOM itself) and the module directory of every artifact.
 */
final class BuildVersions {

    static final String GROUP = "dev.leanjdbc";
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    final String projectVersion;
    final Map<String, String> properties;
    /** {@code groupId:artifactId} to version, for dependencies and plugins the root pom manages. */
    final Map<String, String> managed = new HashMap<>();

    final Set<String> published = new LinkedHashSet<>();
    /** artifactId to the module directory (relative to the root), for every module of the reactor. */
    final Map<String, String> modules = new LinkedHashMap<>();

    BuildVersions(Path root) throws IOException {
        Element pom = parse(Files.readString(root.resolve("pom.xml"))).getDocumentElement();
        projectVersion = text(pom, "version");
        properties = properties(pom);
        properties.put("project.version", projectVersion);
        for (Element d : coordinates(pom)) {
            String version = resolve(text(d, "version"), properties);
            if (version != null) {
                managed.put(groupId(d) + ":" + text(d, "artifactId"), version);
            }
        }
        Element bom = parse(Files.readString(root.resolve("bom/pom.xml"))).getDocumentElement();
        published.add(text(bom, "artifactId"));
        for (Element d : elements(bom, "dependency")) {
            published.add(text(d, "artifactId"));
        }
        modules.put(text(pom, "artifactId"), ".");
        for (Element m : elements(pom, "module")) {
            String dir = m.getTextContent().trim();
            Element module = parse(Files.readString(root.resolve(dir).resolve("pom.xml")))
                    .getDocumentElement();
            modules.put(text(module, "artifactId"), dir);
        }
    }

    /** The dependency and plugin elements of {@code root} (any depth) with their coordinates. */
    static List<Element> coordinates(Element root) {
        List<Element> out = new ArrayList<>(elements(root, "dependency"));
        out.addAll(elements(root, "plugin"));
        return out;
    }

    /** A plugin's groupId defaults to Maven's own plugins. */
    static String groupId(Element e) {
        String g = text(e, "groupId");
        return g != null ? g : e.getTagName().equals("plugin") ? "org.apache.maven.plugins" : null;
    }

    /** {@code value} with its {@code ${name}} references resolved; {@code null} when one is unknown. */
    static String resolve(String value, Map<String, String> properties) {
        if (value == null) {
            return null;
        }
        Matcher m = PROPERTY.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = properties.get(m.group(1));
            if (v == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(resolve(v, properties)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static Map<String, String> properties(Element pom) {
        Map<String, String> out = new HashMap<>();
        for (Element p : elements(pom, "properties")) {
            NodeList children = p.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element e) {
                    out.put(e.getTagName(), e.getTextContent().trim());
                }
            }
        }
        return out;
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<Element> elements(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** The trimmed text of the direct child {@code tag} of {@code e}, or {@code null}. */
    static String text(Element e, String tag) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) {
                return c.getTextContent().trim();
            }
        }
        return null;
    }
}
