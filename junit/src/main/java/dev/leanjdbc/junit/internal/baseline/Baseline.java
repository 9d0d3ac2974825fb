package dev.leanjdbc.junit.internal.baseline;

import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.internal.report.JsonOut;
import dev.leanjdbc.junit.internal.report.SuiteCollector;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The accepted findings of a code base, from a committed file: a finding whose identity — type, statement
 * fingerprint, and the class and method of its call site (not the line, which moves with unrelated edits;
 * never bind values) — is listed does not fail a test. With {@code leanjdbc.baseline=update} the run
 * accepts every finding it would fail on and rewrites the file when the engine finishes, sorted, one entry
 * per identity, so a diff shows exactly what was accepted or fixed. One per Jupiter run (root store).
 */
public final class Baseline implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    /** {@code update} writes the file; anything else (or unset) reads it. */
    public static final String MODE = "leanjdbc.baseline";

    /** The file, relative to the working directory (the module, under Maven and Gradle). */
    public static final String FILE = "leanjdbc.baseline.file";

    public static final String DEFAULT_FILE = "src/test/resources/leanjdbc-baseline.json";

    static final String SCHEMA = "leanjdbc-baseline/1";

    /** Entries a file may hold; a larger one is refused rather than read into memory. */
    static final int MAX_ENTRIES = 100_000;

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Baseline.class);

    private final Path file;
    private final boolean update;
    private final Map<String, Entry> accepted;
    private final Map<String, Entry> seen = new TreeMap<>();
    private final Map<String, Entry> added = new TreeMap<>();
    private boolean closed;

    /**
     * One accepted finding.
     *
     * @param line the call site's line when it was accepted, for people; not part of the identity
     */
    public record Entry(String type, String fingerprint, String className, String methodName, int line, String test) {
        String key() {
            return type + '\u0000' + className + '\u0000' + methodName + '\u0000' + fingerprint;
        }

        /** {@code N_PLUS_ONE at OrderQueries.ordersOf (line 43): select ...}. */
        @Override
        public String toString() {
            String simple = className.substring(className.lastIndexOf('.') + 1);
            return type + " at " + simple + "." + methodName + (line > 0 ? " (line " + line + ")" : "") + ": "
                    + fingerprint;
        }
    }

    private Baseline(Path file, boolean update, Map<String, Entry> accepted) {
        this.file = file;
        this.update = update;
        this.accepted = accepted;
    }

    /** The baseline of this Jupiter run, read once. */
    public static Baseline of(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        return root.getStore(NS).getOrComputeIfAbsent(Baseline.class, k -> load(root), Baseline.class);
    }

    private static Baseline load(ExtensionContext root) {
        Path file = Path.of(root.getConfigurationParameter(FILE).orElse(DEFAULT_FILE));
        boolean update = root.getConfigurationParameter(MODE)
                .map(v -> v.trim().equalsIgnoreCase("update"))
                .orElse(false);
        return new Baseline(file, update, update ? new TreeMap<>() : read(file));
    }

    public Path file() {
        return file;
    }

    public boolean updating() {
        return update;
    }

    /** The identity of {@code f}, or null when it cannot have one (no call site captured). */
    static Entry entryOf(Finding f, String test) {
        if (!f.callSite().isCaptured()) {
            return null;
        }
        return new Entry(
                f.type().name(),
                f.fingerprint(),
                f.callSite().className(),
                f.callSite().methodName(),
                f.callSite().lineNumber(),
                test);
    }

    /** Notes a finding the run produced, for the stale list; whether any assertion would fail on it is not asked. */
    public synchronized void saw(Finding f) {
        Entry e = entryOf(f, null);
        if (e != null) {
            seen.putIfAbsent(e.key(), e);
        }
    }

    /**
     * Whether {@code f} is accepted: listed in the file, or — when updating — accepted now (and written at the
     * end of the run).
     */
    public synchronized boolean accepts(Finding f, String test) {
        Entry e = entryOf(f, test);
        if (e == null) {
            return false;
        }
        if (update) {
            // the smallest test name and line, so that a parallel run writes the same file as a serial one
            added.merge(e.key(), e, (a, b) -> compare(a, b) <= 0 ? a : b);
            return true;
        }
        return accepted.containsKey(e.key());
    }

    private static int compare(Entry a, Entry b) {
        int c = Objects.requireNonNullElse(a.test(), "").compareTo(Objects.requireNonNullElse(b.test(), ""));
        return c != 0 ? c : Integer.compare(a.line(), b.line());
    }

    /** Entries of the file no finding of this run matched. */
    public synchronized List<Entry> stale() {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, Entry> e : accepted.entrySet()) {
            if (!seen.containsKey(e.getKey())) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    /** The end of the run: writes the file when updating, hands the stale entries to the suite report. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (update) {
            write(file, new ArrayList<>(added.values()));
        } else {
            List<String> stale = new ArrayList<>();
            for (Entry e : stale()) {
                stale.add(e.toString());
            }
            SuiteCollector.baselineStale(file.toString(), stale);
        }
    }

    static Map<String, Entry> read(Path file) {
        Map<String, Entry> out = new TreeMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            Object root = JsonIn.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!(root instanceof Map<?, ?> m) || !SCHEMA.equals(m.get("schema"))) {
                throw new IllegalArgumentException("not a " + SCHEMA + " file (its \"schema\" field says so)");
            }
            if (!(m.get("findings") instanceof List<?> list)) {
                throw new IllegalArgumentException("no \"findings\" array");
            }
            if (list.size() > MAX_ENTRIES) {
                throw new IllegalArgumentException(list.size() + " entries, more than " + MAX_ENTRIES);
            }
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> f)) {
                    throw new IllegalArgumentException("an entry that is not an object: " + o);
                }
                Object line = f.get("line");
                Entry e = new Entry(
                        text(f, "type"),
                        text(f, "fingerprint"),
                        text(f, "class"),
                        text(f, "method"),
                        line instanceof Long l ? l.intValue() : -1,
                        f.get("test") instanceof String t ? t : null);
                out.put(e.key(), e);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the leanjdbc baseline " + file.toAbsolutePath(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "The leanjdbc baseline " + file.toAbsolutePath() + " cannot be read: " + e.getMessage()
                            + ". Rewrite it with -D" + MODE + "=update.",
                    e);
        }
    }

    private static String text(Map<?, ?> f, String field) {
        if (!(f.get(field) instanceof String s)) {
            throw new IllegalArgumentException("an entry without \"" + field + "\": " + f);
        }
        return s;
    }

    /** Sorted by type, class, method, fingerprint; two-space indented; a trailing newline. */
    static void write(Path file, List<Entry> entries) {
        entries.sort(Comparator.comparing(Entry::type)
                .thenComparing(Entry::className)
                .thenComparing(Entry::methodName)
                .thenComparing(Entry::fingerprint));
        StringWriter w = new StringWriter();
        try {
            JsonOut g = new JsonOut(w, true);
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeArrayFieldStart("findings");
            for (Entry e : entries) {
                g.writeStartObject();
                g.writeStringField("type", e.type());
                g.writeStringField("class", e.className());
                g.writeStringField("method", e.methodName());
                g.writeNumberField("line", e.line());
                g.writeStringField("fingerprint", e.fingerprint());
                g.writeStringField("test", Objects.requireNonNullElse(e.test(), ""));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, w.toString() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the leanjdbc baseline " + file.toAbsolutePath(), e);
        }
    }
}
