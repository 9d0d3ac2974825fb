package dev.leanjdbc.examples;

import java.io.IOException;
import java.io.Writer;

/** The export's line format, shared by both versions so that their output can be compared. */
final class CsvLine {

    private CsvLine() {}

    /** Writes {@code values} as one comma-separated line and adds them to {@code sum}. */
    static void write(Writer out, Checksum sum, Object... values) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : ",").append(values[i]);
        }
        out.write(line.append('\n').toString());
        sum.add(values);
    }
}
