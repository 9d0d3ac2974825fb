package dev.leanjdbc.junit.internal.contract;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The recorded statement counts of one test or named block: per kind, and per statement shape (its
 * fingerprint: the SQL without bind values). The call sites are kept for people reading a diff, not matched,
 * so unrelated edits that move a line do not break a contract.
 *
 * @param name the stable key: {@code com.shop.OrderServiceTest#listsOrders} for a test, the block's name
 * @param counts executions per kind; kinds that did not run are absent
 * @param statements per fingerprint, sorted by fingerprint
 */
public record Contract(String name, Map<StatementKind, Long> counts, Map<String, Statement> statements) {

    /** Shapes shown in one failure; the rest are summed up. */
    static final int MAX_SHOWN = 20;

    /**
     * @param at the call sites, {@code OrderQueries.ordersOf(OrderQueries.java:43)}, sorted and joined
     */
    public record Statement(String fingerprint, StatementKind kind, long count, String at) {}

    /** What the report recorded. */
    static Contract of(String name, Report report) {
        Map<StatementKind, Long> counts = new EnumMap<>(StatementKind.class);
        report.countsByKind().forEach((k, v) -> {
            if (v > 0) {
                counts.put(k, v);
            }
        });
        Map<String, Statement> statements = new TreeMap<>();
        for (FingerprintStats f : report.fingerprints()) {
            List<String> sites = new ArrayList<>();
            for (CallSite s : f.callSites()) {
                sites.add(s.toString());
            }
            sites.sort(null);
            Statement s = new Statement(f.fingerprint(), f.kind(), f.count(), String.join(", ", sites));
            statements.merge(
                    f.fingerprint(), s, (a, b) -> new Statement(a.fingerprint, a.kind, a.count + b.count, a.at));
        }
        return new Contract(name, counts, statements);
    }

    long total() {
        long n = 0;
        for (long c : counts.values()) {
            n += c;
        }
        return n;
    }

    long count(StatementKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    /**
     * The larger of both per kind and per statement: what an update records when one run checks the same
     * contract more than once (a repeated test, a block called twice), so that each of them passes later.
     */
    Contract max(Contract other) {
        Map<StatementKind, Long> c = new EnumMap<>(StatementKind.class);
        c.putAll(counts);
        other.counts.forEach((k, v) -> c.merge(k, v, Math::max));
        Map<String, Statement> s = new TreeMap<>(statements);
        other.statements.forEach((k, v) -> s.merge(k, v, (a, b) -> a.count >= b.count ? a : b));
        return new Contract(name, c, s);
    }

    /** {@code OrderServiceTest.listsOrders} for a test's key, the block's name as is. */
    static String display(String name) {
        int hash = name.indexOf('#');
        if (hash < 0) {
            return name;
        }
        String className = name.substring(0, hash);
        return className.substring(className.lastIndexOf('.') + 1) + "." + name.substring(hash + 1);
    }

    /** The result of checking a run against its recorded contract: a failure, a note, or neither. */
    public record Outcome(String failure, String note) {
        public static final Outcome OK = new Outcome(null, null);
    }

    /**
     * Checks {@code actual} against this recorded contract: a kind that ran more often fails (with {@code
     * perStatement}, also a statement that ran more often); fewer statements pass with a note.
     */
    Outcome check(Contract actual, boolean perStatement, String file, String updateProperty) {
        boolean kindRose = false;
        boolean kindFell = false;
        StringBuilder kinds = new StringBuilder();
        for (StatementKind k : StatementKind.values()) {
            long before = count(k);
            long after = actual.count(k);
            if (before != after) {
                kindRose |= after > before;
                kindFell |= after < before;
                kinds.append(kinds.length() == 0 ? "" : ", ")
                        .append(k)
                        .append(' ')
                        .append(before)
                        .append(" → ");
                kinds.append(after);
            }
        }
        List<Statement[]> changed = changedStatements(actual);
        boolean statementRose = changed.stream().anyMatch(p -> count(p[1]) > count(p[0]));
        String head = "The query contract of " + display(name) + " in " + file + " allows " + total()
                + (total() == 1 ? " statement" : " statements");
        if (kindRose || (perStatement && statementRose)) {
            StringBuilder sb = new StringBuilder(head);
            if (kindRose) {
                sb.append(", but ")
                        .append(actual.total())
                        .append(" ran: ")
                        .append(kinds)
                        .append('.');
            } else {
                sb.append(", and ").append(actual.total()).append(" ran, but a statement ran more often than recorded");
                sb.append(" (perStatement = true).");
            }
            sb.append('\n');
            int shown = Math.min(changed.size(), MAX_SHOWN);
            for (int i = 0; i < shown; i++) {
                Statement before = changed.get(i)[0];
                Statement after = changed.get(i)[1];
                Statement any = after != null ? after : before;
                long b = count(before);
                long a = count(after);
                sb.append("  ").append(abbreviate(any.fingerprint)).append('\n');
                sb.append("      ").append(b).append(" → ").append(a).append(" times (");
                sb.append(b == 0 ? "new" : a == 0 ? "gone" : (a > b ? "+" : "") + (a - b))
                        .append("), ");
                sb.append(any.at.isEmpty() ? "call site not captured" : "at " + any.at)
                        .append('\n');
            }
            if (changed.size() > shown) {
                sb.append("  ... and ").append(changed.size() - shown).append(" more statements that changed\n");
            }
            sb.append("  Fix the code, or accept the new counts with -D").append(updateProperty);
            sb.append("=update (it rewrites the contracts this run checks) and commit the file.");
            return new Outcome(sb.toString(), null);
        }
        if (kindFell) {
            return new Outcome(
                    null,
                    head + ", and " + actual.total() + " ran: " + kinds + ". Lower it with -D" + updateProperty
                            + "=update and commit the file.");
        }
        return Outcome.OK;
    }

    private static long count(Statement s) {
        return s == null ? 0 : s.count;
    }

    /** Pairs (recorded, actual) of the statements whose count differs: rises first, the largest first. */
    private List<Statement[]> changedStatements(Contract actual) {
        Map<String, Statement[]> pairs = new TreeMap<>();
        statements.forEach((k, v) -> pairs.computeIfAbsent(k, x -> new Statement[2])[0] = v);
        actual.statements.forEach((k, v) -> pairs.computeIfAbsent(k, x -> new Statement[2])[1] = v);
        List<Statement[]> out = new ArrayList<>();
        for (Statement[] p : pairs.values()) {
            if (count(p[0]) != count(p[1])) {
                out.add(p);
            }
        }
        // stable sort over the fingerprint order of the TreeMap
        out.sort(Comparator.comparingLong((Statement[] p) -> count(p[1]) - count(p[0]))
                .reversed());
        return out;
    }

    private static String abbreviate(String sql) {
        return sql.length() <= 400 ? sql : sql.substring(0, 400) + " ...";
    }
}
