package dev.leanjdbc.examples.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of a Markdown page, each with the HTML comment on the line right before it that says
 * where its text comes from:
 *
 * <ul>
 *   <li>{@code <!-- snippet: path/from/the/repository/root#tag -->}: the block is the tagged region of that
 *       file ({@link Regions});
 *   <li>{@code <!-- walk: file -->}: the block is a file (or, for {@code install}, the command) of the
 *       getting-started walk, built by {@code GettingStartedWalkTest};
 *   <li>{@code <!-- checked: path/of/a/Test.java -->}: another test checks the block and names the page;
 *   <li>{@code <!-- not-compiled: reason -->}: pseudo-code or output, with the reason it is not compiled.
 * </ul>
 *
 * <p>Blocks may be indented (inside a list item); the marker then has the fence's indentation too.
 */
final class DocBlocks {

    enum Kind {
        SNIPPET,
        WALK,
        CHECKED,
        NOT_COMPILED,
        NONE
    }

    /**
     * One fenced block. {@code fence} is the 0-based line of the opening fence, {@code end} that of the closing
     * one; {@code text} the lines between, without the fence's indentation, each ending in a newline.
     */
    record Block(String page, int fence, int end, String indent, String lang, Kind kind, String target, String text) {

        /** 1-based line of the opening fence, for messages. */
        int line() {
            return fence + 1;
        }

        /** The snippet marker's file; only for {@link Kind#SNIPPET}. */
        String file() {
            int hash = target.lastIndexOf('#');
            return hash < 0 ? target : target.substring(0, hash);
        }

        /** The snippet marker's tag; {@code null} when the marker names none. */
        String tag() {
            int hash = target.lastIndexOf('#');
            return hash < 0 ? null : target.substring(hash + 1);
        }

        String where() {
            return page + ":" + line() + " (```" + lang + ")";
        }
    }

    private static final Pattern OPEN = Pattern.compile("^([ \\t]*)```([\\w.+-]*)[ \\t]*$");
    private static final Pattern MARKER =
            Pattern.compile("^[ \\t]*<!--[ \\t]*(snippet|walk|checked|not-compiled):[ \\t]*(.*?)[ \\t]*-->[ \\t]*$");

    private DocBlocks() {}

    static List<Block> of(String page, String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = OPEN.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String indent = open.group(1);
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).equals(indent + "```")) {
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalArgumentException(page + ":" + (i + 1) + ": a ``` fence that is never closed");
            }
            StringBuilder text = new StringBuilder();
            for (int k = i + 1; k < end; k++) {
                String line = lines.get(k);
                text.append(line.startsWith(indent) ? line.substring(indent.length()) : line.stripLeading())
                        .append('\n');
            }
            Kind kind = Kind.NONE;
            String target = "";
            Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1)) : null;
            if (marker != null && marker.matches()) {
                kind = Kind.valueOf(
                        marker.group(1).toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
                target = marker.group(2);
            }
            blocks.add(new Block(page, i, end, indent, open.group(2), kind, target, text.toString()));
            i = end;
        }
        return blocks;
    }

    /** {@code markdown} with the text of each given block replaced (same fences, same indentation). */
    static String replace(String markdown, List<Block> blocks, List<String> texts) {
        List<String> lines = new ArrayList<>(markdown.lines().toList());
        for (int b = blocks.size() - 1; b >= 0; b--) {
            Block block = blocks.get(b);
            List<String> replacement = new ArrayList<>();
            for (String line : texts.get(b).lines().toList()) {
                replacement.add(line.isEmpty() ? "" : block.indent() + line);
            }
            List<String> range = lines.subList(block.fence() + 1, block.end());
            range.clear();
            range.addAll(replacement);
        }
        return String.join("\n", lines) + (markdown.endsWith("\n") ? "\n" : "");
    }
}
