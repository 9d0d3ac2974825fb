package dev.leanjdbc.junit.internal;

import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.Report;
import java.util.ArrayList;
import java.util.List;

/** What the analyzer's findings say about one statement shape, as lines under it in a failure message. */
final class FindingNotes {

    private FindingNotes() {}

    static List<String> notesFor(Report report, FingerprintStats shape) {
        List<String> notes = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (f.suppressed() || f.fingerprintId() != shape.fingerprintId()) {
                continue;
            }
            if (f.type() == FindingType.N_PLUS_ONE) {
                notes.add(nPlusOne(f));
            } else {
                notes.add("finding " + f.type() + " (" + f.type().label() + "), " + f.executions()
                        + (f.executions() == 1 ? " execution" : " executions") + " involved");
            }
        }
        return notes;
    }

    /** {@code N+1, driven by the values of customer.id read from statement #1: select ...}. */
    static String nPlusOne(Finding f) {
        Finding.Parent p = f.parent();
        if (p == null) {
            return "N+1 (no earlier result of the scope supplied its bind values)";
        }
        return "N+1, driven by the values of " + p.column() + " read from statement #" + p.statement() + ": "
                + FailureMessages.abbreviate(p.fingerprint());
    }
}
