package dev.leanjdbc.benchmarks.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The fixture: JMH JSON as {@code -rf json} writes it, with round numbers so expected ratios are exact. */
final class Fixtures {

    private Fixtures() {}

    /**
     * Four {@code WrapperOverheadBenchmark.primaryKeyLookup} results (backend stub/h2 × wrapper
     * raw/datasource-proxy, with {@code -prof gc} metrics), then two {@code StreamBenchmark.readAll} results
     * without a {@code raw} value, without GC metrics and with NaN errors (one iteration).
     */
    static List<JmhResult> results() {
        try (InputStream in = Fixtures.class.getResourceAsStream("jmh-results.json")) {
            return JmhResults.read(in, "jmh-results.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Machine machine() {
        return new Machine(
                "Test CPU 3000", 2, "4.0 GiB", "Linux 6.1 (amd64)", Map.of("H2 (in-process database)", "2.3.232"));
    }
}
