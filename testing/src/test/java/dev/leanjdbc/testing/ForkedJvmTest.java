package dev.leanjdbc.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForkedJvmTest {

    /** Prints its heap limit, its arguments and a system property. */
    public static final class Echo {
        public static void main(String[] args) {
            System.out.println("max=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.println("args=" + String.join(",", args));
            System.out.println("prop=" + System.getProperty("leanjdbc.url"));
        }
    }

    /** Keeps everything it allocates: must die in a small heap. */
    public static final class Hoarder {
        public static void main(String[] args) {
            List<byte[]> kept = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                kept.add(new byte[1024 * 1024]);
            }
            System.out.println("survived " + kept.size());
        }
    }

    /** Never ends by itself. */
    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            new java.util.concurrent.CountDownLatch(1).await();
        }
    }

    @Test
    void runsAMainWithTheChosenHeapAndArguments() {
        ForkedJvm.Result r = ForkedJvm.main(Echo.class)
                .maxHeap("48m")
                .arg("a")
                .arg("b")
                .systemProperty("leanjdbc.url", "jdbc:h2:mem:x")
                .run();

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("args=a,b").contains("prop=jdbc:h2:mem:x");
        int maxMb = Integer.parseInt(r.output().replaceAll("(?s).*max=(\\d+).*", "$1"));
        assertThat(maxMb).isBetween(30, 48);
        assertThat(r.outOfMemory()).isFalse();
    }

    @Test
    void reportsOutOfMemoryInASmallHeap() {
        ForkedJvm.Result r = ForkedJvm.main(Hoarder.class).maxHeap("32m").run();

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.outOfMemory()).as(r.output()).isTrue();
        assertThat(r.output()).doesNotContain("survived");
    }

    @Test
    void killsAChildThatOutlivesItsTimeout() {
        ForkedJvm.Result r =
                ForkedJvm.main(Sleeper.class).timeout(Duration.ofSeconds(2)).run();

        assertThat(r.timedOut()).isTrue();
        assertThat(r.exitCode()).isEqualTo(-1);
        assertThat(r.output()).contains("killed after timeout");
    }

    @Test
    void rejectsBadSettingsWithTheValue() {
        assertThatThrownBy(() -> ForkedJvm.main(Echo.class).maxHeap("lots"))
                .hasMessage("maxHeap must look like 64m, was lots");
        assertThatThrownBy(() -> ForkedJvm.main(Echo.class).timeout(Duration.ZERO))
                .hasMessage("timeout must be > 0, was PT0S");
    }
}
