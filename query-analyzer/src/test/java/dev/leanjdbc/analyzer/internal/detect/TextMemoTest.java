package dev.leanjdbc.analyzer.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TextMemoTest {

    @Test
    void aValueIsComputedOncePerKeyNullIncluded() {
        TextMemo<String, String> memo = new TextMemo<>(8);
        AtomicInteger computed = new AtomicInteger();

        for (int i = 0; i < 3; i++) {
            assertThat(memo.get("a", k -> {
                        computed.incrementAndGet();
                        return k.toUpperCase();
                    }))
                    .isEqualTo("A");
            assertThat(memo.get("none", k -> {
                        computed.incrementAndGet();
                        return null;
                    }))
                    .isNull();
        }
        assertThat(computed).hasValue(2);
    }

    @Test
    void onceFullValuesAreComputedAndNotKept() {
        TextMemo<Integer, String> memo = new TextMemo<>(4);
        AtomicInteger computed = new AtomicInteger();
        for (int round = 0; round < 2; round++) {
            for (int key = 0; key < 100; key++) {
                assertThat(memo.get(key, k -> {
                            computed.incrementAndGet();
                            return "v" + k;
                        }))
                        .isEqualTo("v" + key);
            }
        }
        // 4 kept from the first round, the other 96 computed again in the second
        assertThat(computed).hasValue(100 + 96);
    }
}
