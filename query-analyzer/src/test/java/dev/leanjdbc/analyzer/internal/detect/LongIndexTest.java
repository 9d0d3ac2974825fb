package dev.leanjdbc.analyzer.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The primitive long-to-int table the detectors use instead of boxed hash maps. */
class LongIndexTest {

    @Test
    void putIfAbsentTellsTheValueOrThatTheKeyWasNew() {
        LongIndex index = new LongIndex(2);
        assertThat(index.putIfAbsent(42, 7)).isEqualTo(-(7 + 2));
        assertThat(index.putIfAbsent(42, 8)).isEqualTo(7);
        assertThat(index.get(42)).isEqualTo(7);
        assertThat(index.get(43)).isEqualTo(-1);
        assertThat(index.add(0)).isTrue();
        assertThat(index.add(0)).isFalse();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void growsPastItsExpectedSizeAndKeepsEveryEntry() {
        LongIndex index = new LongIndex(4);
        for (int i = 0; i < 100_000; i++) {
            index.putIfAbsent(i * 1024L, i); // sequential, with low bits alike: the slots must still spread
        }
        assertThat(index.size()).isEqualTo(100_000);
        for (int i = 0; i < 100_000; i++) {
            assertThat(index.get(i * 1024L)).isEqualTo(i);
        }
    }

    @Test
    void clearRemovesEveryEntryAndTheTableIsReusedAfterGrowing() {
        LongIndex index = new LongIndex(4);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 1_000; i++) {
                assertThat(index.putIfAbsent(i, round * 10_000 + i)).isNegative(); // new again after clear
            }
            assertThat(index.size()).isEqualTo(1_000);
            assertThat(index.get(999)).isEqualTo(round * 10_000 + 999);
            index.clear();
            assertThat(index.size()).isZero();
            assertThat(index.get(999)).isEqualTo(-1);
            assertThat(index.get(0)).isEqualTo(-1);
        }
    }
}
