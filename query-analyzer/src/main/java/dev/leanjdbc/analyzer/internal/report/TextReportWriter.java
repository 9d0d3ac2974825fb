package dev.leanjdbc.analyzer.internal.report;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.NumberText;
import java.util.List;
import java.util.Locale;

/** The text forms of a report: one summary line, and a listing grouped by fingerprint. */
public final class TextReportWriter {

    /** Fingerprints longer than this are cut in text output (JSON keeps them whole). */
    private static final int MAX_FINGERPRINT_CHARS = 300;

    private TextReportWriter() {}

    /** {@code GET /orders: 12 statements (11 SELECT, 1 UPDATE), 340 rows, 18.2 ms}; the time is statement time. */
    public static String summaryLine(Report r) {
        StringBuilder sb = new StringBuilder();
        long n = r.statementCount();
        sb.append(r.name()).append(": ").append(n).append(n == 1 ? " statement" : " statements");
        if (n > 0) {
            sb.append(" (");
            boolean first = true;
            for (StatementKind k : StatementKind.values()) {
                long c = r.count(k);
                if (c > 0) {
                    sb.append(first ? "" : ", ").append(c).append(' ').append(k.name());
                    first = false;
                }
            }
            sb.append(')');
        }
        sb.append(", ").append(r.rowsRead()).append(r.rowsRead() == 1 ? " row, " : " rows, ");
        sb.append(millis(r.totalNanos()));
        if (r.failedCount() > 0) {
            sb.append(", ").append(r.failedCount()).append(" failed");
        }
        return sb.toString();
    }

    /** The summary line, then one block per fingerprint (most time first), then what was dropped. */
    public static String text(Report r, int maxFingerprints) {
        StringBuilder sb = new StringBuilder(summaryLine(r)).append('\n');
        List<FingerprintStats> fps = r.fingerprints();
        int shown = Math.min(Math.max(0, maxFingerprints), fps.size());
        for (int i = 0; i < shown; i++) {
            FingerprintStats f = fps.get(i);
            sb.append(String.format(
                    Locale.ROOT,
                    "  %5d x %-6s %10s %8d rows  %s%n",
                    f.count(),
                    f.kind(),
                    millis(f.totalNanos()),
                    f.rowsRead(),
                    abbreviate(f.fingerprint())));
            for (CallSite site : f.callSites()) {
                sb.append("                at ").append(site).append('\n');
            }
        }
        if (fps.size() > shown) {
            sb.append("  ... ").append(fps.size() - shown).append(" more fingerprints\n");
        }
        if (r.droppedEvents() > 0 || r.droppedFingerprintExecutions() > 0) {
            sb.append("  (not kept: ")
                    .append(r.droppedEvents())
                    .append(" events beyond the cap, ")
                    .append(r.droppedFingerprintExecutions())
                    .append(" executions of fingerprints beyond the cap; all are in the totals)\n");
        }
        findings(sb, r.allFindings());
        return sb.toString();
    }

    /** The findings grouped by type (in the order of {@link FindingType}), each with call site, why and fix. */
    static void findings(StringBuilder sb, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        long suppressed = findings.stream().filter(Finding::suppressed).count();
        sb.append("findings: ").append(findings.size());
        if (suppressed > 0) {
            sb.append(" (").append(suppressed).append(" suppressed)");
        }
        sb.append('\n');
        for (FindingType type : FindingType.values()) {
            boolean header = false;
            for (Finding f : findings) {
                if (f.type() != type) {
                    continue;
                }
                if (!header) {
                    sb.append("  ")
                            .append(type)
                            .append(" (")
                            .append(type.label())
                            .append(")\n");
                    header = true;
                }
                sb.append("    [")
                        .append(f.severity())
                        .append(f.suppressed() ? ", suppressed" : "")
                        .append("] ");
                sb.append(f.executions()).append(f.executions() == 1 ? " execution, " : " executions, ");
                sb.append(millis(f.totalNanos()));
                if (f.callSite().isCaptured()) {
                    sb.append(" at ").append(f.callSite());
                }
                sb.append('\n');
                if (f.callSites().size() > 1) {
                    sb.append("      call sites:");
                    for (Finding.CallSiteCount c : f.callSites()) {
                        sb.append(' ')
                                .append(c.callSite())
                                .append(" x")
                                .append(c.executions())
                                .append(',');
                    }
                    sb.setLength(sb.length() - 1);
                    sb.append('\n');
                }
                sb.append("      statement: ")
                        .append(abbreviate(f.fingerprint()))
                        .append('\n');
                if (f.parent() != null) {
                    sb.append("      parent:    ")
                            .append(f.parent().column())
                            .append(" of statement #")
                            .append(f.parent().statement())
                            .append(": ")
                            .append(abbreviate(f.parent().fingerprint()))
                            .append('\n');
                }
                if (!f.columnsRead().isEmpty()) {
                    sb.append("      read:      ")
                            .append(String.join(", ", f.columnsRead()))
                            .append('\n');
                }
                if (f.suppressed()) {
                    sb.append("      suppressed: ")
                            .append(f.suppressionReason())
                            .append('\n');
                }
                sb.append("      why: ").append(f.explanation()).append('\n');
                sb.append("      fix: ").append(f.suggestedFix()).append('\n');
            }
        }
    }

    static String millis(long nanos) {
        return NumberText.millis(nanos);
    }

    private static String abbreviate(String s) {
        return s.length() <= MAX_FINGERPRINT_CHARS ? s : s.substring(0, MAX_FINGERPRINT_CHARS) + " ...";
    }
}
