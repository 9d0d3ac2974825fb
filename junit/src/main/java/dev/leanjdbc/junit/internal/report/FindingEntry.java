package dev.leanjdbc.junit.internal.report;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * One finding of one test, as the suite report keeps it.
 *
 * @param type the finding type's name, e.g. {@code N_PLUS_ONE}
 * @param severity the severity's name
 * @param fingerprint the statement shape involved
 * @param callSite where it ran, {@code Class.method(File.java:42)}, or null
 * @param executions executions of the shape involved
 * @param nanos their summed time
 * @param message what is wrong and what it costs
 * @param fix the suggested change
 * @param test the test it came from
 * @param suppressed why it was suppressed, or null when it was not
 * @param sourceFile the call site's source file under its package's directories, {@code
 *     org/shop/OrderDao.java}, or null when no call site or file name was captured (CI tools resolve it
 *     against the source roots)
 * @param line the call site's line, or -1 when unknown
 */
public record FindingEntry(
        String type,
        String severity,
        String fingerprint,
        String callSite,
        long executions,
        long nanos,
        String message,
        String fix,
        String test,
        String suppressed,
        String sourceFile,
        int line) {

    static List<FindingEntry> of(Report r, String test) {
        List<Finding> findings = r.allFindings();
        List<FindingEntry> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(new FindingEntry(
                    f.type().name(),
                    f.severity().name(),
                    f.fingerprint(),
                    f.callSite().isCaptured() ? f.callSite().toString() : null,
                    f.executions(),
                    f.totalNanos(),
                    f.explanation(),
                    f.suggestedFix(),
                    test,
                    f.suppressionReason(),
                    sourceFile(f.callSite()),
                    f.callSite().isCaptured() ? f.callSite().lineNumber() : -1));
        }
        return out;
    }

    /** The class's package as directories plus the file name the class was compiled from. */
    static String sourceFile(CallSite site) {
        if (!site.isCaptured() || site.fileName() == null) {
            return null;
        }
        int dot = site.className().lastIndexOf('.');
        return dot < 0 ? site.fileName() : site.className().substring(0, dot).replace('.', '/') + '/' + site.fileName();
    }
}
