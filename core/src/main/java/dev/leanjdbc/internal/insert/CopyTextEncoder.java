package dev.leanjdbc.internal.insert;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import org.jooq.JSON;
import org.jooq.JSONB;

/**
 * Writes rows in PostgreSQL's COPY {@code text} format straight into a fixed byte buffer, handing full
 * buffers to a {@link Sink}: no {@code String} per row or per line, UTF-8 encoded as it goes. Fields are
 * separated by a tab, rows end with a newline, {@code NULL} is {@code \N}, and in values a backslash, tab,
 * newline and carriage return are written as {@code \\}, {@code \t}, {@code \n}, {@code \r} — so no value
 * can end a field, a row or the data early. The buffer never grows: long values are written across
 * several flushes.
 */
final class CopyTextEncoder {

    /** Where full buffers go (pgJDBC's {@code CopyIn.writeToCopy} in production). */
    @FunctionalInterface
    interface Sink {
        void write(byte[] bytes, int offset, int length) throws SQLException;
    }

    /** Room kept for one token that is written without a capacity check per byte (numbers, dates). */
    private static final int TOKEN = 64;

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final byte[] buffer;
    private final Sink sink;
    private int position;

    CopyTextEncoder(int capacity, Sink sink) {
        if (capacity < 4 * TOKEN) {
            throw new IllegalArgumentException("capacity must be >= " + 4 * TOKEN + ", was " + capacity);
        }
        this.buffer = new byte[capacity];
        this.sink = sink;
    }

