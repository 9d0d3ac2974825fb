package dev.leanjdbc.benchmarks.report;

import java.util.Locale;

/** Number formats of the report: locale-independent, so the same results always render the same text. */
final class Numbers {

    private Numbers() {}

    /** About four significant digits, never in exponent form: 1234, 123.4, 12.35, 1.235, 0.1235. */
    static String score(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        String pattern = abs >= 1000 ? "%,.0f" : abs >= 100 ? "%.1f" : abs >= 10 ? "%.2f" : abs >= 1 ? "%.3f" : "%.4f";
        return String.format(Locale.ROOT, pattern, value);
    }

    /** A ratio such as {@code 1.42×}. */
    static String ratio(double ratio) {
        if (Double.isNaN(ratio)) {
            return "—";
        }
        return String.format(Locale.ROOT, ratio >= 100 ? "%,.0f×" : ratio >= 10 ? "%.1f×" : "%.2f×", ratio);
    }

    /** Whole bytes with thousands separators: {@code 4,397,806}. */
    static String bytes(double bytes) {
        return Double.isNaN(bytes) ? "—" : String.format(Locale.ROOT, "%,.0f", bytes);
    }

    /** A signed byte difference: {@code +4,093}, {@code 0}, {@code -12}. */
    static String bytesDelta(double delta) {
        if (Double.isNaN(delta)) {
            return "—";
        }
        long rounded = Math.round(delta);
        return rounded == 0 ? "0" : String.format(Locale.ROOT, "%+,d", rounded);
    }

    /** JMH's unit with the micro sign: {@code us/op} → {@code µs/op}. */
    static String unit(String jmhUnit) {
        return jmhUnit.startsWith("us/") ? "µs/" + jmhUnit.substring(3) : jmhUnit;
    }

    /** A ratio and its error at the ratio's precision: {@code 1.31× ± 0.11}, {@code 29.4× ± 7.1}, {@code 105× ± 14}. */
    static String ratioWithError(double ratio, double error) {
        String digits = ratio >= 100 ? "%,.0f" : ratio >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, digits + "× ± " + digits, ratio, error);
    }

    /** A score with its sign: {@code +0.6350}, {@code -12.40}. */
    static String signedScore(double value) {
        return (value >= 0 ? "+" : "-") + score(Math.abs(value));
    }
}
