package dev.leanjdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.leanjdbc.testing.ForkedJvm;
import dev.leanjdbc.testing.Heap;
import dev.leanjdbc.testing.PayloadRows;
import java.sql.Connection;
import java.util.Iterator;
import java.util.stream.Stream;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Child JVM of {@link StreamingMemoryTest}: reads {@code stream_rows} (2,000,000 rows of ~120 bytes) with a
 * small heap and prints heap-after-GC samples. Argument: {@code lean} (leanjdbc's stream) or {@code naive}
 * (jOOQ's {@code fetchStream()} with defaults, the negative control).
 * The rows: {@link PayloadRows}.
 */
public final class StreamingMemoryMain {

    static final long ROWS = 2_000_000;
    static final long FIRST_SAMPLE = 200_000;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        HikariConfig config = ForkedJvm.childDatabase();
        SQLDialect dialect = dialectOf(config.getJdbcUrl());
        try (HikariDataSource pool = new HikariDataSource(config)) {
            if (dialect == SQLDialect.H2) {
                try (Connection c = pool.getConnection()) {
                    PayloadRows.createH2View(c, "stream_rows", ROWS);
                }
            }
            // naive: jOOQ's own fetchStream() on a query attached to a DataSource-backed context, defaults
            var query = DSL.select(PayloadRows.ID, PayloadRows.PAYLOAD).from(PayloadRows.table("stream_rows"));
            Stream<Record2<Long, String>> rows = mode.equals("lean")
                    ? Lean.of(pool, dialect).stream(query)
                    : DSL.using(pool, dialect)
                            .select(PayloadRows.ID, PayloadRows.PAYLOAD)
                            .from(PayloadRows.table("stream_rows"))
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

    /** The dialect the parent's {@code Db} uses for this URL (MySQL Connector/J: MYSQL, see {@code Db}). */
    static SQLDialect dialectOf(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return SQLDialect.MARIADB;
        }
        return url.startsWith("jdbc:mysql:") ? SQLDialect.MYSQL : SQLDialect.POSTGRES;
    }
}
