package dev.leanjdbc.junit.internal.report;

import dev.leanjdbc.analyzer.StatementKind;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * {@code report.html}: one self-contained page (inline CSS, no scripts, no external assets) with every
 * finding of the suite ranked by impact, and every test's query counts.
 */
final class SuiteHtmlWriter {

    private static final String CSS = """
            :root{--fg:#1f2328;--muted:#656d76;--line:#d0d7de;--bg:#f6f8fa;--bad:#cf222e;--warn:#9a6700;--ok:#1a7f37}
            *{box-sizing:border-box}
            body{font:14px/1.45 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--fg);margin:0;padding:24px 32px}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px}
            .meta{color:var(--muted);margin-bottom:16px}
            .cards{display:flex;gap:12px;flex-wrap:wrap}
            .card{border:1px solid var(--line);border-radius:6px;padding:10px 16px;min-width:140px;background:var(--bg)}
            .card b{display:block;font-size:22px}
            table{border-collapse:collapse;width:100%}
            table.findings{table-layout:fixed}
            table.findings td{overflow-wrap:anywhere}
            th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
            th{background:var(--bg);font-weight:600;white-space:nowrap}
            td.num,th.num{text-align:right;white-space:nowrap}
            code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-word}
            .sql{display:block;background:var(--bg);border-radius:4px;padding:4px 6px;margin-bottom:4px}
            .site{color:var(--muted)}
            .type{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;white-space:nowrap;background:#fff8c5;color:var(--warn)}
            .type.N_PLUS_ONE,.type.BUFFERED_LARGE_RESULT,.type.ROW_BY_ROW_DML{background:#ffebe9;color:var(--bad)}
            .status{font-weight:600;white-space:nowrap}.status.FAILED{color:var(--bad)}.status.SUCCESSFUL{color:var(--ok)}.status.ABORTED{color:var(--muted)}
            .fix{color:var(--fg);margin-top:4px}.msg{margin-bottom:4px}
            ul.tests{margin:0;padding-left:16px;font-size:12px}
            ul.tests li{overflow-wrap:break-word}
            details summary{cursor:pointer;color:#0969da}
            .fix summary{font-weight:600}
            .empty{color:var(--ok);font-weight:600}
            .sev{font-size:11px;color:var(--muted);margin-top:2px}.suppressed{font-size:11px;color:var(--muted)}
            """;

    /** Test names shown per finding before the rest fold away. */
    private static final int VISIBLE_TESTS = 5;

    private SuiteHtmlWriter() {}

    static void write(SuiteReport r, Writer w) throws IOException {
        Html h = new Html(w);
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        h.raw("<title>leanjdbc query report</title><style>").raw(CSS).raw("</style></head><body>\n");
        h.raw("<header><h1>leanjdbc query report</h1><div class=\"meta\">Generated ")
                .text(r.generatedAt.toString())
                .raw("</div>");
        long testsWithFindings =
                r.tests.stream().filter(t -> !t.findings().isEmpty()).count();
        h.raw("<div class=\"cards\">");
        card(h, "tests", r.tests.size());
        card(h, "statements", r.statements());
        card(h, "findings", r.findings.size());
        card(h, "tests with findings", testsWithFindings);
        h.raw("</div></header>\n");
        findings(h, r);
        staleBaseline(h, r);
        tests(h, r);
        h.raw("</body></html>\n");
    }

    private static void card(Html h, String label, long value) throws IOException {
        h.raw("<div class=\"card\" data-label=\"").text(label).raw("\"><b>").text(Long.toString(value));
        h.raw("</b>").text(label).raw("</div>");
    }

    /** Baseline entries no finding matched: shown only when there are some, so the file shrinks as code is fixed. */
    private static void staleBaseline(Html h, SuiteReport r) throws IOException {
        if (r.staleBaseline.values().stream().allMatch(List::isEmpty)) {
            return;
        }
        h.raw("<section id=\"stale-baseline\"><h2>Baseline entries no longer seen</h2>\n");
        for (var e : r.staleBaseline.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            h.raw("<p>").text(e.getKey()).raw(": fixed, so they can go (or run with -Dleanjdbc.baseline=update)</p>");
            h.raw("<ul class=\"stale\">");
            for (String entry : e.getValue()) {
                h.raw("<li><code>").text(entry).raw("</code></li>");
            }
            h.raw("</ul>\n");
        }
        h.raw("</section>\n");
    }

