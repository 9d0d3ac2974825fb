package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.internal.ApiAccess;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A finding's explanation is rendered when it is first read, once, and never throws at the reader. */
class FindingTest {

    private static Finding finding(Supplier<String> explanation) {
        return ApiAccess.finding(FindingType.N_PLUS_ONE, Severity.WARNING)
                .fingerprint(1, "select * from pet where owner_id = ?")
                .executions(12)
                .explanation(explanation)
                .suggestedFix("join them")
                .build();
    }

    @Test
    void theExplanationIsRenderedOnFirstReadOnly() {
        AtomicInteger renders = new AtomicInteger();
        Finding f = finding(() -> "rendered " + renders.incrementAndGet());
        Finding suppressed = f.suppress("known");

        assertThat(renders).hasValue(0); // built, copied: nothing rendered yet
        assertThat(f.explanation()).isEqualTo("rendered 1");
        assertThat(f.explanation()).isEqualTo("rendered 1");
        assertThat(renders).hasValue(1);
        assertThat(suppressed.explanation()).isEqualTo("rendered 2"); // the copy renders its own, once
        assertThat(suppressed.explanation()).isEqualTo("rendered 2");
    }

    @Test
    void anExplanationThatCannotBeRenderedSaysSoInsteadOfThrowing() {
        Finding f = finding(() -> {
            throw new IllegalStateException("boom");
        });

        assertThat(f.explanation())
                .startsWith("N_PLUS_ONE: 12 executions of select * from pet where owner_id = ?")
                .contains("could not be rendered", "boom");
    }
}
