package dev.leanjdbc.junit.internal;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check of a scale assertion: the reports of one body run at increasing sizes, compared with the
 * smallest. The failure says per statement shape how often it ran at each size and whether it grows in
 * proportion to n (the signature of a statement per row), at which call site, and what the analyzer's
 * findings say of it.
 */
public final class ScaleCheck {

    private static final String ANALYZER = "the analyzer of the scale assertion";

    private ScaleCheck() {}

    /** A shape's executions at each size, and its statistics from the largest size that ran it. */
    private static final class Shape {
        final long[] counts;
        FingerprintStats stats;
        Report report;

        Shape(int sizes) {
            counts = new long[sizes];
        }

        long growth() {
            long max = 0;
            for (long c : counts) {
                max = Math.max(max, c - counts[0]);
            }
            return max;
        }
    }

    /**
     * {@code null} when no larger size ran more than {@code allowed} statements more than the smallest; else
     * the failure message. {@code sizes} ascending, one report per size.
     */
    public static String constant(int[] sizes, List<Report> reports, int allowed) {
        return constant(sizes, reports, allowed, "block", "constantFor");
    }

    /**
     * {@link #constant(int[], List, int)} for a {@code subject} ("block", "test") whose {@code assertion} is
     * named by the canary.
     */
    public static String constant(int[] sizes, List<Report> reports, int allowed, String subject, String assertion) {
        String analyzer = subject.equals("test") ? "LeanJdbcExtension.analyzer()" : ANALYZER;
        for (Report r : reports) {
            String twice = Canary.recordedTwice(r, subject, analyzer);
            if (twice != null) {
                return twice;
            }
        }
        if (reports.stream().allMatch(r -> Canary.nothingRecorded(r, subject, assertion, analyzer) != null)) {
            return Canary.nothingRecorded(reports.get(0), subject, assertion, analyzer);
        }
        long base = reports.get(0).statementCount();
        long worst = 0;
        for (Report r : reports) {
            worst = Math.max(worst, r.statementCount() - base);
        }
        if (worst <= allowed) {
            return null;
        }
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            for (FingerprintStats f : reports.get(i).fingerprints()) {
                Shape s = shapes.computeIfAbsent(f.fingerprint(), k -> new Shape(sizes.length));
                s.counts[i] += f.count();
                s.stats = f;
                s.report = reports.get(i);
            }
        }
        List<Shape> grown = new ArrayList<>();
        int same = 0;
        int fewer = 0;
        for (Shape s : shapes.values()) {
            if (s.growth() > 0) {
                grown.add(s);
            } else if (s.counts[s.counts.length - 1] < s.counts[0]) {
                fewer++;
            } else {
                same++;
            }
        }
        grown.sort(Comparator.comparingLong(Shape::growth).reversed().thenComparing(s -> s.stats.fingerprint()));

        StringBuilder sb = new StringBuilder("Expected the statements not to grow with n");
        if (allowed > 0) {
            sb.append(subject.equals("test") ? " beyond allowing = " + allowed : " beyond allowing(" + allowed + ")");
        }
        sb.append(", but ");
        for (int i = 0; i < sizes.length; i++) {
            sb.append(i == 0 ? "" : i == sizes.length - 1 ? " and " : ", ");
            sb.append(reports.get(i).statementCount())
                    .append(i == 0 ? " ran at n = " : " at n = ")
                    .append(sizes[i]);
        }
        sb.append(":\n");
        boolean anyProportional = false;
        int shown = Math.min(grown.size(), FailureMessages.MAX_SHAPES);
        for (int g = 0; g < shown; g++) {
            Shape s = grown.get(g);
            sb.append("  ")
                    .append(FailureMessages.abbreviate(s.stats.fingerprint()))
                    .append('\n');
            sb.append("      ran ");
            for (int i = 0; i < s.counts.length; i++) {
                sb.append(i == 0 ? "" : " → ").append(s.counts[i]);
            }
            long perN = perN(sizes, s.counts);
            anyProportional |= perN > 0;
            sb.append(" times (")
                    .append(
                            perN == 1
                                    ? "grows with n"
                                    : perN > 1 ? "grows with n, " + perN + " per n" : "grows, not in proportion to n")
                    .append("), ");
            List<CallSite> sites = s.stats.callSites();
            if (sites.isEmpty()) {
                sb.append("call site not captured");
            } else {
                sb.append("at ");
                for (int i = 0; i < sites.size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(sites.get(i));
                }
            }
            sb.append('\n');
            for (String note : FindingNotes.notesFor(s.report, s.stats)) {
                sb.append("      ").append(note).append('\n');
            }
        }
        if (grown.size() > shown) {
            sb.append("  ... and ").append(grown.size() - shown).append(" more shapes that grew\n");
        }
        if (same > 0) {
            sb.append("  ").append(same).append(same == 1 ? " other statement" : " other statements");
            sb.append(" ran as often at every n.\n");
        }
        if (fewer > 0) {
            sb.append("  ").append(fewer).append(fewer == 1 ? " statement ran" : " statements ran");
            sb.append(" less often at larger n.\n");
        }
        if (!anyProportional) {
            sb.append("  A constant overhead that does not grow further is allowed with ")
                    .append(subject.equals("test") ? "allowing = " + worst : "allowing(" + worst + ")")
                    .append(".\n");
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /**
     * {@code k} when the counts are {@code c0 + k * (n - n0)} at every size for a whole {@code k >= 1} —
     * a statement per row (or {@code k} per row); else 0.
     */
    static long perN(int[] sizes, long[] counts) {
        long k = -1;
        for (int i = 1; i < sizes.length; i++) {
            long dc = counts[i] - counts[0];
            long dn = (long) sizes[i] - sizes[0];
            if (dc <= 0 || dc % dn != 0) {
                return 0;
            }
            if (k >= 0 && dc / dn != k) {
                return 0;
            }
            k = dc / dn;
        }
        return Math.max(k, 0);
    }
}
