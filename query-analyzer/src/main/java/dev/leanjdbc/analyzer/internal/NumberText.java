package dev.leanjdbc.analyzer.internal;

/**
 * The number formats of findings, report lines and request lines, written without {@code java.util.Formatter}:
 * a request's scope formats a few numbers when it closes, and {@code String.format} costs about a
 * microsecond each (a parse of the pattern, a {@code BigDecimal} for a {@code double}).
 */
public final class NumberText {

    private NumberText() {}

    /** {@code 12.4 ms}: milliseconds to one decimal, rounded half up, as {@code "%.1f ms"} does. */
    public static String millis(long nanos) {
        return appendMillis(new StringBuilder(12), nanos).append(" ms").toString();
    }

    /** Appends {@code 12.4}: milliseconds to one decimal, rounded half up. */
    public static StringBuilder appendMillis(StringBuilder sb, long nanos) {
        if (nanos < 0) {
            sb.append('-');
            nanos = nanos == Long.MIN_VALUE ? Long.MAX_VALUE : -nanos;
        }
        long tenths = nanos / 100_000 + (nanos % 100_000 >= 50_000 ? 1 : 0);
        return sb.append(tenths / 10).append('.').append(tenths % 10);
    }

    /** {@code 1,234,567}: digits grouped by three with commas, as {@code "%,d"} does in {@code Locale.ROOT}. */
    public static String count(long n) {
        String digits = Long.toString(n);
        int start = n < 0 ? 1 : 0;
        int length = digits.length() - start;
        if (length <= 3) {
            return digits;
        }
        StringBuilder sb = new StringBuilder(digits.length() + length / 3);
        sb.append(digits, 0, start);
        int head = length % 3 == 0 ? 3 : length % 3;
        sb.append(digits, start, start + head);
        for (int i = start + head; i < digits.length(); i += 3) {
            sb.append(',').append(digits, i, i + 3);
        }
        return sb.toString();
    }
}
