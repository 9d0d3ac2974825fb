package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.ForkedJvm;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The soak bound: 10,000,000 primary-key lookups across 10,000 request-like scopes (budgets on, meters
 * bound) on 8 threads, in a 64 MB JVM, leave the heap in use after GC within {@value #BOUND_BYTES} bytes of
 * where it was after warm-up (the first tenth), at every later checkpoint. The negative control keeps every
 * event in an application listener and exceeds the bound (or runs out of memory).
 *
 * <p>In-memory H2 in the child JVM: the bound concerns the analyzer, and ten million PostgreSQL round trips
 * would take many minutes on the test machine.
 */
class SoakTest {

    static final long BOUND_BYTES = 1024 * 1024;

    @Test
    void tenMillionStatementsAcrossTenThousandScopesStayFlat() {
        ForkedJvm.Result r = ForkedJvm.main(SoakScopes.class)
                .maxHeap("64m")
                .arg("10000000")
                .arg("10000")
                .arg("8")
                .arg("bounded")
                .timeout(Duration.ofMinutes(6))
                .run();
        System.out.println("[soak] " + r.output().strip() + " elapsed=" + r.elapsed());
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output())
                .contains("statements=10000000 scopes=10000 threads=8 globalStatements=10000000 inFlight=0");
        assertThat(growth(r)).as(r.output()).isLessThan(BOUND_BYTES);
    }

    @Test
    void aListenerThatKeepsEveryEventExceedsTheBound() {
        ForkedJvm.Result r = ForkedJvm.main(SoakScopes.class)
                .maxHeap("64m")
                .arg("10000000")
                .arg("10000")
                .arg("8")
                .arg("leaky")
                .timeout(Duration.ofMinutes(6))
                .run();
        System.out.println(
                "[leaky] exit=" + r.exitCode() + " outOfMemory=" + r.outOfMemory() + " elapsed=" + r.elapsed());
        boolean exceeded = r.outOfMemory() || r.exitCode() != 0 || growth(r) >= BOUND_BYTES;
        assertThat(exceeded).as(r.output()).isTrue();
    }

    private static long growth(ForkedJvm.Result r) {
        Matcher m = Pattern.compile("growthAfterWarmupBytes=(-?\\d+)").matcher(r.output());
        return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }
}
