package dev.leanjdbc.analyzer.internal.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A minimal streaming JSON writer (objects, arrays, strings, numbers, booleans, null), so that JSON reports
 * need nothing beyond the JDK: an application on Jackson 3 (Spring Boot 4) or on no Jackson at all gets no
 * Jackson 2 through the analyzer. Method names follow Jackson's {@code JsonGenerator}. Strings are escaped
 * as RFC 8259 requires ({@code "}, {@code \}, control characters); everything else is written as is.
 * Callers nest calls correctly; it does not check. Not thread-safe.
 */
public final class JsonOut {

    private final Writer out;
    private final boolean pretty;
    // One flag per open container: has it a first member yet? Bounded by the nesting of the writer's calls.
    private boolean[] hasMember = new boolean[16];
    private int depth;
    private boolean afterField;

    public JsonOut(Writer out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    public void writeStartObject() throws IOException {
        open('{');
    }

    public void writeEndObject() throws IOException {
        close('}');
    }

    public void writeStartArray() throws IOException {
        open('[');
    }

    public void writeEndArray() throws IOException {
        close(']');
    }

    public void writeFieldName(String name) throws IOException {
        separate();
        quote(name);
        out.write(pretty ? " : " : ":");
        afterField = true;
    }

    public void writeString(String value) throws IOException {
        if (value == null) {
            writeNull();
            return;
        }
        separate();
        quote(value);
    }

    public void writeNumber(long value) throws IOException {
        separate();
        out.write(Long.toString(value));
    }

    public void writeNumber(double value) throws IOException {
        separate();
        out.write(Double.isFinite(value) ? Double.toString(value) : "null");
    }

    public void writeBoolean(boolean value) throws IOException {
        separate();
        out.write(value ? "true" : "false");
    }

    public void writeNull() throws IOException {
        separate();
        out.write("null");
    }

    public void writeStringField(String name, String value) throws IOException {
        writeFieldName(name);
        writeString(value);
    }

    public void writeNumberField(String name, long value) throws IOException {
        writeFieldName(name);
        writeNumber(value);
    }

    public void writeNumberField(String name, double value) throws IOException {
        writeFieldName(name);
        writeNumber(value);
    }

    public void writeBooleanField(String name, boolean value) throws IOException {
        writeFieldName(name);
        writeBoolean(value);
    }

    public void writeObjectFieldStart(String name) throws IOException {
        writeFieldName(name);
        writeStartObject();
    }

    public void writeArrayFieldStart(String name) throws IOException {
        writeFieldName(name);
        writeStartArray();
    }

    public void writeArray(int[] values, int offset, int length) throws IOException {
        writeStartArray();
        for (int i = offset; i < offset + length; i++) {
            writeNumber(values[i]);
        }
        writeEndArray();
    }

    /** Writes what is buffered; the writer itself stays open (it belongs to the caller). */
    public void flush() throws IOException {
        out.flush();
    }

    private void open(char c) throws IOException {
        separate();
        out.write(c);
        if (++depth == hasMember.length) {
            hasMember = java.util.Arrays.copyOf(hasMember, depth * 2);
        }
        hasMember[depth] = false;
    }

    private void close(char c) throws IOException {
        boolean any = hasMember[depth];
        depth--;
        if (pretty && any) {
            newline();
        } else if (pretty) {
            out.write(' ');
        }
        out.write(c);
    }

    /** The comma and (pretty) line break before a value or field, except for a field's own value. */
    private void separate() throws IOException {
        if (afterField) {
            afterField = false;
            return;
        }
        if (depth == 0) {
            return;
        }
        if (hasMember[depth]) {
            out.write(',');
        }
        hasMember[depth] = true;
        if (pretty) {
            newline();
        }
    }

    private void newline() throws IOException {
        out.write('\n');
        for (int i = 0; i < depth; i++) {
            out.write("  ");
        }
    }

    private void quote(String s) throws IOException {
        out.write('"');
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
            };
            if (escape != null) {
                out.write(s, start, i - start);
                out.write(escape);
                start = i + 1;
            }
        }
        out.write(s, start, s.length() - start);
        out.write('"');
    }
}
