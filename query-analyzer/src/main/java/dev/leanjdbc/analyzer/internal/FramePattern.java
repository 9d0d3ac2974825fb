package dev.leanjdbc.analyzer.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of {@code skipFrames}, matched against a frame's class name:
 *
 * <ul>
 *   <li>{@code com.shop.db.} (ends with a dot): the package and its sub-packages;
 *   <li>{@code com.shop.db.JdbcHelper}: that class and its nested, inner and anonymous classes ({@code
 *       JdbcHelper$Row}, {@code JdbcHelper$1}) — or, read as a package, the classes under it — but not {@code
 *       JdbcHelperTest};
 *   <li>{@code *$HibernateProxy*} (has {@code *}): a glob, {@code *} standing for any run of characters;
 *   <li>{@code !pattern}: one of the above that is <em>kept</em> even when another entry skips it.
 * </ul>
 */
final class FramePattern {

    private enum Kind {
        PACKAGE,
        CLASS,
        GLOB
    }

    final boolean keep;
    private final Kind kind;
    private final String text;
    /** Glob: the literal parts between the stars. */
    private final String[] parts;

    private final boolean anchoredStart;
    private final boolean anchoredEnd;

    private FramePattern(boolean keep, String text) {
        this.keep = keep;
        this.text = text;
        if (text.indexOf('*') >= 0) {
            kind = Kind.GLOB;
            List<String> p = new ArrayList<>();
            for (String s : text.split("\\*", -1)) {
                if (!s.isEmpty()) {
                    p.add(s);
                }
            }
            parts = p.toArray(new String[0]);
            anchoredStart = !text.startsWith("*");
            anchoredEnd = !text.endsWith("*");
        } else {
            kind = text.endsWith(".") ? Kind.PACKAGE : Kind.CLASS;
            parts = null;
            anchoredStart = true;
            anchoredEnd = true;
        }
    }

    /** Parses one entry; rejects blank ones with a message naming the value. */
    static FramePattern parse(String entry) {
        if (entry == null || entry.isBlank() || entry.trim().equals("!")) {
            throw new IllegalArgumentException("skipFrames pattern must not be blank, was '" + entry
                    + "'; give a package (com.shop.db.), a class (com.shop.db.JdbcHelper), a glob"
                    + " (*$HibernateProxy*) or !pattern to keep frames another pattern skips");
        }
        String t = entry.trim();
        boolean keep = t.startsWith("!");
        return new FramePattern(keep, keep ? t.substring(1).trim() : t);
    }

    boolean matches(String className) {
        switch (kind) {
            case PACKAGE:
                return className.startsWith(text);
            case CLASS:
                if (!className.startsWith(text)) {
                    return false;
                }
                if (className.length() == text.length()) {
                    return true;
                }
                char next = className.charAt(text.length());
                return next == '$' || next == '.';
            default:
                return globMatches(className);
        }
    }

    private boolean globMatches(String s) {
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == 0 && anchoredStart) {
                if (!s.startsWith(part)) {
                    return false;
                }
                at = part.length();
                continue;
            }
            if (i == parts.length - 1 && anchoredEnd) {
                return s.length() - part.length() >= at && s.endsWith(part);
            }
            int found = s.indexOf(part, at);
            if (found < 0) {
                return false;
            }
            at = found + part.length();
        }
        return !anchoredEnd || at == s.length() || parts.length == 0;
    }

    @Override
    public String toString() {
        return (keep ? "!" : "") + text;
    }
}
