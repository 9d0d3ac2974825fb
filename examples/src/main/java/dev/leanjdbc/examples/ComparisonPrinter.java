package dev.leanjdbc.examples;

import dev.leanjdbc.analyzer.Finding;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/** Prints the naive run's findings and the before/after table, at most 100 columns wide. */
final class ComparisonPrinter {

    static final int WIDTH = 100;

    private ComparisonPrinter() {}

    static void print(ShopComparison.Outcome outcome, PrintStream out) {
        List<Finding> findings = outcome.naive().report().findings();
        out.printf(Locale.ROOT, "%nWhat the analyzer found in the naive run (%d findings):%n", findings.size());
        int n = 0;
        for (Finding f : findings) {
            n++;
            String where = f.callSite().isCaptured() ? f.callSite().toString() : "unknown call site";
            out.println(fit(String.format(
                    Locale.ROOT,
                    "%2d. %s (%s), %,d execution%s at %s",
                    n,
                    f.type().label(),
                    f.severity(),
                    f.executions(),
                    f.executions() == 1 ? "" : "s",
                    where)));
            out.println(fit("      " + f.fingerprint()));
            if (f.parent() != null) {
                // The N+1's driver: the earlier query whose column values became this statement's binds.
                out.println(fit("      driven by values of " + f.parent().column() + " read from: "
                        + f.parent().fingerprint()));
            }
            for (String line : wrap("fix: " + shortFix(f.suggestedFix()), WIDTH - 6)) {
                out.println("      " + line);
            }
        }
        out.printf(
                Locale.ROOT,
                "The lean run: %d findings.%n%n",
                outcome.lean().report().findings().size());
        for (String line : table(outcome)) {
            out.println(line);
        }
        boolean same = outcome.naive().results().equals(outcome.lean().results());
        out.println(
                same
                        ? "Both runs produced the same results (checksums equal)."
                        : "RESULTS DIFFER: " + outcome.naive().results() + " vs "
                                + outcome.lean().results());
        out.println("Heap figures are above the heap in use at the start of each run. Peak heap is");
        out.println("approximate: the heap pools' peak, garbage included. Heap held after GC: the most heap");
        out.println("in use after a collection during the run.");
        if (outcome.naive().metrics().liveHeapBytes() < 0
                || outcome.lean().metrics().liveHeapBytes() < 0) {
            // Only when a figure above is n/a: saying it beside measured figures misleads.
            out.println("n/a: no GC ran during that run (./demo sets -Xmn32m so that collections are frequent).");
        }
        for (String line : wrap(ShopComparison.METHOD, WIDTH)) {
            out.println(line);
        }
    }

    /** The before/after table as lines; also used by the HTML report. */
    static List<String> table(ShopComparison.Outcome o) {
        RunMetrics a = o.naive().metrics();
        RunMetrics b = o.lean().metrics();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-20s %14s %14s %12s", "", "naive", "lean", "naive/lean"));
        lines.add(row("statements", a, b, RunMetrics::statements, ComparisonPrinter::count));
        lines.add(row("rows read", a, b, RunMetrics::rowsRead, ComparisonPrinter::count));
        lines.add(row("wall time", a, b, RunMetrics::wallNanos, ComparisonPrinter::seconds));
        lines.add(row("bytes allocated", a, b, RunMetrics::allocatedBytes, ComparisonPrinter::bytes));
        lines.add(row("peak heap (approx.)", a, b, RunMetrics::peakHeapBytes, ComparisonPrinter::bytes));
        lines.add(row("heap held after GC", a, b, RunMetrics::liveHeapBytes, ComparisonPrinter::bytes));
        return lines;
    }

    private interface Format {
        String apply(long value);
    }

    private static String row(String name, RunMetrics a, RunMetrics b, ToLongFunction<RunMetrics> f, Format fmt) {
        long x = f.applyAsLong(a);
        long y = f.applyAsLong(b);
        String ratio = x < 0 || y <= 0 ? "-" : String.format(Locale.ROOT, "%.1fx", (double) x / y);
        return String.format(Locale.ROOT, "%-20s %14s %14s %12s", name, fmt.apply(x), fmt.apply(y), ratio);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    static String bytes(long b) {
        if (b < 0) {
            return "n/a";
        }
        return b >= 1L << 30
                ? String.format(Locale.ROOT, "%.2f GB", b / (double) (1L << 30))
                : String.format(Locale.ROOT, "%.1f MB", b / (double) (1L << 20));
    }

    /** The fix's first sentence and its leanjdbc advice; the HTML report and the JSON carry it whole. */
    static String shortFix(String fix) {
        if (fix == null) {
            return "";
        }
        int end = fix.indexOf(". ");
        String first = end < 0 ? fix : fix.substring(0, end + 1);
        int lean = fix.indexOf("leanjdbc core:");
        return lean < 0 || lean <= end ? first : first + " " + fix.substring(lean);
    }

    private static String fit(String line) {
        return line.length() <= WIDTH ? line : line.substring(0, WIDTH - 3) + "...";
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (word.length() > width) {
                word = word.substring(0, width - 3) + "...";
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
