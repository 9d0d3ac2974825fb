package dev.leanjdbc.benchmarks.streaming;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.leanjdbc.benchmarks.bulk.BenchDatabases;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.ForkedJvm;
import dev.leanjdbc.testing.PayloadRows;
import dev.leanjdbc.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peak-heap half of the streaming comparison, which JMH cannot measure: each way of reading a large
 * result runs in its own JVM with a small heap ({@code -Xmx64m} by default) over the same rows, and reports
 * whether it finished, ran out of memory, and the heap it held after GC early and at the end. jOOQ's {@code
 * fetchStream()} and {@code fetch()} with default settings are the controls that must run out of memory on
 * PostgreSQL and H2 at the default 2,000,000 rows of ~120 bytes; {@code raw} (a hand-written JDBC loop) and
 * {@code jooqStreaming} (jOOQ's {@code fetchSize(1000).fetchStream()} on a connection prepared by hand) are
 * what leanjdbc's speed is compared with, in rows per second of reading time.
 *
 * <p>Run by {@code benchmarks/run}, which renders the JSON it writes into {@code docs/benchmarks.md}:
 * {@code java -cp benchmarks.jar dev.leanjdbc.benchmarks.streaming.HeapRun --rows 2000000 --out heap.json}.
 */
public final class HeapRun {

    static final String LEANJDBC = "leanjdbc";
    static final String RAW = "raw";
    static final String JOOQ_STREAMING = "jooqStreaming";
    static final String JOOQ_FETCH_STREAM = "jooqFetchStream";
    static final String JOOQ_FETCH = "jooqFetch";
    static final List<String> WAYS = List.of(RAW, LEANJDBC, JOOQ_STREAMING, JOOQ_FETCH_STREAM, JOOQ_FETCH);

    private static final Pattern SAMPLE = Pattern.compile("sample (\\d+) (\\d+)");
    private static final Pattern READ_NANOS = Pattern.compile("read-nanos (\\d+)");

    /**
     * One way on one database.
     *
     * @param heapAfterGcEarly heap used after GC once a tenth of the rows was read; -1 when never reached
     * @param heapAfterGcEnd heap used after GC after the last row; -1 when never reached
     * @param elapsedMillis the child JVM's whole run, start-up included
     * @param readNanos the child's time from running the query to the last row, its heap samples left out;
     *     0 when unknown (results written before it was measured)
     */
    public record Measurement(
            String db,
            String way,
            long rows,
            String maxHeap,
            boolean finished,
            boolean outOfMemory,
            int exitCode,
            long heapAfterGcEarly,
            long heapAfterGcEnd,
            long elapsedMillis,
            long readNanos) {

        /** Rows read per second of reading time, or -1 when the way did not finish or the time is unknown. */
        public double rowsPerSecond() {
            return finished && readNanos > 0 ? rows * 1e9 / readNanos : -1;
        }
    }

    private HeapRun() {}

    public static void main(String[] args) {
        long rows = 2_000_000;
        String maxHeap = "64m";
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[i + 1]);
                case "--heap" -> maxHeap = args[i + 1];
                case "--out" -> out = Path.of(args[i + 1]);
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i] + "; use --rows N, --heap 64m, --out file.json");
            }
        }
        if (out == null || rows < 10) {
            throw new IllegalArgumentException("--out is required and --rows must be >= 10, was " + rows);
        }
        List<Measurement> all = new ArrayList<>();
        for (Db db : List.of(Db.H2, Db.POSTGRES)) {
            all.addAll(measure(db, rows, maxHeap));
        }
        write(all, out);
        all.forEach(System.out::println);
    }

    static List<Measurement> measure(Db db, long rows, String maxHeap) {
        List<Measurement> measurements = new ArrayList<>();
        try (TestDatabase database = BenchDatabases.open(db, "bench_heap")) {
            PayloadRows.createTable(database, "heap_rows", rows); // on H2 the child makes a view
            for (String way : WAYS) {
                ForkedJvm.Result r = ForkedJvm.main(HeapRunChild.class)
                        .maxHeap(maxHeap)
                        .database(database)
                        .arg(way)
                        .arg(Long.toString(rows))
                        .timeout(Duration.ofMinutes(5))
                        .run();
                long early = -1;
                long end = -1;
                Matcher m = SAMPLE.matcher(r.output());
                while (m.find()) {
                    long at = Long.parseLong(m.group(1));
                    long bytes = Long.parseLong(m.group(2));
                    if (at == rows) {
                        end = bytes;
                    } else {
                        early = bytes;
                    }
                }
                boolean finished = r.exitCode() == 0 && r.output().contains("done " + rows);
                Matcher read = READ_NANOS.matcher(r.output());
                long readNanos = finished && read.find() ? Long.parseLong(read.group(1)) : 0;
                if (!finished && !r.outOfMemory()) {
                    throw new IllegalStateException(
                            way + " on " + db + " neither finished nor ran out of memory:\n" + r.output());
                }
                measurements.add(new Measurement(
                        db.name(),
                        way,
                        rows,
                        maxHeap,
                        finished,
                        r.outOfMemory(),
                        r.exitCode(),
                        early,
                        end,
                        r.elapsed().toMillis(),
                        readNanos));
            }
        }
        return measurements;
    }

    static void write(List<Measurement> measurements, Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), measurements);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    /** Reads what {@link #write} wrote. */
    public static List<Measurement> read(Path file) {
        try {
            return List.of(new ObjectMapper().readValue(file.toFile(), Measurement[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the heap measurements " + file, e);
        }
    }
}
