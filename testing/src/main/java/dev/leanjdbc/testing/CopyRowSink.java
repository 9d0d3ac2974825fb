package dev.leanjdbc.testing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Streams rows into PostgreSQL with {@code COPY ... FROM STDIN (FORMAT csv)}, in 64 KiB writes. */
final class CopyRowSink implements RowSink {

    private static final int FLUSH_AT = 64 * 1024;

    private final Connection connection;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private CopyIn copy;

    CopyRowSink(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void begin(String table, String[] columns) throws SQLException {
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)";
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    @Override
    public void row(Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            append(values[i]);
        }
        buffer.append('\n');
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void append(Object value) {
        if (value == null) {
            return; // unquoted empty field is NULL in CSV format
        }
        if (value instanceof String s) {
            buffer.append('"');
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '"') {
                    buffer.append('"');
                }
                buffer.append(ch);
            }
            buffer.append('"');
        } else if (value instanceof BigDecimal d) {
            buffer.append(d.toPlainString());
        } else {
            buffer.append(value); // numbers, booleans, java.time values in ISO form
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void end() throws SQLException {
        if (buffer.length() > 0) {
            flush();
        }
        copy.endCopy();
        copy = null;
    }
}
