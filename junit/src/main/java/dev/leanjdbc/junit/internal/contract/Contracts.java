package dev.leanjdbc.junit.internal.contract;

import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.report.JsonOut;
import dev.leanjdbc.junit.internal.baseline.JsonIn;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The recorded query contracts of a code base, from a committed file: per test ({@code @QueryContract}) or
 * named block ({@code QueryContracts.contract}), the statement counts by kind and by fingerprint. A run
 * fails a contract whose counts rose and notes one whose counts fell. With {@code leanjdbc.contracts=update}
 * it records instead and rewrites the file when the engine finishes: the contracts this run checked are
 * replaced, the others kept (so a partial run updates only its own), all sorted by name, so a diff shows
 * exactly what changed. One per Jupiter run (root store).
 */
public final class Contracts implements ExtensionContext.Store.CloseableResource {

    /** {@code update} records and writes the file; anything else (or unset) checks against it. */
    public static final String MODE = "leanjdbc.contracts";

    /** The file, relative to the working directory (the module, under Maven and Gradle). */
    public static final String FILE = "leanjdbc.contracts.file";

    public static final String DEFAULT_FILE = "src/test/resources/leanjdbc-contracts.json";

    static final String SCHEMA = "leanjdbc-contracts/1";

    /** Contracts a file may hold; a larger one is refused rather than read into memory. */
    static final int MAX_CONTRACTS = 100_000;

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Contracts.class);

    /** The test running on this thread with the extension, for named blocks, which get no context. */
    private static final ThreadLocal<ExtensionContext> CURRENT = new ThreadLocal<>();

    private final Path file;
    private final boolean update;
    private final Map<String, Contract> recorded;
    private final Map<String, Contract> updated = new TreeMap<>();
    private boolean closed;

    private Contracts(Path file, boolean update, Map<String, Contract> recorded) {
        this.file = file;
        this.update = update;
        this.recorded = recorded;
    }

    /** The contracts of this Jupiter run, read once. */
    public static Contracts of(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        return root.getStore(NS).getOrComputeIfAbsent(Contracts.class, k -> load(root), Contracts.class);
    }

    private static Contracts load(ExtensionContext root) {
        Path file = Path.of(root.getConfigurationParameter(FILE).orElse(DEFAULT_FILE));
        boolean update = root.getConfigurationParameter(MODE)
                .map(v -> v.trim().equalsIgnoreCase("update"))
                .orElse(false);
        Map<String, Contract> recorded;
        try {
            recorded = read(file);
        } catch (IllegalArgumentException e) {
            if (!update) {
                throw e;
            }
            recorded = new TreeMap<>(); // an update rewrites a broken file
        }
        return new Contracts(file, update, recorded);
    }

    /** Marks {@code context} as the test running on this thread, for named blocks; null clears it. */
    public static void enter(ExtensionContext context) {
        if (context == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(context);
        }
    }

    /** The test of the extension running on this thread, or null. */
    public static ExtensionContext current() {
        return CURRENT.get();
    }

    /**
     * Checks (or, updating, records) the contract {@code name} with what {@code report} recorded: a failure
     * message, a note for the test's report entries, or neither.
     */
    public synchronized Contract.Outcome check(String name, Report report, boolean perStatement) {
        Contract actual = Contract.of(name, report);
        if (update) {
            updated.merge(name, actual, Contract::max);
            return Contract.Outcome.OK;
        }
        Contract before = recorded.get(name);
        if (before == null) {
            return new Contract.Outcome(
                    "No query contract for " + Contract.display(name) + " in " + file + ": record it with -D" + MODE
                            + "=update and commit the file.",
                    null);
        }
        return before.check(actual, perStatement, file.toString(), MODE);
    }

    /** The end of the run: writes the file when updating and a contract was recorded. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (update && !updated.isEmpty()) {
            Map<String, Contract> all = new TreeMap<>(recorded);
            all.putAll(updated);
            write(file, all);
        }
    }

    static Map<String, Contract> read(Path file) {
        Map<String, Contract> out = new TreeMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            Object root = JsonIn.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!(root instanceof Map<?, ?> m) || !SCHEMA.equals(m.get("schema"))) {
                throw new IllegalArgumentException("not a " + SCHEMA + " file (its \"schema\" field says so)");
            }
            if (!(m.get("contracts") instanceof List<?> list)) {
                throw new IllegalArgumentException("no \"contracts\" array");
            }
            if (list.size() > MAX_CONTRACTS) {
                throw new IllegalArgumentException(list.size() + " contracts, more than " + MAX_CONTRACTS);
            }
            for (Object o : list) {
                Contract c = contract(o);
                out.put(c.name(), c);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the leanjdbc contracts " + file.toAbsolutePath(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "The leanjdbc contracts " + file.toAbsolutePath() + " cannot be read: " + e.getMessage()
                            + ". Rewrite it with -D" + MODE + "=update.",
                    e);
        }
    }

    private static Contract contract(Object o) {
        if (!(o instanceof Map<?, ?> c) || !(c.get("name") instanceof String name)) {
            throw new IllegalArgumentException("a contract without \"name\": " + o);
        }
        if (!(c.get("counts") instanceof Map<?, ?> counts)) {
            throw new IllegalArgumentException("a contract without \"counts\": " + o);
        }
        Map<StatementKind, Long> byKind = new java.util.EnumMap<>(StatementKind.class);
        counts.forEach((k, v) -> byKind.put(kind(k), number(v, o)));
        Map<String, Contract.Statement> statements = new TreeMap<>();
        if (c.get("statements") instanceof List<?> list) {
            for (Object s : list) {
                if (!(s instanceof Map<?, ?> st) || !(st.get("fingerprint") instanceof String fp)) {
                    throw new IllegalArgumentException("a statement without \"fingerprint\": " + s);
                }
                statements.put(
                        fp,
                        new Contract.Statement(
                                fp,
                                kind(st.get("kind")),
                                number(st.get("count"), s),
                                st.get("at") instanceof String at ? at : ""));
            }
        }
        return new Contract(name, byKind, statements);
    }

    private static StatementKind kind(Object k) {
        try {
            return StatementKind.valueOf(String.valueOf(k));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an unknown statement kind " + k);
        }
    }

    private static long number(Object v, Object where) {
        if (!(v instanceof Long l) || l < 0) {
            throw new IllegalArgumentException("a count that is not a whole number: " + where);
        }
        return l;
    }

    /** Sorted by name, statements by fingerprint, kinds in their fixed order; two-space indented. */
    static void write(Path file, Map<String, Contract> contracts) {
        StringWriter w = new StringWriter();
        try {
            JsonOut g = new JsonOut(w, true);
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeArrayFieldStart("contracts");
            for (Contract c : contracts.values()) {
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeObjectFieldStart("counts");
                for (StatementKind k : StatementKind.values()) {
                    if (c.count(k) > 0) {
                        g.writeNumberField(k.name(), c.count(k));
                    }
                }
                g.writeEndObject();
                g.writeArrayFieldStart("statements");
                for (Contract.Statement s : c.statements().values()) {
                    g.writeStartObject();
                    g.writeStringField("fingerprint", s.fingerprint());
                    g.writeStringField("kind", s.kind().name());
                    g.writeNumberField("count", s.count());
                    g.writeStringField("at", s.at());
                    g.writeEndObject();
                }
                g.writeEndArray();
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
            throw new UncheckedIOException("cannot write the leanjdbc contracts " + file.toAbsolutePath(), e);
        }
    }
}
