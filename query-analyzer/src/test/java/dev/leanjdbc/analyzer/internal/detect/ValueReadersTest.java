package dev.leanjdbc.analyzer.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The flat arrays of (shape, where) reader slots per value that the parent finder remembers. */
class ValueReadersTest {

    @Test
    void aValueStartsWithOneEmptySlotAndIsWidenedToAllOfThem() {
        ValueReaders r = new ValueReaders(10, 4);
        assertThat(r.find(77)).isEqualTo(-1);
        int v = r.findOrAdd(77);
        assertThat(r.findOrAdd(77)).isEqualTo(v);
        assertThat(r.find(77)).isEqualTo(v);
        assertThat(r.slots(v)).isEqualTo(1);
        assertThat(r.where(v, 0)).isZero(); // empty

        r.set(v, 0, 3, 101);
        assertThat(r.widen(v)).isEqualTo(1); // the first of the new, empty slots
        assertThat(r.slots(v)).isEqualTo(4);
        assertThat(r.shape(v, 0)).isEqualTo(3);
        assertThat(r.where(v, 0)).isEqualTo(101);
        for (int slot = 1; slot < 4; slot++) {
            assertThat(r.where(v, slot)).isZero();
        }
        r.set(v, 3, 5, 202);
        assertThat(r.shape(v, 3)).isEqualTo(5);
        assertThat(r.where(v, 3)).isEqualTo(202);
    }

    @Test
    void manyValuesKeepTheirOwnSlotsWhileTheArraysGrow() {
        ValueReaders r = new ValueReaders(4, 4);
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            int v = r.findOrAdd(i * 31L + 1);
            r.set(v, 0, i, i + 1L);
            if (i % 3 == 0) {
                r.widen(v);
                r.set(v, 2, -i, i + 2L);
            }
        }
        for (int i = 0; i < n; i++) {
            int v = r.find(i * 31L + 1);
            assertThat(r.shape(v, 0)).isEqualTo(i);
            assertThat(r.where(v, 0)).isEqualTo(i + 1L);
            assertThat(r.slots(v)).isEqualTo(i % 3 == 0 ? 4 : 1);
            if (i % 3 == 0) {
                assertThat(r.shape(v, 2)).isEqualTo(-i);
                assertThat(r.where(v, 1)).isZero();
            }
        }
    }
}
