package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.ForkedJvm;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The documented bound: 5,000,000 statements of 5,000 shapes through one scope and the global view, with
 * the default caps, leave the analyzer retaining less than {@value #BOUND_BYTES} bytes of heap, in a JVM of
 * 48 MB. Without the event caps the same run cannot even finish in that heap (negative control).
 *
 * <p>Runs on in-memory H2 in the child JVM: the bound concerns the analyzer, not the database, and five
 * million round trips to PostgreSQL would take minutes.
 */
class MemoryBoundTest {

    static final long BOUND_BYTES = 8L * 1024 * 1024;

    @Test
    void fiveMillionStatementsStayUnderTheBound() {
        ForkedJvm.Result r = ForkedJvm.main(RecordManyStatements.class)
                .maxHeap("48m")
                .arg("5000000")
                .arg("default")
                .timeout(Duration.ofMinutes(8))
                .run();
        System.out.println("[capped] " + r.output().strip() + " elapsed=" + r.elapsed());
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("scopeStatements=5000000 scopeEvents=10000 scopeDroppedEvents=4990000");
        assertThat(r.output()).contains("scopeFingerprints=1000 scopeDroppedFingerprintExecutions=4000000");
        assertThat(r.output()).contains("globalStatements=5000000 globalEvents=1000");
        assertThat(retained(r)).as(r.output()).isLessThan(BOUND_BYTES);
    }

    @Test
    void withoutTheEventCapsTheSameRunDoesNotFit() {
        ForkedJvm.Result r = ForkedJvm.main(RecordManyStatements.class)
                .maxHeap("48m")
                .arg("5000000")
                .arg("uncapped")
                .timeout(Duration.ofMinutes(8))
                .run();
        System.out.println(
                "[uncapped] exit=" + r.exitCode() + " outOfMemory=" + r.outOfMemory() + " elapsed=" + r.elapsed());
        boolean exceeded = r.outOfMemory() || r.exitCode() != 0 || retained(r) >= BOUND_BYTES;
        assertThat(exceeded).as(r.output()).isTrue();
    }

    private static long retained(ForkedJvm.Result r) {
        Matcher m = Pattern.compile("retainedBytes=(-?\\d+)").matcher(r.output());
        return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }
}
