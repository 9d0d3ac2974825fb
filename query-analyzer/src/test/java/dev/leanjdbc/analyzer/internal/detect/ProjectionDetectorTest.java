package dev.leanjdbc.analyzer.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.ColumnSet;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.FingerprintStats;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.FailOpen;
import dev.leanjdbc.analyzer.internal.RecordFieldUse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The projection rule on tracked jOOQ records, on hand-made statistics: thresholds and what is listed. */
class ProjectionDetectorTest {

    private static final String SQL = "select id, a, b, c, d, e, f, g, h, i from t";
    private static final CallSite SITE = new CallSite("com.shop.Service", "list", "Service.java", 7);

    /** Ten columns, all read at the JDBC level (as jOOQ reads them), 50 rows. */
    private static FingerprintStats stats(int columns) {
        int[] all = new int[columns];
        for (int i = 0; i < columns; i++) {
            all[i] = i + 1;
        }
        return new FingerprintStats(
                1L, SQL, StatementKind.SELECT, 1, 1_000, 1_000, 50, -1, 0, columns, ColumnSet.of(all), List.of(SITE));
    }

    private static List<Finding> findings(FingerprintStats f, List<RecordFieldUse> records) {
        Detectors d = new Detectors(DetectorConfig.DEFAULTS, new FailOpen());
        Report r = ApiAccess.report(
                "test",
                1,
                true,
                new long[StatementKind.values().length],
                0,
                0,
                0,
                0,
                List.of(f),
                List.of(),
                0,
                0,
                report -> d.detect(report, records));
        return r.findings(FindingType.PROJECTION_CANDIDATE);
    }

    private static RecordFieldUse use(String... used) {
        return new RecordFieldUse(1L, "t", 10, List.of(used));
    }

    @Test
    void wholeRowsReadByJooqAreNoFindingWithoutRecordTracking() {
        assertThat(findings(stats(10), List.of())).isEmpty();
    }

    @Test
    void halfTheFieldsOrFewerUsedIsAFindingListingExactlyThem() {
        List<Finding> f = findings(stats(10), List.of(use("a", "b", "c", "d", "e")));
        assertThat(f).hasSize(1);
        assertThat(f.get(0).columnsRead()).containsExactly("a", "b", "c", "d", "e");
        assertThat(f.get(0).callSite()).isEqualTo(SITE);
        assertThat(f.get(0).suggestedFix()).contains("ctx.select(T.A, T.B, T.C, T.D, T.E).from(T)");
    }

    @Test
    void moreThanHalfUsedNoFieldUsedOrANarrowSelectAreNoFinding() {
        assertThat(findings(stats(10), List.of(use("a", "b", "c", "d", "e", "f"))))
                .isEmpty();
        assertThat(findings(stats(10), List.of(use()))).isEmpty();
        assertThat(findings(stats(4), List.of(new RecordFieldUse(1L, "t", 4, List.of("a")))))
                .isEmpty();
    }

    @Test
    void fieldsUsedOnRecordsOfTwoClassesFromOneStatementAreUnited() {
        List<Finding> f =
                findings(stats(10), List.of(use("a", "b"), new RecordFieldUse(1L, "t_view", 10, List.of("b", "c"))));
        assertThat(f).hasSize(1);
        assertThat(f.get(0).columnsRead()).containsExactly("a", "b", "c");
    }

    @Test
    void recordsOfAnotherStatementDoNotCount() {
        assertThat(findings(stats(10), List.of(new RecordFieldUse(2L, "t", 10, List.of("a")))))
                .isEmpty();
    }
}
