package dev.leanjdbc.examples;

import dev.leanjdbc.analyzer.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A self-contained HTML page (no scripts, no external assets) with the naive run's findings and the
 * before/after table. The analyzer offers text and JSON reports; this page is the demo's own.
 */
final class HtmlReport {

    private HtmlReport() {}

    static void write(ShopComparison.Outcome outcome, String title, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>");
            w.write(esc(title));
            w.write("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
                    + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em}"
                    + "td.n{text-align:right}code{background:#f4f4f4}</style></head><body>\n");
            w.write("<h1>" + esc(title) + "</h1>\n<h2>Before / after</h2>\n<table>\n");
            w.write("<tr><th></th><th>naive</th><th>lean</th></tr>\n");
            RunMetrics a = outcome.naive().metrics();
            RunMetrics b = outcome.lean().metrics();
            row(w, "statements", ComparisonPrinter.count(a.statements()), ComparisonPrinter.count(b.statements()));
            row(w, "rows read", ComparisonPrinter.count(a.rowsRead()), ComparisonPrinter.count(b.rowsRead()));
            row(w, "wall time", ComparisonPrinter.seconds(a.wallNanos()), ComparisonPrinter.seconds(b.wallNanos()));
            row(
                    w,
                    "bytes allocated",
                    ComparisonPrinter.bytes(a.allocatedBytes()),
                    ComparisonPrinter.bytes(b.allocatedBytes()));
            row(
                    w,
                    "peak heap (approx.)",
                    ComparisonPrinter.bytes(a.peakHeapBytes()),
                    ComparisonPrinter.bytes(b.peakHeapBytes()));
            row(
                    w,
                    "heap held after GC",
                    ComparisonPrinter.bytes(a.liveHeapBytes()),
                    ComparisonPrinter.bytes(b.liveHeapBytes()));
            w.write("</table>\n<p>Peak heap is approximate: the heap pools' peak usage, garbage included. Heap"
                    + " held after GC: the most heap in use after a collection during the run, above the heap in"
                    + " use at its start (n/a: no collection ran).</p>\n");
            w.write(String.format(
                    Locale.ROOT,
                    "<h2>Findings of the naive run (%d)</h2>\n",
                    outcome.naive().report().findings().size()));
            for (Finding f : outcome.naive().report().findings()) {
                w.write("<h3>" + esc(f.type().label()) + " (" + esc(String.valueOf(f.severity())) + ")</h3>\n<p>");
                w.write(String.format(Locale.ROOT, "%,d executions", f.executions()));
                if (f.callSite().isCaptured()) {
                    w.write(" at <code>" + esc(f.callSite().toString()) + "</code>");
                }
                w.write("</p>\n<p><code>" + esc(f.fingerprint()) + "</code></p>\n");
                w.write("<p>" + esc(f.explanation()) + "</p>\n<p><b>Fix:</b> " + esc(f.suggestedFix()) + "</p>\n");
            }
            w.write(String.format(
                    Locale.ROOT,
                    "<h2>Findings of the lean run (%d)</h2>\n",
                    outcome.lean().report().findings().size()));
            for (Finding f : outcome.lean().report().findings()) {
                w.write("<p>" + esc(f.headline()) + "</p>\n");
            }
            w.write("<h2>Naive run: every statement shape</h2>\n<pre>"
                    + esc(outcome.naive().report().toText()) + "</pre>\n</body></html>\n");
        }
    }

    private static void row(Writer w, String name, String naive, String lean) throws IOException {
        w.write("<tr><td>" + esc(name) + "</td><td class=\"n\">" + esc(naive) + "</td><td class=\"n\">" + esc(lean)
                + "</td></tr>\n");
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
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
