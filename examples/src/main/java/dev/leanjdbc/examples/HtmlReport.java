package dev.leanjdbc.examples;

import dev.leanjdbc.analyzer.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * A self-contained HTML page (no scripts, no external assets): the before/after table with ratios, SVG bar
 * charts of statements, time, allocation and heap, the naive run's findings with their call sites and
 * fixes, and how the runs were measured. Every text from the runs (SQL included) is HTML-escaped; Markdown
 * backticks in the analyzer's explanations become {@code <code>}. The page fits 1280 px without horizontal
 * scrolling: long SQL and report lines wrap.
 */
final class HtmlReport {

    private static final String STYLE = "*{box-sizing:border-box}"
            + "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d2430;background:#f6f7f9;"
            + "margin:0;padding:24px}"
            + "main{max-width:1180px;margin:0 auto}"
            + "h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px}h3{font-size:16px;margin:0 0 6px}"
            + ".sub{color:#5b6472;margin:0 0 18px}"
            + "section.card,article.finding{background:#fff;border:1px solid #dfe3e8;border-radius:8px;"
            + "padding:16px 18px;margin:0 0 14px}"
            + "table.metrics{border-collapse:collapse;width:100%}"
            + "table.metrics th,table.metrics td{padding:7px 10px;border-bottom:1px solid #e6e9ee;text-align:right}"
            + "table.metrics th:first-child,table.metrics td:first-child{text-align:left}"
            + "table.metrics td.ratio{font-weight:600;color:#17663a}"
            + ".charts{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:14px}"
            + ".chart{background:#fff;border:1px solid #dfe3e8;border-radius:8px;padding:12px 14px}"
            + ".chart svg{display:block;width:100%;height:auto}"
            + "code,pre{font-family:ui-monospace,'SFMono-Regular',Menlo,Consolas,monospace;font-size:13px}"
            + "code{background:#eef1f5;border-radius:4px;padding:1px 4px;overflow-wrap:anywhere}"
            + "pre{background:#f3f5f8;border:1px solid #e3e7ec;border-radius:6px;padding:10px 12px;margin:8px 0;"
            + "white-space:pre-wrap;overflow-wrap:anywhere}"
            + ".meta{color:#5b6472;margin:0 0 6px}.fix{border-left:4px solid #2f7d4f;padding:4px 10px;margin:8px 0 0;"
            + "background:#f1f8f3}"
            + ".sev{display:inline-block;font-size:12px;font-weight:600;border-radius:10px;padding:1px 8px;"
            + "background:#fde8e4;color:#9b2c1b;margin-left:6px;vertical-align:2px}"
            + ".ok{color:#17663a;font-weight:600}.bad{color:#9b2c1b;font-weight:600}"
            + "details summary{cursor:pointer;font-weight:600}";

    private static final String NAIVE_COLOUR = "#d0573f";
    private static final String LEAN_COLOUR = "#2f7d4f";

    private HtmlReport() {}

