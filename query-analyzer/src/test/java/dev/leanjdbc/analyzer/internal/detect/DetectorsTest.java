package dev.leanjdbc.analyzer.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.ColumnSet;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.ReadValueSample;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.ResultMode;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.FailOpen;
import dev.leanjdbc.analyzer.internal.ValueHash;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Detector behaviour on hand-made events: call-site attribution, fail-open, report output. */
class DetectorsTest {

    private static final CallSite SITE = new CallSite("com.shop.OrderService", "list", "OrderService.java", 42);
    private static final String CHILD = "select id, email from customer where id = ?";

    private static StatementEvent select(long seq, String fp, CallSite site, long param, ReadValueSample sample) {
        long[] params = {ValueHash.of(param)};
        return ApiAccess.statementEvent(
                seq,
                fp == null ? 0 : fp.hashCode(),
                fp,
                StatementKind.SELECT,
                1,
                1_000,
                1_000,
                -1,
                0,
                1,
                0,
                2,
                ColumnSet.of(2),
                0,
                true,
                ResultMode.BUFFERED,
                params[0],
                params,
                null,
                sample,
                false,
                false,
                site,
                "main",
                1);
    }

    private static StatementEvent insert(long seq, String fp) {
        return ApiAccess.statementEvent(
                seq,
                99,
                fp,
                StatementKind.INSERT,
                1,
                1_000,
                1_000,
                1,
                0,
                0,
                0,
                0,
                null,
                0,
                true,
                ResultMode.UNKNOWN,
                seq,
                new long[] {seq},
                null,
                null,
                false,
                false,
                SITE,
                "main",
                1);
    }

    private static Report report(List<StatementEvent> events, Detectors d) {
        return ApiAccess.report(
                "test",
                1,
                true,
                new long[StatementKind.values().length],
                0,
                0,
                0,
                0,
                List.of(),
                events,
                0,
                0,
                d::detect);
    }

    @Test
    void eventsWithoutCallSiteAreNeverAttributedToALineTheyMayNotHaveRunAt() {
        List<StatementEvent> events = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            events.add(select(i, CHILD, i == 1 ? SITE : null, i * 100L, null)); // one walked, four not
        }
        Report r = report(events, new Detectors(DetectorConfig.DEFAULTS, new FailOpen()));
        assertThat(r.findings()).extracting(Finding::type).containsExactly(FindingType.N_PLUS_ONE);
        assertThat(r.findings().get(0).callSite()).isSameAs(CallSite.NOT_CAPTURED);
        assertThat(r.findings().get(0).executions()).isEqualTo(4);
        assertThat(r.findings().get(0).callSites())
                .containsExactly(new Finding.CallSiteCount(CallSite.NOT_CAPTURED, 4));
    }

    @Test
    void twoCallSitesEachBelowTheThresholdAreNoNPlusOne() {
        CallSite other = new CallSite("com.shop.Footer", "name", "Footer.java", 9);
        List<StatementEvent> events = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            events.add(select(i, CHILD, i <= 2 ? SITE : other, i * 100L, null));
        }
        Report r = report(events, new Detectors(DetectorConfig.DEFAULTS, new FailOpen()));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aFailingDetectorIsSkippedAndTheOthersStillReport() {
        List<StatementEvent> events = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            events.add(select(i, CHILD, SITE, i * 100L, null));
        }
        for (int i = 6; i <= 12; i++) {
            events.add(insert(i, null)); // no fingerprint: the DML and literals detectors throw on it
        }
        FailOpen failOpen = new FailOpen();
        Report r = report(events, new Detectors(DetectorConfig.DEFAULTS, failOpen));
        assertThat(r.findings()).extracting(Finding::type).containsExactly(FindingType.N_PLUS_ONE);
        assertThat(failOpen.failures()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRepeatAfterADataChangeIsNoDuplicateButRepeatsWithinTheLaterEpochAre() {
        // the duplicate detector's index is cleared at each data change: sets before it are never matched again
        List<StatementEvent> events = new ArrayList<>();
        events.add(select(1, CHILD, SITE, 5, null));
        events.add(select(2, CHILD, SITE, 6, null));
        events.add(insert(3, "insert into audit (id) values (?)"));
        events.add(select(4, CHILD, SITE, 5, null));
        events.add(select(5, CHILD, SITE, 6, null));
        events.add(select(6, CHILD, SITE, 5, null));
        events.add(insert(7, "insert into audit (id) values (?)"));
        events.add(select(8, CHILD, SITE, 6, null));
        Report r = report(events, new Detectors(DetectorConfig.DEFAULTS, new FailOpen()));
        assertThat(r.findings()).extracting(Finding::type).containsExactly(FindingType.DUPLICATE_QUERY);
        Finding f = r.findings().get(0);
        assertThat(f.executions()).isEqualTo(1); // statement 6 repeats statement 4; nothing else repeats
        assertThat(f.firstStatement()).isEqualTo(4);
    }

    @Test
    void aLoopBindingTheLastValueOfThePreviousResultIsPaging() {
        List<StatementEvent> events = new ArrayList<>();
        String page = "select id, name from item where category = ? and id > ?"; // no limit: values decide
        for (int p = 0; p < 5; p++) {
            long[] sample = {ReadValueSample.entry(ValueHash.of(p * 10L + 9), 1)};
            long[] params = {ValueHash.of(7L), ValueHash.of(p * 10L - 1)};
            events.add(ApiAccess.statementEvent(
                    p + 1,
                    5,
                    page,
                    StatementKind.SELECT,
                    1,
                    1_000,
                    1_000,
                    -1,
                    0,
                    10,
                    0,
                    2,
                    ColumnSet.of(1, 2),
                    0,
                    true,
                    ResultMode.BUFFERED,
                    params[1],
                    params,
                    null,
                    new ReadValueSample(sample, 1),
                    false,
                    false,
                    SITE,
                    "main",
                    1));
        }
        Report r = report(events, new Detectors(DetectorConfig.DEFAULTS, new FailOpen()));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void findingsAreWrittenToJsonAndText() throws Exception {
        List<StatementEvent> events = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            events.add(select(i, CHILD, SITE, i * 100L, null));
        }
        Report r = report(events, new Detectors(DetectorConfig.DEFAULTS, new FailOpen()));
        String text = r.toText();
        assertThat(text)
                .contains(
                        "findings: 1",
                        "N_PLUS_ONE (N+1 queries)",
                        "at OrderService.list(OrderService.java:42)",
                        "why: The same SELECT ran 4 times",
                        "fix: Fetch the rows for all keys at once");
        String json = r.toJson();
        List<String> fields = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            int depth = 0;
            int findingsDepth = -1;
            while (p.nextToken() != null) {
                JsonToken t = p.currentToken();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    if (depth < findingsDepth) {
                        findingsDepth = -1;
                    }
                } else if (t == JsonToken.FIELD_NAME
                        && depth == 1
                        && p.currentName().equals("findings")) {
                    findingsDepth = 2; // the array; each finding is an object one level deeper
                } else if (t == JsonToken.FIELD_NAME && findingsDepth > 0 && depth == findingsDepth + 1) {
                    fields.add(p.currentName());
                }
            }
        }
        assertThat(json).contains("\"schema\":\"leanjdbc-report/1\"", "\"type\":\"N_PLUS_ONE\"");
        assertThat(fields)
                .contains(
                        "type",
                        "severity",
                        "fingerprintId",
                        "fingerprint",
                        "executions",
                        "totalNanos",
                        "rows",
                        "firstStatement",
                        "callSite",
                        "columnsRead",
                        "suppressed",
                        "explanation",
                        "suggestedFix");
    }
}
