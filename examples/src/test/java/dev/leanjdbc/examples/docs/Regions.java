package dev.leanjdbc.examples.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tagged regions of a source file, as Asciidoctor's include directive reads them: a line containing
 * {@code tag::name[]} opens the region {@code name}, one containing {@code end::name[]} closes it, in whatever
 * comment syntax the file has ({@code //}, {@code #}, {@code <!-- -->}). A name may be opened again further down:
 * its parts are joined, which leaves out lines the page should not show (a {@code static} that only nesting the
 * class in a test requires, the test's own database wiring). Lines holding a tag marker are never part of a
 * region, so regions may nest. Each region is dedented by the smallest indentation of its lines.
 */
final class Regions {

    private static final Pattern MARKER = Pattern.compile("(tag|end)::([\\w-]+)\\[]");

    private Regions() {}

    /** Region name to text (each line ending in a newline), in order of first appearance. */
    static Map<String, String> of(String source) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        List<String> open = new ArrayList<>();
        int number = 0;
        for (String line : source.lines().toList()) {
            number++;
            Matcher m = MARKER.matcher(line);
            if (m.find()) {
                String name = m.group(2);
                if (m.group(1).equals("tag")) {
                    if (open.contains(name)) {
                        throw new IllegalArgumentException("line " + number + ": tag::" + name + "[] is already open");
                    }
                    open.add(name);
                    lines.computeIfAbsent(name, n -> new ArrayList<>());
                } else if (!open.remove(name)) {
                    throw new IllegalArgumentException(
                            "line " + number + ": end::" + name + "[] without a tag::" + name + "[] before it");
                }
                continue;
            }
            for (String name : open) {
                lines.get(name).add(line);
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("regions never closed (end::name[] missing): " + open);
        }
        Map<String, String> regions = new LinkedHashMap<>();
        lines.forEach((name, text) -> regions.put(name, dedent(text)));
        return regions;
    }

    static String dedent(List<String> lines) {
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line.isBlank() ? "" : line.substring(indent).stripTrailing())
                    .append('\n');
        }
        return text.toString();
    }
}
