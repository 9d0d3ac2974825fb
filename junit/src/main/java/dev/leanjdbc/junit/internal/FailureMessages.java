package dev.leanjdbc.junit.internal;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The texts of failed expectations, written so that the failure alone tells what to fix: what was
 * expected, what ran, and per statement shape its count, total time, call sites and N+1 parent.
 *
 * <pre>
 * Expected 1 SELECT but 11 were executed:
 *   10 x select o.id, o.status from orders o where o.customer_id = ?
 *        2.1 ms total, at OrderService.list(OrderService.java:42)
 *        N+1: ...
 *    1 x select c.id, c.name from customer c
 *        0.4 ms total, at OrderService.list(OrderService.java:40)
 * </pre>
 */
public final class FailureMessages {

    /** Statement shapes listed in one message; the rest are summed up in one line. */
    static final int MAX_SHAPES = 20;

    /** Shapes longer than this are cut (the JSON report keeps them whole). */
    static final int MAX_SQL_CHARS = 400;

    private FailureMessages() {}

    /**
     * {@code Expected 1 SELECT but 11 were executed:} followed by the shapes of that kind ({@code kind}
     * null: all statements).
     */
    public static String countMismatch(Report report, StatementKind kind, long expected, long actual, boolean atMost) {
        StringBuilder sb = new StringBuilder("Expected ");
        if (atMost) {
            sb.append("at most ");
        }
        sb.append(expected).append(' ').append(noun(kind, expected));
        sb.append(" but ").append(actual).append(actual == 1 ? " was" : " were").append(" executed");
        List<FingerprintStats> shapes = shapes(report, kind);
        if (shapes.isEmpty()) {
            sb.append('.');
            if (report.statementCount() == 0) {
                sb.append("\n  No statement at all was recorded: does the code use a DataSource wrapped by this")
                        .append(" analyzer (a RecordedDataSource parameter, LeanJdbcExtension.wrap(dataSource))?");
            }
            return sb.toString();
        }
        sb.append(":\n");
        appendShapes(sb, report, shapes);
        return sb.toString();
    }

    /** {@code SELECT} for one, {@code SELECTs} for several; {@code statement(s)} without a kind. */
    static String noun(StatementKind kind, long n) {
        String word = kind == null ? "statement" : kind.name();
        return n == 1 ? word : word + "s";
    }

    /** The shapes of {@code kind} (all when null), most executions first, then most time. */
    static List<FingerprintStats> shapes(Report report, StatementKind kind) {
        List<FingerprintStats> out = new ArrayList<>();
        for (FingerprintStats f : report.fingerprints()) {
            if (kind == null || f.kind() == kind) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparingLong(FingerprintStats::count)
                .reversed()
                .thenComparing(
                        Comparator.comparingLong(FingerprintStats::totalNanos).reversed()));
        return out;
    }

    /** One block per shape: count and SQL, then time and call sites, then what the findings say of it. */
    static void appendShapes(StringBuilder sb, Report report, List<FingerprintStats> shapes) {
        int width = 1;
        for (FingerprintStats f : shapes) {
            width = Math.max(width, Long.toString(f.count()).length());
        }
        String indent = " ".repeat(width + 5);
        int shown = Math.min(shapes.size(), MAX_SHAPES);
        for (int i = 0; i < shown; i++) {
            FingerprintStats f = shapes.get(i);
            sb.append("  ")
                    .append(String.format(Locale.ROOT, "%" + width + "d", f.count()))
                    .append(" x ")
                    .append(abbreviate(f.fingerprint()))
                    .append('\n');
            sb.append(indent).append(millis(f.totalNanos())).append(" total");
            List<CallSite> sites = f.callSites();
            if (sites.isEmpty()) {
                sb.append(", call site not captured");
            } else {
                sb.append(", at ");
                for (int s = 0; s < sites.size(); s++) {
                    sb.append(s == 0 ? "" : ", ").append(sites.get(s));
                }
            }
            sb.append('\n');
            for (String note : FindingNotes.notesFor(report, f)) {
                sb.append(indent).append(note).append('\n');
            }
        }
        if (shapes.size() > shown) {
            long more = 0;
            for (int i = shown; i < shapes.size(); i++) {
                more += shapes.get(i).count();
            }
            sb.append("  ... and ")
                    .append(shapes.size() - shown)
                    .append(" more shapes (")
                    .append(more)
                    .append(" executions)\n");
        }
        if (report.droppedFingerprintExecutions() > 0) {
            sb.append("  ... and ")
                    .append(report.droppedFingerprintExecutions())
                    .append(" executions of shapes beyond the analyzer's fingerprint cap\n");
        }
        if (sb.charAt(sb.length() - 1) == '\n') {
            sb.setLength(sb.length() - 1);
        }
    }

    /**
     * {@code header} (e.g. {@code Expected no N+1 queries but found 1:}) and per finding: its headline, the
     * N+1 parent, what it costs and the fix.
     */
    public static String findings(String header, List<Finding> findings) {
        StringBuilder sb = new StringBuilder(header);
        if (findings.isEmpty()) {
            return sb.toString();
        }
        sb.append('\n');
        int shown = Math.min(findings.size(), MAX_SHAPES);
        for (int i = 0; i < shown; i++) {
            Finding f = findings.get(i);
            sb.append("  ").append(f.type()).append(' ').append(f.severity()).append(": ");
            sb.append(f.executions()).append(f.executions() == 1 ? " execution of " : " executions of ");
            sb.append(abbreviate(f.fingerprint())).append('\n');
            sb.append("      ").append(millis(f.totalNanos())).append(" total, ");
            sb.append(!f.callSite().isCaptured() ? "call site not captured" : "at " + f.callSite())
                    .append('\n');
            if (f.parent() != null) {
                Finding.Parent p = f.parent();
                sb.append("      driven by the values of ")
                        .append(p.column())
                        .append(" read from statement #")
                        .append(p.statement())
                        .append(": ")
                        .append(abbreviate(p.fingerprint()))
                        .append('\n');
            }
            indent(sb, f.explanation());
            indent(sb, "Fix: " + f.suggestedFix());
        }
        if (findings.size() > shown) {
            sb.append("  ... and ").append(findings.size() - shown).append(" more findings\n");
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static void indent(StringBuilder sb, String text) {
        for (String line : text.split("\n")) {
            sb.append("      ").append(line).append('\n');
        }
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1_000_000.0);
    }

    static String abbreviate(String sql) {
        return sql.length() <= MAX_SQL_CHARS ? sql : sql.substring(0, MAX_SQL_CHARS) + " ...";
    }
}
