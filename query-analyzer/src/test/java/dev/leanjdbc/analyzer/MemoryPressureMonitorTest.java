package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.ForkedJvm;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The monitor stops the request that holds memory, under G1 and under the Parallel collector, in forked
 * 64 MB JVMs ({@link MemoryVictims}): not an export that runs while dead rows of an earlier request still
 * fill the old generation, not an export that reads faster than the hoarder beside it, and a second hoarder
 * within the report interval all the same.
 */
class MemoryPressureMonitorTest {

    private static ForkedJvm.Result run(String collector, String scenario, long intervalMillis) {
        ForkedJvm.Result r = ForkedJvm.main(MemoryVictims.class)
                .maxHeap("64m")
                .jvmArg(collector)
                .arg(scenario)
                .arg(Long.toString(intervalMillis))
                .timeout(Duration.ofMinutes(2))
                .run();
        System.out.println(r.output());
        return r;
    }

    @ParameterizedTest
    @ValueSource(strings = {"-XX:+UseG1GC", "-XX:+UseParallelGC"})
    void garbageLeftByAStoppedRequestIsNotBlamedOnTheNext(String collector) {
        ForkedJvm.Result r = run(collector, "stale", 500);
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("HOARDER stopped ", "EXPORT completed 600000", "DONE");
        assertThat(r.output()).doesNotContain("STOP export");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-XX:+UseG1GC", "-XX:+UseParallelGC"})
    void aSecondHoarderWithinTheReportIntervalIsStoppedToo(String collector) {
        ForkedJvm.Result r = run(collector, "interval", 10_000);
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("STOP hoarder 1", "STOP hoarder 2", "DONE");
        assertThat(r.output().split("HOARDER stopped ", -1)).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-XX:+UseG1GC", "-XX:+UseParallelGC"})
    void theHoarderIsStoppedNotTheFasterExport(String collector) {
        ForkedJvm.Result r = run(collector, "concurrent", 500);
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("HOARDER stopped ", "EXPORT completed 3000000", "DONE");
        assertThat(r.output()).doesNotContain("STOP export");
    }
}
