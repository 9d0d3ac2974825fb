package dev.leanjdbc.analyzer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongMapTest {

    @Test
    void keysIncludingZeroAndNegativeOnesAreFoundAfterTheTableGrew() {
        LongMap<String> m = new LongMap<>(1_000, 4);
        for (long k = -50; k < 50; k++) {
            assertThat(m.putNew(k, "v" + k)).isTrue();
        }
        assertThat(m.size()).isEqualTo(100);
        for (long k = -50; k < 50; k++) {
            assertThat(m.get(k)).isEqualTo("v" + k);
        }
        assertThat(m.get(50)).isNull();
        assertThat(m.get(Long.MIN_VALUE)).isNull();
    }

    @Test
    void theCapIsHardAndClearEmptiesEverySlot() {
        LongMap<Integer> m = new LongMap<>(3, 4);
        assertThat(m.putNew(1, 1)).isTrue();
        assertThat(m.putNew(2, 2)).isTrue();
        assertThat(m.putNew(3, 3)).isTrue();
        assertThat(m.putNew(4, 4)).isFalse();
        assertThat(m.get(4)).isNull();
        m.clear();
        assertThat(m.size()).isZero();
        assertThat(m.get(1)).isNull();
        List<Integer> left = new ArrayList<>();
        for (int slot = 0; slot < m.slots(); slot++) {
            if (m.valueAt(slot) != null) {
                left.add(m.valueAt(slot));
            }
        }
        assertThat(left).isEmpty();
        assertThat(m.putNew(4, 4)).isTrue();
        assertThat(m.values()).containsExactly(4);
    }

    @Test
    void aNullValueIsRefusedSinceAnEmptySlotIsOneWithoutAValue() {
        LongMap<String> m = new LongMap<>(10, 4);
        assertThatThrownBy(() -> m.putNew(1, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("key 1");
        assertThat(m.size()).isZero();
    }
}
