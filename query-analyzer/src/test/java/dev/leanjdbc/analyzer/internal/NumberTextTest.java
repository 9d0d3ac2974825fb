package dev.leanjdbc.analyzer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void millisReadsLikeTheFormatItReplaces() {
        assertThat(NumberText.millis(0)).isEqualTo("0.0 ms");
        assertThat(NumberText.millis(49_999)).isEqualTo("0.0 ms");
        assertThat(NumberText.millis(50_000)).isEqualTo("0.1 ms");
        assertThat(NumberText.millis(12_449_999)).isEqualTo("12.4 ms");
        assertThat(NumberText.millis(12_450_000)).isEqualTo("12.5 ms");
        assertThat(NumberText.millis(-1_250_000)).isEqualTo("-1.3 ms");
    }

    @Test
    void millisAgreesWithStringFormatOnRandomDurations() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 10_000; i++) {
            long nanos = random.nextLong(0, 100_000_000_000L);
            assertThat(NumberText.millis(nanos))
                    .as("%d ns", nanos)
                    .isEqualTo(String.format(Locale.ROOT, "%.1f ms", nanos / 1_000_000.0));
        }
    }

    @Test
    void countGroupsDigitsByThree() {
        long[] values = {0, 7, 999, 1_000, 12_345, 999_999, 1_000_000, -1_234, -999, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long n : values) {
            assertThat(NumberText.count(n)).as("%d", n).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
    }
}
