package dev.leanjdbc.benchmarks.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One benchmark result from JMH's JSON output: the benchmark, its parameters, the primary score and, when the
 * run used {@code -prof gc}, the bytes allocated per operation ({@code gc.alloc.rate.norm}).
 *
 * @param benchmark fully qualified method, e.g. {@code dev.leanjdbc.benchmarks.analyzer.FooBenchmark.bar}
 * @param params parameter values in the order JMH wrote them (by name)
 * @param scoreError half-width of the 99.9% confidence interval; NaN when JMH could not compute one (a single
 *     iteration)
 * @param allocatedBytesPerOp {@code gc.alloc.rate.norm}, or NaN when the run had no GC profiler
 */
public record JmhResult(
        String benchmark,
        String mode,
        Map<String, String> params,
        double score,
        double scoreError,
        String unit,
        double allocatedBytesPerOp,
        double allocatedBytesPerOpError,
        RunSettings settings) {

    public JmhResult {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Fully qualified class name: the benchmark minus its method. */
    public String className() {
        int dot = benchmark.lastIndexOf('.');
        return dot < 0 ? "" : benchmark.substring(0, dot);
    }

    public String simpleClassName() {
        String cls = className();
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    public boolean hasAllocation() {
        return !Double.isNaN(allocatedBytesPerOp);
    }

    /** How JMH ran the benchmark and on which JVM. */
    public record RunSettings(
            String jmhVersion,
            String jdkVersion,
            String vmName,
            String vmVersion,
            int forks,
            int threads,
            int warmupIterations,
            String warmupTime,
            int measurementIterations,
            String measurementTime) {}
}
