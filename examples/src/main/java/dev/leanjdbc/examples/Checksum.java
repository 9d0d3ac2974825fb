package dev.leanjdbc.examples;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * An order-independent checksum of rows: the sum of a 64-bit FNV-1a hash of each row's values. Numbers are
 * normalized ({@code 12.50} and {@code 12.5} hash alike) so that a sum computed by the database and one
 * computed in Java agree.
 */
final class Checksum {

    private long sum;
    private long rows;

    void add(Object... values) {
        StringBuilder row = new StringBuilder();
        for (Object v : values) {
            row.append(normalize(v)).append('\u001f');
        }
        long h = 0xcbf29ce484222325L;
        for (byte b : row.toString().getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        sum += h;
        rows++;
    }

    long value() {
        return sum;
    }

    long rows() {
        return rows;
    }

    private static String normalize(Object v) {
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Number n) {
            return Long.toString(n.longValue());
        }
        return String.valueOf(v);
    }
}
