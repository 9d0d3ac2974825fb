package dev.leanjdbc.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leanjdbc.benchmarks.report.Claim.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimTest {

    private static final JmhResult.RunSettings SETTINGS =
            new JmhResult.RunSettings("1.37", "17.0.15", "OpenJDK", "17.0.15", 2, 1, 3, "1 s", 5, "1 s");

    /** One result; {@code params} as "k=v, k=v". Bytes NaN means the run had no GC profiler. */
    static JmhResult result(String benchmark, String params, double score, double error, double bytes) {
        return result(benchmark, params, score, error, bytes, bytes * 0.001);
    }

    static JmhResult result(
            String benchmark, String params, double score, double error, double bytes, double bytesError) {
        Map<String, String> map = new LinkedHashMap<>(Claim.selector(params));
        return new JmhResult(
                "dev.leanjdbc.benchmarks.x." + benchmark,
                "avgt",
                map,
                score,
                error,
                "us/op",
                bytes,
                bytesError,
                SETTINGS);
    }

    private static final Claim HOT_PATH = Claim.of(
            "analyzer hot path",
            "WrapperOverheadBenchmark.primaryKeyLookup",
            "backend=h2, wrapper=leanjdbc",
            "wrapper=raw",
            Claim.Bar.timeRatioAtMost(1.35));

    private static List<JmhResult> lookups(double lean, double leanError) {
        return List.of(
                result("WrapperOverheadBenchmark.primaryKeyLookup", "backend=stub, wrapper=raw", 0.02, 0.001, 112),
                result("WrapperOverheadBenchmark.primaryKeyLookup", "backend=h2, wrapper=raw", 1.0, 0.01, 2000),
                result(
                        "WrapperOverheadBenchmark.primaryKeyLookup",
                        "backend=h2, wrapper=leanjdbc",
                        lean,
                        leanError,
                        2604));
    }

    @Test
    void metOnlyWhenTheWholeConfidenceIntervalIsOnTheRightSideOfTheBar() {
        Claim.Check check = HOT_PATH.check(lookups(1.2, 0.012));

        assertThat(check.verdict()).isEqualTo(Verdict.MET);
        assertThat(check.value()).isCloseTo(1.2, within(1e-9));
        assertThat(check.baseline().params()).containsEntry("backend", "h2").containsEntry("wrapper", "raw");
    }

    @Test
    void notMetWhenTheWholeIntervalMissesTheBar() {
        assertThat(HOT_PATH.check(lookups(1.5, 0.015)).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void withinErrorWhenTheIntervalStraddlesTheBar() {
        // 1.34 ± 0.05 / 1.0 ± 0.01: the ratio's interval runs from about 1.29 to 1.39, across 1.35.
        Claim.Check check = HOT_PATH.check(lookups(1.34, 0.05));

        assertThat(check.verdict()).isEqualTo(Verdict.WITHIN_ERROR);
        assertThat(HOT_PATH.check(lookups(1.38, 0.05)).verdict())
                .as("a value past the bar whose interval reaches back over it is not 'not met' either")
                .isEqualTo(Verdict.WITHIN_ERROR);
    }

    @Test
    void notMeasuredWhenTheMeasuredRowOrItsBaselineIsMissing() {
        List<JmhResult> withoutLean = lookups(1.2, 0.01).subList(0, 2);
        assertThat(HOT_PATH.check(withoutLean).verdict()).isEqualTo(Verdict.NOT_MEASURED);
        assertThat(HOT_PATH.check(withoutLean).value()).isNaN();

        List<JmhResult> withoutRaw = List.of(lookups(1.2, 0.01).get(2));
        assertThat(HOT_PATH.check(withoutRaw).verdict()).isEqualTo(Verdict.NOT_MEASURED);
    }

    @Test
    void aRatioCarriesTheRelativeErrorsOfBothScoresInQuadrature() {
        List<JmhResult> results = List.of(
                result("WrapperOverheadBenchmark.primaryKeyLookup", "backend=h2, wrapper=raw", 1.0, 0.05, 2000),
                result("WrapperOverheadBenchmark.primaryKeyLookup", "backend=h2, wrapper=leanjdbc", 2.0, 0.2, 2600));

        Claim.Check check = HOT_PATH.check(results);

        // 10 % and 5 %: 2.0 × √(0.1² + 0.05²)
        assertThat(check.value()).isCloseTo(2.0, within(1e-9));
        assertThat(check.error()).isCloseTo(2.0 * Math.sqrt(0.01 + 0.0025), within(1e-9));
        assertThat(check.measuredText()).isEqualTo("2.00× ± 0.22");
    }

    @Test
    void aSpeedupIsTheBaselineOverTheMeasuredScoreWithTheSameRelativeError() {
        List<JmhResult> results = List.of(
                result("SetBasedUpdateBenchmark.update", "how=ROW_BY_ROW, table=NARROW", 1000, 100, 1e7),
                result("SetBasedUpdateBenchmark.update", "how=SET_BASED, table=NARROW", 10, 1, 1e4));
        Claim atLeast100 = Claim.of(
                "set-based",
                "SetBasedUpdateBenchmark.update",
                "how=SET_BASED, table=NARROW",
                "how=ROW_BY_ROW",
                Claim.Bar.speedupAtLeast(100));
        Claim atLeast50 = Claim.of(
                "set-based",
                "SetBasedUpdateBenchmark.update",
                "how=SET_BASED, table=NARROW",
                "how=ROW_BY_ROW",
                Claim.Bar.speedupAtLeast(50));

        Claim.Check check = atLeast100.check(results);

        assertThat(check.value()).isCloseTo(100, within(1e-9));
        assertThat(check.error()).isCloseTo(100 * Math.sqrt(0.02), within(1e-9));
        assertThat(check.verdict()).isEqualTo(Verdict.WITHIN_ERROR);
        assertThat(check.measuredText()).isEqualTo("100× ± 14");
        assertThat(atLeast50.check(results).verdict()).isEqualTo(Verdict.MET);
        assertThat(Claim.Bar.speedupAtLeast(100).text()).isEqualTo("≥ 100×");
        assertThat(Claim.Bar.speedupAtLeast(30).text()).isEqualTo("≥ 30×");
        assertThat(Claim.Bar.speedupAtLeast(0.9).text()).isEqualTo("≥ 0.90×");
    }

    @Test
    void differencesOfTimeAndBytesAddTheAbsoluteErrorsInQuadrature() {
        List<JmhResult> results = List.of(
                result(
                        "ProductionOverheadBenchmark.request",
                        "db=H2, implementation=analyzer, lookups=1",
                        1.2,
                        0.05,
                        2735,
                        3),
                result(
                        "ProductionOverheadBenchmark.request",
                        "db=H2, implementation=production, lookups=1",
                        1.8,
                        0.1,
                        3335,
                        4));
        Claim time = Claim.of(
                "scope time",
                "ProductionOverheadBenchmark.request",
                "db=H2, implementation=production, lookups=1",
                "implementation=analyzer",
                Claim.Bar.timeDeltaAtMost(0.40));
        Claim bytes = Claim.of(
                "scope bytes",
                "ProductionOverheadBenchmark.request",
                "db=H2, implementation=production, lookups=1",
                "implementation=analyzer",
                Claim.Bar.bytesDeltaAtMost(800));

        Claim.Check t = time.check(results);
        Claim.Check b = bytes.check(results);

        assertThat(t.value()).isCloseTo(0.6, within(1e-9));
        assertThat(t.error()).isCloseTo(Math.sqrt(0.05 * 0.05 + 0.1 * 0.1), within(1e-9));
        assertThat(t.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(t.measuredText()).isEqualTo("+0.6000 ± 0.1118 µs");
        assertThat(b.value()).isEqualTo(600.0);
        assertThat(b.error()).isCloseTo(5.0, within(1e-9));
        assertThat(b.verdict()).isEqualTo(Verdict.MET);
        assertThat(b.measuredText()).isEqualTo("+600 ± 5 B");
        assertThat(Claim.Bar.timeDeltaAtMost(0.40).text()).isEqualTo("≤ +0.40 µs");
        assertThat(Claim.Bar.bytesDeltaAtMost(800).text()).isEqualTo("≤ +800 B");
    }

    @Test
    void aPerUnitRatioDividesEachScoreByItsParameterValue() {
        List<JmhResult> results = List.of(
                result("DetectorsBenchmark.detectAll", "events=10000", 1.7, 0.1, 3_600_000, 100),
                result("DetectorsBenchmark.detectAll", "events=1000000", 340, 10, 540_000_000, 1000));
        Claim time = Claim.of(
                "detectors",
                "DetectorsBenchmark.detectAll",
                "events=1000000",
                "events=10000",
                Claim.Bar.perUnitTimeRatioAtMost("events", 1.5));
        Claim bytes = Claim.of(
                "detectors",
                "DetectorsBenchmark.detectAll",
                "events=1000000",
                "events=10000",
                Claim.Bar.perUnitBytesRatioAtMost("events", 1.5));

        Claim.Check t = time.check(results);

        assertThat(t.value()).isCloseTo(2.0, within(1e-9)); // (340 / 1e6) / (1.7 / 1e4)
        assertThat(t.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(bytes.check(results).value()).isCloseTo(1.5, within(1e-9));
        assertThat(bytes.check(results).verdict())
                .as("1.5 exactly, with a small error")
                .isEqualTo(Verdict.WITHIN_ERROR);
        assertThat(Claim.Bar.perUnitTimeRatioAtMost("events", 1.5).text()).isEqualTo("≤ 1.50× per event");
    }

    @Test
    void aMissingBaselineFallsBackToTheNextDeclaredOneAndSaysWhich() {
        Claim claim = Claim.of(
                        "jOOQ streaming",
                        "StreamingBenchmark.readAll",
                        "db=H2, impl=leanJooq",
                        "impl=jooqStreaming",
                        Claim.Bar.timeRatioAtMost(1.0))
                .orAgainst("impl=jooqFetchStream");
        List<JmhResult> old = List.of(
                result("StreamingBenchmark.readAll", "db=H2, impl=leanJooq", 187, 5, 240),
                result("StreamingBenchmark.readAll", "db=H2, impl=jooqFetchStream", 123, 15, 160));

        Claim.Check check = claim.check(old);

        assertThat(check.baseline().params()).containsEntry("impl", "jooqFetchStream");
        assertThat(check.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(check.measuredText()).endsWith(" (vs jooqFetchStream)");

        List<JmhResult> both = List.of(
                old.get(0), old.get(1), result("StreamingBenchmark.readAll", "db=H2, impl=jooqStreaming", 190, 5, 240));
        assertThat(claim.check(both).baseline().params()).containsEntry("impl", "jooqStreaming");
        assertThat(claim.check(both).measuredText()).doesNotContain("(vs");
    }

    @Test
    void aRoundTripClaimTakesTheMeasuredValueNearestTheWantedOneAndSaysSo() {
        Claim claim = Claim.of(
                        "COPY",
                        "InsertManyBenchmark.insert",
                        "path=COPY, schema=PRIMARY_KEY_ONLY",
                        "path=JDBC_BATCH",
                        Claim.Bar.speedupAtLeast(4))
                .atRoundTrip(0.5);
        List<JmhResult> results = List.of(
                result(
                        "InsertManyBenchmark.insert",
                        "addedRttMs=0, path=JDBC_BATCH, schema=PRIMARY_KEY_ONLY",
                        1000,
                        10,
                        1e8),
                result("InsertManyBenchmark.insert", "addedRttMs=0, path=COPY, schema=PRIMARY_KEY_ONLY", 250, 5, 1e7),
                result(
                        "InsertManyBenchmark.insert",
                        "addedRttMs=0.25, path=JDBC_BATCH, schema=PRIMARY_KEY_ONLY",
                        1500,
                        10,
                        1e8),
                result(
                        "InsertManyBenchmark.insert",
                        "addedRttMs=0.25, path=COPY, schema=PRIMARY_KEY_ONLY",
                        300,
                        5,
                        1e7),
                result(
                        "InsertManyBenchmark.insert",
                        "addedRttMs=1, path=JDBC_BATCH, schema=PRIMARY_KEY_ONLY",
                        4000,
                        10,
                        1e8),
                result("InsertManyBenchmark.insert", "addedRttMs=1, path=COPY, schema=PRIMARY_KEY_ONLY", 400, 5, 1e7));

        Claim.Check check = claim.check(results);

        assertThat(check.measured().params()).containsEntry("addedRttMs", "0.25");
        assertThat(check.value()).isCloseTo(5.0, within(1e-9));
        assertThat(check.claimText()).isEqualTo("COPY — at 0.25 ms added round trip (nearest measured to 0.5 ms)");
        assertThat(claim.check(results.subList(0, 2)).claimText())
                .isEqualTo("COPY — at 0 ms added round trip (nearest measured to 0.5 ms)");
        assertThat(claim.atRoundTrip(1).check(results).claimText()).isEqualTo("COPY — at 1 ms added round trip");

        List<JmhResult> beforeTheProxy = List.of(
                result("InsertManyBenchmark.insert", "path=JDBC_BATCH, schema=PRIMARY_KEY_ONLY", 1000, 10, 1e8),
                result("InsertManyBenchmark.insert", "path=COPY, schema=PRIMARY_KEY_ONLY", 200, 5, 1e7));
        Claim.Check loopback = claim.check(beforeTheProxy);
        assertThat(loopback.verdict()).isEqualTo(Verdict.MET);
        assertThat(loopback.claimText()).isEqualTo("COPY — on loopback (no round trip added in this run)");
    }

    @Test
    void withoutAnErrorEstimateTheVerdictRestsOnTheValueAndNoErrorIsShown() {
        List<JmhResult> results = List.of(
                result("WrapperOverheadBenchmark.primaryKeyLookup", "backend=h2, wrapper=raw", 1.0, Double.NaN, 2000),
                result(
                        "WrapperOverheadBenchmark.primaryKeyLookup",
                        "backend=h2, wrapper=leanjdbc",
                        1.2,
                        Double.NaN,
                        2600));

        Claim.Check check = HOT_PATH.check(results);

        assertThat(check.verdict()).isEqualTo(Verdict.MET);
        assertThat(check.error()).isNaN();
        assertThat(check.measuredText()).isEqualTo("1.20×");
    }

    @Test
    void bytesClaimsAreNotMeasuredWithoutTheGcProfiler() {
        Claim bytes = Claim.of(
                "bytes",
                "WrapperOverheadBenchmark.primaryKeyLookup",
                "backend=h2, wrapper=leanjdbc",
                "wrapper=raw",
                Claim.Bar.bytesDeltaAtMost(650));
        List<JmhResult> results = List.of(
                result("WrapperOverheadBenchmark.primaryKeyLookup", "backend=h2, wrapper=raw", 1.0, 0.1, Double.NaN),
                result(
                        "WrapperOverheadBenchmark.primaryKeyLookup",
                        "backend=h2, wrapper=leanjdbc",
                        1.2,
                        0.1,
                        Double.NaN));

        assertThat(bytes.check(results).verdict()).isEqualTo(Verdict.NOT_MEASURED);
    }

    @Test
    void refusesAMalformedSelector() {
        assertThatThrownBy(() -> Claim.selector("backend=h2, wrapper"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "selector 'backend=h2, wrapper': 'wrapper' is not name=value; write e.g. 'db=H2, impl=raw'");
    }
}
