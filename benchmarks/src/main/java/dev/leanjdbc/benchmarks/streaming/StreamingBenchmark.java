package dev.leanjdbc.benchmarks.streaming;

import dev.leanjdbc.Lean;
import dev.leanjdbc.StreamOptions;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.PostgresServers;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.slf4j.LoggerFactory;

/**
 * Reading a 100,000-row table of ~120-byte rows to the end, per row (time and bytes allocated):
 *
 * <ul>
 *   <li>{@code leanSql}: {@link Lean#forEach(String, dev.leanjdbc.ResultSetMapper, java.util.function.Consumer,
 *       Object...)} mapping each row to a small record;
 *   <li>{@code raw}: the baseline, the hand-written streaming loop doing the same — same fetch size (1000), the same
 *       per-database preparation (PostgreSQL: auto-commit off, then rollback and restore; H2: lazy execution on,
 *       then off) and the same mapping. The bar: {@code leanSql} ≥ 0.9× its throughput;
 *   <li>{@code leanJooq}: {@link Lean#forEach(ResultQuery, java.util.function.Consumer)} yielding jOOQ records;
 *   <li>{@code jooqStreaming}: what a careful jOOQ user writes to stream in constant memory — the same
 *       per-database preparation as {@code raw} on one connection, then jOOQ's {@code fetchSize(1000).fetchStream()}:
 *       the like-for-like baseline of {@code leanJooq} (same records, same round trips, same H2 lazy execution);
 *   <li>{@code jooqFetch}, {@code jooqFetchStream}: jOOQ's {@code fetch()} and {@code fetchStream()} with
 *       defaults (they buffer the whole result: one round trip on PostgreSQL and H2's eager execution, shown for
 *       the cost of doing so — and as the floor no constant-memory stream can reach on those two counts).
 * </ul>
 *
 * Run: {@code java -jar benchmarks/target/benchmarks.jar StreamingBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StreamingBenchmark {

    static final int ROWS = 100_000;
    static final int FETCH_SIZE = 1_000;
    static final String SQL = "select id, payload from stream_rows";

    static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    static final Field<String> PAYLOAD = DSL.field(DSL.name("payload"), SQLDataType.VARCHAR);

    /** One streamed row, as an application would map it. */
    public record Row(long id, String payload) {}

    @Param({"H2", "POSTGRES"})
    public Db db;

    @Param({"raw", "leanSql", "leanJooq", "jooqStreaming", "jooqFetch", "jooqFetchStream"})
    public String impl;

    private TestDatabase database;
    private Lean lean;
    private DSLContext dsl;

    @Setup(Level.Trial)
    public void setUp() {
        // per-query DEBUG logging (jOOQ, HikariCP) would dominate the measurement
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        database = db == Db.H2
                ? TestDatabase.h2("streaming_bench")
                : TestDatabase.postgres(
                        PostgresServers.shared()
                                .found()
                                .orElseThrow(() -> new IllegalStateException(
                                        PostgresServers.shared().failure())),
                        "streaming_bench");
        dsl = database.dsl();
        dsl.execute("create table stream_rows (id bigint primary key, payload varchar(120) not null)");
        dsl.execute(
                db == Db.H2
                        ? "insert into stream_rows select \"X\", repeat('x', 104) || lpad(cast(\"X\" as varchar), 8, '0')"
                                + " from system_range(1, " + ROWS + ")"
                        : "insert into stream_rows select g, repeat('x', 104) || lpad(g::text, 8, '0')"
                                + " from generate_series(1, " + ROWS + ") g");
        if (db == Db.POSTGRES) {
            dsl.execute("vacuum analyze stream_rows");
        }
        lean = Lean.of(database.dataSource(), database.dialect());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long readAll(Blackhole bh) throws SQLException {
        long rows = switch (impl) {
            case "leanSql" -> leanSql(bh);
            case "raw" -> handJdbc(bh);
            case "leanJooq" -> leanJooq(bh);
            case "jooqStreaming" -> jooqStreaming(bh);
            case "jooqFetch" -> jooqFetch(bh);
            case "jooqFetchStream" -> jooqFetchStream(bh);
            default -> throw new IllegalArgumentException("unknown impl " + impl);
        };
        if (rows != ROWS) {
            throw new IllegalStateException(impl + " read " + rows + " rows, expected " + ROWS);
        }
        return rows;
    }

    private long leanSql(Blackhole bh) {
        long[] n = {0};
        lean.streaming(StreamOptions.defaults().withFetchSize(FETCH_SIZE))
                .forEach(SQL, rs -> new Row(rs.getLong(1), rs.getString(2)), row -> {
                    bh.consume(row);
                    n[0]++;
                });
        return n[0];
    }

    private long leanJooq(Blackhole bh) {
        long[] n = {0};
        lean.streaming(StreamOptions.defaults().withFetchSize(FETCH_SIZE))
                .forEach(DSL.select(ID, PAYLOAD).from(DSL.table(DSL.name("stream_rows"))), r -> {
                    bh.consume(r);
                    n[0]++;
                });
        return n[0];
    }

    /** What a careful engineer writes by hand to stream on each database. */
    private long handJdbc(Blackhole bh) throws SQLException {
        long n = 0;
        try (Connection c = database.dataSource().getConnection()) {
            prepareForStreaming(c);
            try (PreparedStatement ps =
                    c.prepareStatement(SQL, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        bh.consume(new Row(rs.getLong(1), rs.getString(2)));
                        n++;
                    }
                }
            } finally {
                restoreAfterStreaming(c);
            }
        }
        return n;
    }

    /** jOOQ streaming as a careful engineer sets it up by hand: {@link #handJdbc}'s preparation, jOOQ's records. */
    private long jooqStreaming(Blackhole bh) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            prepareForStreaming(c);
            try (Stream<Record2<Long, String>> s = DSL.using(c, database.dialect())
                    .select(ID, PAYLOAD)
                    .from(DSL.table(DSL.name("stream_rows")))
                    .fetchSize(FETCH_SIZE)
                    .fetchStream()) {
                long[] n = {0};
                s.forEach(r -> {
                    bh.consume(r);
                    n[0]++;
                });
                return n[0];
            } finally {
                restoreAfterStreaming(c);
            }
        }
    }

    /** PostgreSQL: a transaction, so that the fetch size opens a cursor; H2: lazy execution. */
    private void prepareForStreaming(Connection c) throws SQLException {
        if (db == Db.POSTGRES) {
            c.setAutoCommit(false);
        } else {
            try (Statement s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
        }
    }

    /** Undoes {@link #prepareForStreaming}: the pooled connection goes back as it was borrowed. */
    private void restoreAfterStreaming(Connection c) throws SQLException {
        if (db == Db.POSTGRES) {
            c.rollback();
            c.setAutoCommit(true);
        } else {
            try (Statement s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }

    private long jooqFetch(Blackhole bh) {
        Result<Record2<Long, String>> result =
                dsl.select(ID, PAYLOAD).from(DSL.table(DSL.name("stream_rows"))).fetch();
        result.forEach(bh::consume);
        return result.size();
    }

    private long jooqFetchStream(Blackhole bh) {
        try (Stream<Record2<Long, String>> s =
                dsl.select(ID, PAYLOAD).from(DSL.table(DSL.name("stream_rows"))).fetchStream()) {
            long[] n = {0};
            s.forEach(r -> {
                bh.consume(r);
                n[0]++;
            });
            return n[0];
        }
    }
}