    /** Writes one row of values in column order. */
    void row(Object[] values, int count) throws SQLException {
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                room(1);
                buffer[position++] = '\t';
            }
            value(values[i]);
        }
        room(1);
        buffer[position++] = '\n';
    }

    /** Hands what is buffered to the sink. */
    void flush() throws SQLException {
        if (position > 0) {
            sink.write(buffer, 0, position);
            position = 0;
        }
    }

    private void value(Object value) throws SQLException {
        if (value == null) {
            room(2);
            buffer[position++] = '\\';
            buffer[position++] = 'N';
        } else if (value instanceof String s) {
            text(s);
        } else if (value instanceof Integer i) {
            room(TOKEN);
            digits(i);
        } else if (value instanceof Long l) {
            room(TOKEN);
            digits(l);
        } else if (value instanceof Short s) {
            room(TOKEN);
            digits(s);
        } else if (value instanceof BigDecimal d) {
            text(d.toPlainString());
        } else if (value instanceof LocalDateTime t) {
            room(TOKEN);
            if (!infinity(t.equals(LocalDateTime.MAX), t.equals(LocalDateTime.MIN))) {
                boolean bc = date(t.toLocalDate());
                buffer[position++] = ' ';
                time(t.toLocalTime());
                era(bc);
            }
        } else if (value instanceof LocalDate d) {
            room(TOKEN);
            if (!infinity(d.equals(LocalDate.MAX), d.equals(LocalDate.MIN))) {
                era(date(d));
            }
        } else if (value instanceof OffsetDateTime t) {
            room(TOKEN);
            if (!infinity(t.equals(OffsetDateTime.MAX), t.equals(OffsetDateTime.MIN))) {
                offsetDateTime(t);
            }
        } else if (value instanceof Instant i) {
            room(TOKEN);
            offsetDateTime(OffsetDateTime.ofInstant(i, ZoneOffset.UTC));
        } else if (value instanceof LocalTime t) {
            room(TOKEN);
            time(t);
        } else if (value instanceof OffsetTime t) {
            room(TOKEN);
            time(t.toLocalTime());
            offset(t.getOffset());
        } else if (value instanceof byte[] b) {
            bytea(b);
        } else if (value instanceof JSON j) {
            text(j.data());
        } else if (value instanceof JSONB j) {
            text(j.data());
        } else {
            // booleans, floating point (NaN, Infinity and -Infinity included), UUIDs, BigIntegers: their
            // toString is PostgreSQL input
            text(value.toString());
        }
    }

    /** A string as UTF-8 with the four characters of the text format escaped. */
    private void text(String s) throws SQLException {
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (position + 4 > buffer.length) {
                flush();
            }
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escape('\\');
                    case '\t' -> escape('t');
                    case '\n' -> escape('n');
                    case '\r' -> escape('r');
                    default -> buffer[position++] = (byte) c;
                }
            } else if (c < 0x800) {
                buffer[position++] = (byte) (0xC0 | (c >> 6));
                buffer[position++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buffer[position++] = (byte) (0xF0 | (cp >> 18));
                buffer[position++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buffer[position++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buffer[position++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                buffer[position++] = '?'; // an unpaired surrogate, as String.getBytes(UTF_8) writes it
            } else {
                buffer[position++] = (byte) (0xE0 | (c >> 12));
                buffer[position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[position++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void escape(char c) {
        buffer[position++] = '\\';
        buffer[position++] = (byte) c;
    }

    /** bytea in hex form, {@code \x0a1b...}, its backslash escaped for the text format. */
    private void bytea(byte[] b) throws SQLException {
        room(3);
        buffer[position++] = '\\';
        buffer[position++] = '\\';
        buffer[position++] = 'x';
        for (byte x : b) {
            room(2);
            buffer[position++] = HEX[(x >> 4) & 0xF];
            buffer[position++] = HEX[x & 0xF];
        }
    }

    private void digits(long v) {
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                for (char c : Long.toString(v).toCharArray()) {
                    buffer[position++] = (byte) c;
                }
                return;
            }
            buffer[position++] = '-';
            v = -v;
        }
        int start = position;
        do {
            buffer[position++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        for (int i = start, j = position - 1; i < j; i++, j--) {
            byte t = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = t;
        }
    }

    /**
     * The date as PostgreSQL reads it: at least four year digits (more past 9999), and for ISO years up to
     * 0 the year before Christ ({@code 0} is 1 BC), for which the caller appends the era.
     *
     * @return whether the date is BC
     */
    private boolean date(LocalDate d) {
        int year = d.getYear();
        boolean bc = year <= 0;
        int shown = bc ? 1 - year : year;
        if (shown <= 9999) {
            fixed(shown, 4);
        } else {
            digits(shown);
        }
        buffer[position++] = '-';
        fixed(d.getMonthValue(), 2);
        buffer[position++] = '-';
        fixed(d.getDayOfMonth(), 2);
        return bc;
    }

    private void era(boolean bc) {
        if (bc) {
            buffer[position++] = ' ';
            buffer[position++] = 'B';
            buffer[position++] = 'C';
        }
    }

    /** {@code infinity} or {@code -infinity} for the types' MAX and MIN, as pgJDBC binds them; else false. */
    private boolean infinity(boolean max, boolean min) {
        if (!max && !min) {
            return false;
        }
        if (min) {
            buffer[position++] = '-';
        }
        for (char c : "infinity".toCharArray()) {
            buffer[position++] = (byte) c;
        }
        return true;
    }

    private void offsetDateTime(OffsetDateTime t) {
        boolean bc = date(t.toLocalDate());
        buffer[position++] = ' ';
        time(t.toLocalTime());
        offset(t.getOffset());
        era(bc);
    }

    /** {@code +05:30}, {@code -04:23:58}: seconds are kept, PostgreSQL reads them. */
    private void offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        buffer[position++] = (byte) (total < 0 ? '-' : '+');
        total = Math.abs(total);
        fixed(total / 3600, 2);
        buffer[position++] = ':';
        fixed(total / 60 % 60, 2);
        if (total % 60 != 0) {
            buffer[position++] = ':';
            fixed(total % 60, 2);
        }
    }

    private void time(LocalTime t) {
        fixed(t.getHour(), 2);
        buffer[position++] = ':';
        fixed(t.getMinute(), 2);
        buffer[position++] = ':';
        fixed(t.getSecond(), 2);
        if (t.getNano() > 0) {
            buffer[position++] = '.';
            fixed(t.getNano(), 9); // PostgreSQL rounds to microseconds, as it does for the ISO string
        }
    }

    private void fixed(int v, int width) {
        for (int i = position + width - 1; i >= position; i--) {
            buffer[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        position += width;
    }

    private void room(int bytes) throws SQLException {
        if (position + bytes > buffer.length) {
            flush();
        }
    }
}
