package dev.leanjdbc.junit.internal.report;

import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands, one per unsuppressed finding of the suite, which GitHub shows as
 * annotations on the run and on the pull request's changed lines: {@code ::warning
 * file=src/main/java/org/shop/Dao.java,line=42,title=...::message}.
 */
public final class GithubAnnotations {

    /**
     * Annotation lines printed at most; GitHub shows only the first few of a step anyway, and the rest are in
     * {@code report.sarif} and {@code report.html}.
     */
    static final int MAX_LINES = 50;

    private GithubAnnotations() {}

    /** The lines for {@code report}, the most expensive findings first, then a notice of those left out. */
    public static List<String> lines(SuiteReport report, SourceRoots roots) {
        List<String> out = new ArrayList<>();
        int left = 0;
        for (SuiteReport.MergedFinding m : report.findings) {
            FindingEntry f = m.first;
            if (f.suppressed() != null) {
                continue;
            }
            if (out.size() == MAX_LINES) {
                left++;
                continue;
            }
            String command = switch (f.severity()) {
                case "CRITICAL" -> "error";
                case "WARNING" -> "warning";
                default -> "notice";
            };
            StringBuilder line = new StringBuilder("::").append(command);
            String file = roots.resolve(f.sourceFile());
            String sep = " ";
            if (file != null) {
                line.append(" file=").append(property(file));
                sep = ",";
                if (f.line() > 0) {
                    line.append(",line=").append(f.line());
                }
            }
            String title = "leanjdbc " + SuiteSarifWriter.label(f.type()) + " (" + m.testCount
                    + (m.testCount == 1 ? " test" : " tests") + ", " + m.executions + " executions)";
            line.append(sep).append("title=").append(property(title));
            line.append("::").append(data(SuiteSarifWriter.text(m)));
            out.add(line.toString());
        }
        if (left > 0) {
            out.add("::notice title=leanjdbc::" + left + " more findings than the " + MAX_LINES
                    + " annotated: see report.sarif and report.html of the suite report");
        }
        return out;
    }

    /** A command's message: GitHub ends it at a line break, so breaks and {@code %} are percent-encoded. */
    public static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command's property value, where {@code :} and {@code ,} also end the value. */
    public static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
