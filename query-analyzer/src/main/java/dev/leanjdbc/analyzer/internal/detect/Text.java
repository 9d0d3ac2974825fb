package dev.leanjdbc.analyzer.internal.detect;

import java.util.Locale;

/** Number formats of the findings' texts. */
final class Text {

    private Text() {}

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1_000_000.0);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
