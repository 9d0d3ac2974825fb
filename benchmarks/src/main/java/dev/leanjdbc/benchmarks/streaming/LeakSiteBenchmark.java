package dev.leanjdbc.benchmarks.streaming;

import dev.leanjdbc.internal.stream.LeakDetection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What leak detection costs per opened stream: capturing where it was opened, in each mode of {@code
 * -Dleanjdbc.leakDetection}. Measured from a call stack {@code depth} frames deep, since a full stack trace
 * costs in proportion to the depth (application servers run 100+ frames deep).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Threads(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LeakSiteBenchmark {

    @Param({"OFF", "CALLER", "FULL"})
    public LeakDetection.Mode mode;

    @Param({"10", "100"})
    public int depth;

    @Benchmark
    public Object captureSite() {
        return deeper(depth);
    }

    private Object deeper(int remaining) {
        return remaining <= 0 ? LeakDetection.captureSite(mode) : deeper(remaining - 1);
    }
}
