package dev.leanjdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.leanjdbc.testing.Heap;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Iterator;
import java.util.stream.Stream;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Child JVM of {@link StreamingMemoryTest}: reads {@code stream_rows} (2,000,000 rows of ~120 bytes) with a
 * small heap and prints heap-after-GC samples. Argument: {@code lean} (leanjdbc's stream) or {@code naive}
 * (jOOQ's {@code fetchStream()} with defaults, the negative control).
 *
 * <p>On H2 the in-memory database lives in this JVM, so {@code stream_rows} is a view generating its rows:
 * a stored table of 240 MB could not fit a 64 MB heap whatever the reading code did.
 */
public final class StreamingMemoryMain {

    static final long ROWS = 2_000_000;
    static final long FIRST_SAMPLE = 200_000;

    static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    static final Field<String> PAYLOAD = DSL.field(DSL.name("payload"), SQLDataType.VARCHAR);

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String url = System.getProperty("leanjdbc.url");
        SQLDialect dialect = url.startsWith("jdbc:h2:") ? SQLDialect.H2 : SQLDialect.POSTGRES;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(System.getProperty("leanjdbc.user"));
        config.setPassword(System.getProperty("leanjdbc.password"));
        config.setMaximumPoolSize(2);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            if (dialect == SQLDialect.H2) {
                try (Connection c = pool.getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("create view stream_rows as select \"X\" as id,"
                            + " cast(repeat('x', 104) || lpad(cast(\"X\" as varchar), 8, '0') as varchar(120))"
                            + " as payload from system_range(1, " + ROWS + ")");
                }
            }
            // naive: jOOQ's own fetchStream() on a query attached to a DataSource-backed context, defaults
            Stream<Record2<Long, String>> rows = mode.equals("lean")
                    ? Lean.of(pool, dialect).stream(DSL.select(ID, PAYLOAD).from(DSL.table(DSL.name("stream_rows"))))
                    : DSL.using(pool, dialect)
                            .select(ID, PAYLOAD)
                            .from(DSL.table(DSL.name("stream_rows")))
                            .fetchStream();
            long count = 0;
            long bytes = 0;
            try (rows) {
                Iterator<Record2<Long, String>> it = rows.iterator();
                while (it.hasNext()) {
                    Record2<Long, String> r = it.next();
                    count++;
                    bytes += 8 + r.value2().length();
                    if (count == FIRST_SAMPLE || count == ROWS) {
                        System.out.println("sample " + count + " " + Heap.usedAfterGc());
                    }
                }
            }
            System.out.println("done " + count + " rows, " + bytes / count + " bytes per row");
        }
    }
}
