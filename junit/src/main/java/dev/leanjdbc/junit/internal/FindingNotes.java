package dev.leanjdbc.junit.internal;

import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.Report;
import java.util.List;

/** What the analyzer's findings say about one statement shape, as lines under it in a failure message. */
final class FindingNotes {

    private FindingNotes() {}

    static List<String> notesFor(Report report, FingerprintStats shape) {
        return List.of();
    }
}
