package dev.leanjdbc.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One claim the project makes about its performance, as data: which benchmark row is measured, against which
 * baseline row, and the bar it must clear. {@link #check} evaluates it on a run's results.
 *
 * @param text what is claimed, as the summary shows it
 * @param benchmark simple class name and method, e.g. {@code WrapperOverheadBenchmark.primaryKeyLookup}
 * @param measured parameters selecting the measured row (others may take any value)
 * @param baselines parameters that differ in the baseline row, tried in order (the first present is used);
 *     every other parameter equals the measured row's
 * @param roundTripMs the added round trip to evaluate at (the nearest measured value of {@value #ROUND_TRIP_PARAM}),
 *     or null
 */
record Claim(
        String text,
        String benchmark,
        Map<String, String> measured,
        List<Map<String, String>> baselines,
        Bar bar,
        Double roundTripMs) {

    /** The {@code @Param} of the bulk benchmarks that routes PostgreSQL through a latency-adding proxy. */
    static final String ROUND_TRIP_PARAM = "addedRttMs";

    enum Verdict {
        MET("**met**"),
        NOT_MET("**not met**"),
        WITHIN_ERROR("within error"),
        NOT_MEASURED("not measured in this run");

        final String text;

        Verdict(String text) {
            this.text = text;
        }
    }

    /** What is compared. */
    enum Kind {
        /** measured time / baseline time ≤ limit */
        TIME_RATIO_AT_MOST,
        /** baseline time / measured time ≥ limit: how many times faster (or, below 1, the share of throughput) */
        SPEEDUP_AT_LEAST,
        /** measured time − baseline time ≤ limit µs */
        TIME_DELTA_AT_MOST,
        /** measured bytes/op − baseline bytes/op ≤ limit */
        BYTES_DELTA_AT_MOST,
        /** measured bytes/op / baseline bytes/op ≤ limit */
        BYTES_RATIO_AT_MOST,
        /** (measured time / its unitParam) / (baseline time / its unitParam) ≤ limit */
        PER_UNIT_TIME_RATIO_AT_MOST,
        /** the same for bytes/op */
        PER_UNIT_BYTES_RATIO_AT_MOST
    }

    /** The bar: a kind of comparison and its limit; {@code unitParam} only for the per-unit kinds. */
    record Bar(Kind kind, double limit, String unitParam) {

        static Bar timeRatioAtMost(double limit) {
            return new Bar(Kind.TIME_RATIO_AT_MOST, limit, null);
        }

        static Bar speedupAtLeast(double limit) {
            return new Bar(Kind.SPEEDUP_AT_LEAST, limit, null);
        }

        static Bar timeDeltaAtMost(double micros) {
            return new Bar(Kind.TIME_DELTA_AT_MOST, micros, null);
        }

        static Bar bytesDeltaAtMost(double bytes) {
            return new Bar(Kind.BYTES_DELTA_AT_MOST, bytes, null);
        }

        static Bar bytesRatioAtMost(double limit) {
            return new Bar(Kind.BYTES_RATIO_AT_MOST, limit, null);
        }

        static Bar perUnitTimeRatioAtMost(String unitParam, double limit) {
            return new Bar(Kind.PER_UNIT_TIME_RATIO_AT_MOST, limit, unitParam);
        }

        static Bar perUnitBytesRatioAtMost(String unitParam, double limit) {
            return new Bar(Kind.PER_UNIT_BYTES_RATIO_AT_MOST, limit, unitParam);
        }

        boolean atLeast() {
            return kind == Kind.SPEEDUP_AT_LEAST;
        }

        boolean bytes() {
            return kind == Kind.BYTES_DELTA_AT_MOST
                    || kind == Kind.BYTES_RATIO_AT_MOST
                    || kind == Kind.PER_UNIT_BYTES_RATIO_AT_MOST;
        }

        String text() {
            return switch (kind) {
                case TIME_RATIO_AT_MOST, BYTES_RATIO_AT_MOST -> "≤ " + ratioLimit();
                case SPEEDUP_AT_LEAST -> "≥ " + ratioLimit();
                case TIME_DELTA_AT_MOST -> String.format(Locale.ROOT, "≤ +%.2f µs", limit);
                case BYTES_DELTA_AT_MOST -> "≤ " + Numbers.bytesDelta(limit) + " B";
                case PER_UNIT_TIME_RATIO_AT_MOST, PER_UNIT_BYTES_RATIO_AT_MOST ->
                    "≤ " + Numbers.ratio(limit) + " per " + singular(unitParam);
            };
        }

        /** Whole limits of 10 and more without decimals: {@code 30×}, {@code 100×}; else as ratios are shown. */
        private String ratioLimit() {
            return limit >= 10 && limit == Math.rint(limit)
                    ? String.format(Locale.ROOT, "%,.0f×", limit)
                    : Numbers.ratio(limit);
        }

        private static String singular(String name) {
            return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        }
    }

    /**
     * A claim evaluated on one run.
     *
     * @param measured the measured row, or null
     * @param baseline the baseline row it was compared with, or null
     * @param value the ratio or difference; NaN when not measured
     * @param error half-width of its 99.9% interval, propagated from both rows; NaN when JMH gave none
     */
    record Check(
            Claim claim,
            JmhResult measured,
            JmhResult baseline,
            double value,
            double error,
            Verdict verdict,
            String claimText) {

        /** The value as the summary shows it, e.g. {@code 1.31× ± 0.11}, {@code +604 ± 3 B}, {@code —}. */
        String measuredText() {
            if (verdict == Verdict.NOT_MEASURED) {
                return "—";
            }
            boolean withError = !Double.isNaN(error);
            String text = switch (claim.bar().kind()) {
                case TIME_DELTA_AT_MOST ->
                    Numbers.signedScore(value) + (withError ? " ± " + Numbers.score(error) : "") + " µs";
                case BYTES_DELTA_AT_MOST ->
                    Numbers.bytesDelta(value) + (withError ? " ± " + Numbers.bytes(error) : "") + " B";
                default -> withError ? Numbers.ratioWithError(value, error) : Numbers.ratio(value);
            };
            Map<String, String> first = claim.baselines().get(0);
            if (!baseline.params().entrySet().containsAll(first.entrySet())) {
                text += " (vs " + String.join(", ", differing(first.keySet())) + ")";
            }
            return text;
        }

        private List<String> differing(Iterable<String> names) {
            List<String> values = new ArrayList<>();
            names.forEach(n -> values.add(baseline.params().get(n)));
            return values;
        }
    }

    static Claim of(String text, String benchmark, String measured, String baseline, Bar bar) {
        return new Claim(text, benchmark, selector(measured), List.of(selector(baseline)), bar, null);
    }

    /** The same claim with a further baseline, used when the ones before it are not in the run. */
    Claim orAgainst(String baseline) {
        List<Map<String, String>> all = new ArrayList<>(baselines);
        all.add(selector(baseline));
        return new Claim(text, benchmark, measured, List.copyOf(all), bar, roundTripMs);
    }

    /** The same claim evaluated at the measured added round trip nearest {@code ms}. */
    Claim atRoundTrip(double ms) {
        return new Claim(text, benchmark, measured, baselines, bar, ms);
    }

    String className() {
        return benchmark.substring(0, benchmark.indexOf('.'));
    }

    String method() {
        return benchmark.substring(benchmark.indexOf('.') + 1);
    }

    /** {@code "db=H2, impl=raw"} as a map. */
    static Map<String, String> selector(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(
                        "selector '" + text + "': '" + p + "' is not name=value; write e.g. 'db=H2, impl=raw'");
            }
            map.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
        }
        return Map.copyOf(map);
    }

    /** Evaluates the claim on a run's results. */
    Check check(List<JmhResult> results) {
        List<JmhResult> candidates = results.stream()
                .filter(r ->
                        r.simpleClassName().equals(className()) && r.method().equals(method()))
                .filter(r -> r.params().entrySet().containsAll(measured.entrySet()))
                .filter(r -> !bar.bytes() || r.hasAllocation())
                .toList();
        String roundTrip = "";
        if (roundTripMs != null) {
            List<JmhResult> withBaseline = candidates.stream()
                    .filter(r -> baselineOf(r, results) != null)
                    .toList();
            boolean hasParam = withBaseline.stream().anyMatch(r -> r.params().containsKey(ROUND_TRIP_PARAM));
            if (!hasParam) {
                roundTrip = " — on loopback (no round trip added in this run)";
            } else {
                JmhResult nearest = null;
                for (JmhResult r : withBaseline) {
                    if (nearest == null || distance(r) < distance(nearest)) {
                        nearest = r;
                    }
                }
                String chosen = nearest.params().get(ROUND_TRIP_PARAM);
                candidates = withBaseline.stream()
                        .filter(r -> chosen.equals(r.params().get(ROUND_TRIP_PARAM)))
                        .toList();
                roundTrip = " — at " + chosen + " ms added round trip"
                        + (distance(nearest) > 1e-9 ? " (nearest measured to " + ms(roundTripMs) + " ms)" : "");
            }
        }
        String claimText = text + roundTrip;
        for (JmhResult m : candidates) {
            JmhResult b = baselineOf(m, results);
            if (b != null && (!bar.bytes() || b.hasAllocation())) {
                return evaluate(m, b, claimText);
            }
        }
        return new Check(this, null, null, Double.NaN, Double.NaN, Verdict.NOT_MEASURED, claimText);
    }

    private double distance(JmhResult r) {
        String v = r.params().get(ROUND_TRIP_PARAM);
        return v == null ? Double.MAX_VALUE : Math.abs(Double.parseDouble(v) - roundTripMs);
    }

    private static String ms(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private JmhResult baselineOf(JmhResult m, List<JmhResult> results) {
        for (Map<String, String> override : baselines) {
            Map<String, String> wanted = new LinkedHashMap<>(m.params());
            wanted.putAll(override);
            for (JmhResult r : results) {
                if (r.benchmark().equals(m.benchmark()) && r.params().equals(wanted)) {
                    return r;
                }
            }
        }
        return null;
    }

    private Check evaluate(JmhResult m, JmhResult b, String claimText) {
        double value;
        double error;
        switch (bar.kind()) {
            case TIME_RATIO_AT_MOST -> {
                value = m.score() / b.score();
                error = value * relative(m.score(), m.scoreError(), b.score(), b.scoreError());
            }
            case SPEEDUP_AT_LEAST -> {
                value = b.score() / m.score();
                error = value * relative(m.score(), m.scoreError(), b.score(), b.scoreError());
            }
            case TIME_DELTA_AT_MOST -> {
                double scale = microsPer(m.unit());
                value = (m.score() - b.score()) * scale;
                error = Math.hypot(m.scoreError(), b.scoreError()) * scale;
            }
            case BYTES_DELTA_AT_MOST -> {
                value = m.allocatedBytesPerOp() - b.allocatedBytesPerOp();
                error = Math.hypot(m.allocatedBytesPerOpError(), b.allocatedBytesPerOpError());
            }
            case BYTES_RATIO_AT_MOST -> {
                value = m.allocatedBytesPerOp() / b.allocatedBytesPerOp();
                error = value
                        * relative(
                                m.allocatedBytesPerOp(),
                                m.allocatedBytesPerOpError(),
                                b.allocatedBytesPerOp(),
                                b.allocatedBytesPerOpError());
            }
            case PER_UNIT_TIME_RATIO_AT_MOST -> {
                value = (m.score() / units(m)) / (b.score() / units(b));
                error = value * relative(m.score(), m.scoreError(), b.score(), b.scoreError());
            }
            case PER_UNIT_BYTES_RATIO_AT_MOST -> {
                value = (m.allocatedBytesPerOp() / units(m)) / (b.allocatedBytesPerOp() / units(b));
                error = value
                        * relative(
                                m.allocatedBytesPerOp(),
                                m.allocatedBytesPerOpError(),
                                b.allocatedBytesPerOp(),
                                b.allocatedBytesPerOpError());
            }
            default -> throw new IllegalStateException(bar.kind().toString());
        }
        return new Check(this, m, b, value, error, verdict(value, error), claimText);
    }

    /** Met only when the whole interval clears the bar; not met when none of it does. */
    private Verdict verdict(double value, double error) {
        double e = Double.isNaN(error) ? 0 : error;
        double limit = bar.limit();
        if (bar.atLeast()) {
            return value - e >= limit ? Verdict.MET : value + e < limit ? Verdict.NOT_MET : Verdict.WITHIN_ERROR;
        }
        return value + e <= limit ? Verdict.MET : value - e > limit ? Verdict.NOT_MET : Verdict.WITHIN_ERROR;
    }

    /** The relative error of a quotient of independent estimates: their relative errors in quadrature. */
    static double relative(double a, double aError, double b, double bError) {
        return Math.hypot(aError / a, bError / b);
    }

    private double units(JmhResult r) {
        return Double.parseDouble(r.params().get(bar.unitParam()));
    }

    private static double microsPer(String unit) {
        String time = unit.substring(0, unit.indexOf('/') < 0 ? unit.length() : unit.indexOf('/'));
        return switch (time) {
            case "ns" -> 0.001;
            case "us", "µs" -> 1;
            case "ms" -> 1000;
            case "s" -> 1_000_000;
            default -> throw new IllegalArgumentException("a time difference needs a time unit, not '" + unit + "'");
        };
    }
}