    private static void findings(Html h, SuiteReport r) throws IOException {
        h.raw("<section id=\"findings\"><h2>Findings, ranked by impact</h2>\n");
        if (r.findings.isEmpty()) {
            h.raw("<p class=\"empty\">No findings in this suite.</p></section>\n");
            return;
        }
        h.raw("<table class=\"findings\"><colgroup><col style=\"width:3%\"><col style=\"width:10%\">"
                + "<col style=\"width:7%\"><col style=\"width:7%\"><col style=\"width:25%\"><col style=\"width:26%\">"
                + "<col style=\"width:22%\"></colgroup>");
        h.raw("<thead><tr><th class=\"num\">#</th><th>Type</th>"
                + "<th class=\"num\">Executions</th><th class=\"num\">Time</th><th>Statement and call site</th>"
                + "<th>What it costs and the fix</th><th>Tests</th></tr></thead><tbody>\n");
        int rank = 1;
        for (SuiteReport.MergedFinding m : r.findings) {
            FindingEntry f = m.first;
            h.raw("<tr class=\"finding\" data-type=\"").text(f.type()).raw("\">");
            h.raw("<td class=\"num rank\">").text(Integer.toString(rank++)).raw("</td>");
            h.raw("<td><span class=\"type ")
                    .text(f.type())
                    .raw("\">")
                    .text(f.type())
                    .raw("</span><div class=\"sev\">")
                    .text(f.severity())
                    .raw("</div>");
            if (f.suppressed() != null) {
                h.raw("<div class=\"suppressed\">suppressed: ")
                        .text(f.suppressed())
                        .raw("</div>");
            }
            h.raw("</td>");
            h.raw("<td class=\"num executions\">")
                    .text(Long.toString(m.executions))
                    .raw("</td>");
            h.raw("<td class=\"num\">").text(millis(m.nanos)).raw("</td>");
            h.raw("<td><code class=\"sql\">").text(f.fingerprint()).raw("</code>");
            h.raw("<code class=\"site\">").text(f.callSite() == null ? "call site not captured" : "at " + f.callSite());
            h.raw("</code></td><td><div class=\"msg\">").text(f.message()).raw("</div>");
            if (f.fix() != null) {
                h.raw("<details class=\"fix\"><summary>Fix</summary>")
                        .text(f.fix())
                        .raw("</details>");
            }
            h.raw("</td><td><ul class=\"tests\">");
            for (int i = 0; i < Math.min(VISIBLE_TESTS, m.tests.size()); i++) {
                h.raw("<li>").text(m.tests.get(i)).raw("</li>");
            }
            h.raw("</ul>");
            if (m.testCount > VISIBLE_TESTS) {
                h.raw("<details><summary>and ").text(Long.toString(m.testCount - VISIBLE_TESTS));
                h.raw(" more</summary><ul class=\"tests\">");
                for (int i = VISIBLE_TESTS; i < m.tests.size(); i++) {
                    h.raw("<li>").text(m.tests.get(i)).raw("</li>");
                }
                if (m.testCount > m.tests.size()) {
                    h.raw("<li>and ")
                            .text(Long.toString(m.testCount - m.tests.size()))
                            .raw(" not named</li>");
                }
                h.raw("</ul></details>");
            }
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody></table></section>\n");
    }

    private static void tests(Html h, SuiteReport r) throws IOException {
        h.raw("<section id=\"tests\"><h2>Tests</h2>\n");
        if (r.droppedTests > 0) {
            h.raw("<p>")
                    .text(r.droppedTests + " more tests ran but were not kept (cap).")
                    .raw("</p>");
        }
        h.raw("<table class=\"tests\"><thead><tr><th>Test</th><th>Status</th><th class=\"num\">Statements</th>");
        for (StatementKind k : new StatementKind[] {
            StatementKind.SELECT, StatementKind.INSERT, StatementKind.UPDATE, StatementKind.DELETE
        }) {
            h.raw("<th class=\"num\">").text(k.name()).raw("</th>");
        }
        h.raw("<th class=\"num\">Other</th><th class=\"num\">Rows</th><th class=\"num\">Time</th>"
                + "<th class=\"num\">Findings</th></tr></thead><tbody>\n");
        for (TestEntry t : r.tests) {
            h.raw("<tr class=\"test\"><td>");
            if (t.topShapes().isEmpty()) {
                h.raw("<span class=\"name\">").text(t.name()).raw("</span>");
            } else {
                h.raw("<details><summary class=\"name\">").text(t.name()).raw("</summary>");
                for (TestEntry.Shape s : t.topShapes()) {
                    h.raw("<code class=\"sql\">").text(s.count() + " x " + s.fingerprint());
                    if (s.callSite() != null) {
                        h.raw("<br><span class=\"site\">at ").text(s.callSite()).raw("</span>");
                    }
                    h.raw("</code>");
                }
                h.raw("</details>");
            }
            h.raw("</td><td class=\"status ")
                    .text(t.status())
                    .raw("\">")
                    .text(t.status())
                    .raw("</td>");
            num(h, "statements", t.statements());
            long other = t.statements();
            for (StatementKind k : new StatementKind[] {
                StatementKind.SELECT, StatementKind.INSERT, StatementKind.UPDATE, StatementKind.DELETE
            }) {
                num(h, k.name().toLowerCase(Locale.ROOT), t.count(k));
                other -= t.count(k);
            }
            num(h, "other", other);
            num(h, "rows", t.rowsRead());
            h.raw("<td class=\"num\">").text(millis(t.totalNanos())).raw("</td>");
            num(h, "findings", t.findings().size());
            h.raw("</tr>\n");
        }
        h.raw("</tbody></table></section>\n");
    }

    private static void num(Html h, String cls, long v) throws IOException {
        h.raw("<td class=\"num ").raw(cls).raw("\">").text(Long.toString(v)).raw("</td>");
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1_000_000.0);
    }

    /** Writes markup as is and text escaped. */
    private static final class Html {
        private final Writer w;

        Html(Writer w) {
            this.w = w;
        }

        Html raw(String s) throws IOException {
            w.write(s);
            return this;
        }

        Html text(String s) throws IOException {
            if (s == null) {
                return this;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '<' -> w.write("&lt;");
                    case '>' -> w.write("&gt;");
                    case '&' -> w.write("&amp;");
                    case '"' -> w.write("&quot;");
                    case '\'' -> w.write("&#39;");
                    default -> w.write(c);
                }
            }
            return this;
        }
    }
}
