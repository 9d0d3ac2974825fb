package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.ForkedJvm;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Tracked jOOQ records kept after their scopes do not keep the scopes: 2,000 scopes of 200 statements each,
 * one whole {@code orders} record of each kept in a list, retain less than {@value #BOUND_BYTES} bytes in a
 * JVM of 64 MB (the records themselves). Keeping each scope's report as well — what records pinning their
 * scopes would amount to — does not fit (negative control). The child is a fresh JVM, so its first query
 * also proves that the very first records of a table are tracked.
 *
 * <p>Runs on in-memory H2 in the child: the claim concerns the analyzer, not the database.
 */
class TrackedRecordsMemoryTest {

    static final long BOUND_BYTES = 8L * 1024 * 1024;

    @Test
    void recordsKeptAfterTheirScopesDoNotKeepTheScopes() {
        ForkedJvm.Result r = run("records");
        System.out.println("[records] " + r.output().strip() + " elapsed=" + r.elapsed());
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output())
                .contains("scopes=2000 kept=2000 tracked=2000 reports=0")
                .contains("firstFinding=PROJECTION_CANDIDATE[status, total_amount]");
        assertThat(retained(r)).as(r.output()).isLessThan(BOUND_BYTES);
    }

    @Test
    void keepingTheScopesReportsAsWellDoesNotFit() {
        ForkedJvm.Result r = run("reports");
        System.out.println("[reports] exit=" + r.exitCode() + " outOfMemory=" + r.outOfMemory() + " "
                + r.output().strip());
        boolean exceeded = r.outOfMemory() || r.exitCode() != 0 || retained(r) >= BOUND_BYTES;
        assertThat(exceeded).as(r.output()).isTrue();
    }

    private static ForkedJvm.Result run(String mode) {
        return ForkedJvm.main(KeepRecordsAfterScopes.class)
                .maxHeap("64m")
                .arg("2000")
                .arg(mode)
                .timeout(Duration.ofMinutes(5))
                .run();
    }

    private static long retained(ForkedJvm.Result r) {
        Matcher m = Pattern.compile("retainedBytes=(-?\\d+)").matcher(r.output());
        return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }
}