    static void write(ShopComparison.Outcome outcome, String title, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(page(outcome, title));
        }
    }

    static String page(ShopComparison.Outcome outcome, String title) {
        RunMetrics a = outcome.naive().metrics();
        RunMetrics b = outcome.lean().metrics();
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>")
                .append(esc(title))
                .append("</title>\n<style>")
                .append(STYLE)
                .append("</style></head><body><main>\n");
        h.append("<h1>")
                .append(esc(title))
                .append("</h1>\n<p class=\"sub\">The same shop application, written the")
                .append(" usual naive way and with leanjdbc, both run through the query analyzer. ");
        boolean same = outcome.naive().results().equals(outcome.lean().results());
        h.append(
                        same
                                ? "<span class=\"ok\">Both runs produced the same results (checksums equal).</span>"
                                : "<span class=\"bad\">RESULTS DIFFER: "
                                        + esc(outcome.naive().results() + " vs "
                                                + outcome.lean().results()) + "</span>")
                .append("</p>\n");

        h.append("<h2>Before / after</h2>\n<section class=\"card\"><table class=\"metrics\" id=\"metrics\">\n")
                .append("<thead><tr><th>measure</th><th>naive</th><th>lean</th><th>naive / lean</th></tr></thead>")
                .append("<tbody>\n");
        row(h, "statements", a, b, RunMetrics::statements, ComparisonPrinter::count);
        row(h, "rows read", a, b, RunMetrics::rowsRead, ComparisonPrinter::count);
        row(h, "wall time", a, b, RunMetrics::wallNanos, ComparisonPrinter::seconds);
        row(h, "bytes allocated (running thread)", a, b, RunMetrics::allocatedBytes, ComparisonPrinter::bytes);
        row(h, "peak heap (approx., garbage included)", a, b, RunMetrics::peakHeapBytes, ComparisonPrinter::bytes);
        row(h, "heap held after GC (max)", a, b, RunMetrics::liveHeapBytes, ComparisonPrinter::bytes);
        h.append("</tbody></table></section>\n");

        h.append("<div class=\"charts\" id=\"charts\">\n");
        chart(h, "Statements", a.statements(), b.statements(), ComparisonPrinter::count);
        chart(h, "Wall time", a.wallNanos(), b.wallNanos(), ComparisonPrinter::seconds);
        chart(h, "Bytes allocated", a.allocatedBytes(), b.allocatedBytes(), ComparisonPrinter::bytes);
        chart(h, "Heap held after GC", a.liveHeapBytes(), b.liveHeapBytes(), ComparisonPrinter::bytes);
        h.append("</div>\n");

        h.append("<h2>How it was measured</h2>\n<section class=\"card\" id=\"method\"><p>")
                .append(esc(ShopComparison.METHOD))
                .append(" Statements and rows are what the analyzer recorded. Wall time is the run's elapsed time;")
                .append(" bytes allocated are those of the running thread (on H2 they include the embedded")
                .append(" database's own work). Heap figures are above the heap in use when each run starts; peak")
                .append(" heap is the heap pools' peak, garbage included; heap held after GC is the most heap still")
                .append(" in use after a collection during the run.");
        if (a.liveHeapBytes() < 0 || b.liveHeapBytes() < 0) {
            h.append(" n/a: no collection ran during that run (./demo sets -Xmn32m so that collections happen).");
        }
        h.append("</p></section>\n");

        List<Finding> findings = outcome.naive().report().findings();
        h.append("<h2>Findings of the naive run (").append(findings.size()).append(")</h2>\n<div id=\"findings\">\n");
        int n = 0;
        for (Finding f : findings) {
            finding(h, ++n, f);
        }
        h.append("</div>\n");
        List<Finding> lean = outcome.lean().report().findings();
        h.append("<h2>Findings of the lean run (").append(lean.size()).append(")</h2>\n");
        if (lean.isEmpty()) {
            h.append("<p class=\"ok\">None.</p>\n");
        }
        for (Finding f : lean) {
            finding(h, ++n, f);
        }
        h.append("<h2>Every statement shape</h2>\n<details><summary>The naive run's report</summary><pre>")
                .append(esc(outcome.naive().report().toText()))
                .append("</pre></details>\n<details><summary>The lean run's report</summary><pre>")
                .append(esc(outcome.lean().report().toText()))
                .append("</pre></details>\n</main></body></html>\n");
        return h.toString();
    }

    private static void finding(StringBuilder h, int n, Finding f) {
        h.append("<article class=\"finding\"><h3>")
                .append(n)
                .append(". ")
                .append(esc(f.type().label()))
                .append("<span class=\"sev\">")
                .append(esc(String.valueOf(f.severity())))
                .append("</span></h3>\n<p class=\"meta\">")
                .append(String.format(Locale.ROOT, "%,d execution%s", f.executions(), f.executions() == 1 ? "" : "s"))
                .append(" at <code>")
                .append(esc(f.callSite().isCaptured() ? f.callSite().toString() : "unknown call site"))
                .append("</code></p>\n<pre class=\"sql\">")
                .append(esc(f.fingerprint()))
                .append("</pre>\n");
        if (f.parent() != null) {
            h.append("<p class=\"meta\">Driven by values of <code>")
                    .append(esc(f.parent().column()))
                    .append("</code> read from:</p><pre class=\"sql\">")
                    .append(esc(f.parent().fingerprint()))
                    .append("</pre>\n");
        }
        h.append("<p>")
                .append(markdownCode(f.explanation()))
                .append("</p>\n<p class=\"fix\"><b>Fix:</b> ")
                .append(markdownCode(f.suggestedFix()))
                .append("</p></article>\n");
    }

    private static void row(
            StringBuilder h,
            String name,
            RunMetrics a,
            RunMetrics b,
            ToLongFunction<RunMetrics> f,
            LongFunction<String> fmt) {
        long x = f.applyAsLong(a);
        long y = f.applyAsLong(b);
        h.append("<tr><td>")
                .append(esc(name))
                .append("</td><td>")
                .append(esc(fmt.apply(x)))
                .append("</td><td>")
                .append(esc(fmt.apply(y)))
                .append("</td><td class=\"ratio\">")
                .append(esc(ratio(x, y)))
                .append("</td></tr>\n");
    }

    static String ratio(long naive, long lean) {
        if (naive < 0 || lean < 0) {
            return "n/a";
        }
        if (lean == 0) {
            return naive == 0 ? "1x" : "-";
        }
        double r = (double) naive / lean;
        return String.format(Locale.ROOT, r >= 10 ? "%.0fx" : "%.1fx", r);
    }

    /** Two horizontal bars, naive and lean, scaled to the larger; the value and the ratio beside them. */
    private static void chart(StringBuilder h, String title, long naive, long lean, LongFunction<String> fmt) {
        long max = Math.max(Math.max(naive, lean), 1);
        int left = 60;
        int span = 380;
        h.append("<figure class=\"chart\" style=\"margin:0\"><h3>")
                .append(esc(title))
                .append(" <span class=\"meta\" style=\"font-weight:400\">naive / lean: ")
                .append(esc(ratio(naive, lean)))
                .append("</span></h3>\n<svg viewBox=\"0 0 560 84\" role=\"img\" aria-label=\"")
                .append(esc(title + ": naive " + fmt.apply(naive) + ", lean " + fmt.apply(lean)))
                .append("\">");
        bar(h, 8, "naive", naive, max, left, span, NAIVE_COLOUR, fmt);
        bar(h, 46, "lean", lean, max, left, span, LEAN_COLOUR, fmt);
        h.append("</svg></figure>\n");
    }

    private static void bar(
            StringBuilder h,
            int y,
            String label,
            long value,
            long max,
            int left,
            int span,
            String colour,
            LongFunction<String> fmt) {
        // A measured zero or n/a still gets a sliver, so the row is visibly there.
        double width = value <= 0 ? 2 : Math.max(2, span * (double) value / max);
        h.append(String.format(
                Locale.ROOT,
                "<text x=\"0\" y=\"%d\" font-size=\"14\" fill=\"#1d2430\">%s</text>"
                        + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"28\" rx=\"4\" fill=\"%s\"></rect>"
                        + "<text x=\"%.1f\" y=\"%d\" font-size=\"14\" fill=\"#1d2430\">%s</text>",
                y + 19,
                label,
                left,
                y,
                width,
                colour,
                left + width + 8,
                y + 19,
                esc(fmt.apply(value))));
    }

    /**
     * The analyzer's texts mark code with Markdown backticks: each `...` becomes {@code <code>...</code>}, all
     * text escaped; an unmatched backtick stays a backtick.
     */
    static String markdownCode(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 32);
        int at = 0;
        while (true) {
            int open = text.indexOf('`', at);
            int close = open < 0 ? -1 : text.indexOf('`', open + 1);
            if (close < 0) {
                b.append(esc(text.substring(at)));
                return b.toString();
            }
            b.append(esc(text.substring(at, open)))
                    .append("<code>")
                    .append(esc(text.substring(open + 1, close)))
                    .append("</code>");
            at = close + 1;
        }
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
