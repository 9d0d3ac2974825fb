package dev.leanjdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ForkedJvm;
import dev.leanjdbc.testing.PayloadRows;
import dev.leanjdbc.testing.TestDatabase;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 2,000,000 rows of ~120 bytes through a 64 MB heap: leanjdbc finishes, the naive path does not. */
class StreamingMemoryTest {

    private static final long MAX_GROWTH = 16L * 1024 * 1024;
    private static final Pattern SAMPLE = Pattern.compile("sample (\\d+) (\\d+)");

    @DbTest
    void streamsTwoMillionRowsInSixtyFourMegabytes(TestDatabase db) {
        PayloadRows.createTable(db, "stream_rows", StreamingMemoryMain.ROWS); // on H2 the child makes a view

        ForkedJvm.Result lean = child(db, "lean");
        assertThat(lean.exitCode()).as(lean.output()).isZero();
        assertThat(lean.output()).contains("done " + StreamingMemoryMain.ROWS + " rows");
        Map<Long, Long> heap = samples(lean.output());
        assertThat(heap).containsKeys(StreamingMemoryMain.FIRST_SAMPLE, StreamingMemoryMain.ROWS);
        long growth = heap.get(StreamingMemoryMain.ROWS) - heap.get(StreamingMemoryMain.FIRST_SAMPLE);
        assertThat(growth)
                .as(
                        "heap after GC at %d rows minus at %d rows: %s",
                        StreamingMemoryMain.ROWS, StreamingMemoryMain.FIRST_SAMPLE, heap)
                .isLessThan(MAX_GROWTH);
        System.out.printf(
                "[%s] leanjdbc: %s, heap after GC %s, %d ms%n",
                db, "finished", heap, lean.elapsed().toMillis());

        ForkedJvm.Result naive = child(db, "naive");
        System.out.printf(
                "[%s] naive: exit %d, %d ms%n",
                db, naive.exitCode(), naive.elapsed().toMillis());
        assertThat(naive.exitCode()).as(naive.output()).isNotZero();
        assertThat(naive.outOfMemory()).as(naive.output()).isTrue();
    }

    private static ForkedJvm.Result child(TestDatabase db, String mode) {
        return ForkedJvm.main(StreamingMemoryMain.class)
                .maxHeap("64m")
                .database(db)
                .arg(mode)
                .timeout(Duration.ofMinutes(2))
                .run();
    }

    private static Map<Long, Long> samples(String output) {
        Map<Long, Long> samples = new HashMap<>();
        Matcher m = SAMPLE.matcher(output);
        while (m.find()) {
            samples.put(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
        }
        return samples;
    }
}
