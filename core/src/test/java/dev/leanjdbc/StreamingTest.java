package dev.leanjdbc;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class StreamingTest {

    private static final int ORDERS_COUNT = 3_000;

    private static Lean seeded(TestDatabase db) {
        // Not jOOQ's meta(): through MySQL Connector/J it lists the tables of every database on the server.
        if (countOrNothing(db) != ORDERS_COUNT) {
            db.seedShop(new ShopScale(50, 10, ORDERS_COUNT));
        }
        return Lean.of(db.dataSource(), db.dialect());
    }

    private static int countOrNothing(TestDatabase db) {
        try {
            return db.dsl().fetchCount(ORDERS);
        } catch (DataAccessException noTableYet) {
            return -1;
        }
    }

    @DbTest
    void streamsAJooqQueryInEveryForm(TestDatabase db) {
        Lean lean = seeded(db);

        try (Stream<OrdersRecord> s = lean.stream(DSL.selectFrom(ORDERS).orderBy(ORDERS.ID))) {
            assertThat(s.mapToLong(OrdersRecord::getId).sum()).isEqualTo((long) ORDERS_COUNT * (ORDERS_COUNT + 1) / 2);
        }
        try (Stream<Long> ids =
                lean.stream(DSL.select(ORDERS.ID).from(ORDERS).where(ORDERS.ID.le(10L)), r -> r.value1())) {
            assertThat(ids.sorted().toList()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        }
        AtomicLong seen = new AtomicLong();
        lean.forEach(DSL.selectFrom(ORDERS), r -> seen.incrementAndGet());
        assertThat(seen).hasValue(ORDERS_COUNT);

        try (LeanCursor<OrdersRecord> c = lean.cursor(DSL.selectFrom(ORDERS).where(ORDERS.ID.le(3L)))) {
            List<Long> ids = new ArrayList<>();
            c.forEachRemaining(r -> ids.add(r.getId()));
            assertThat(ids).hasSize(3);
            assertThat(c.rowsRead()).isEqualTo(3);
            assertThat(c.isClosed()).as("closes itself after the last row").isTrue();
        }
        assertThat(db.pool().getHikariPoolMXBean().getActiveConnections()).isZero();
    }

    @DbTest
    void streamsPlainSqlWithBinds(TestDatabase db) {
        Lean lean = seeded(db);
        String sql = "select id, status from orders where id > ? and status = ? order by id";

        try (Stream<String> s = lean.stream(sql, rs -> rs.getLong(1) + ":" + rs.getString(2), 100L, "NEW")) {
            List<String> rows = s.toList();
            assertThat(rows).isNotEmpty().allMatch(r -> r.endsWith(":NEW"));
            assertThat(rows.size())
                    .isEqualTo(db.dsl().fetchCount(ORDERS, ORDERS.ID.gt(100L).and(ORDERS.STATUS.eq("NEW"))));
        }
        AtomicLong n = new AtomicLong();
        lean.forEach("select id from orders where id <= ?", rs -> rs.getLong(1), id -> n.incrementAndGet(), 25L);
        assertThat(n).hasValue(25);
        try (LeanCursor<Long> c =
                lean.cursor("select id from orders where id <= ? order by id", rs -> rs.getLong(1), 2L)) {
            assertThat(c.next()).isEqualTo(1L);
            assertThat(c.next()).isEqualTo(2L);
            assertThat(c.hasNext()).isFalse();
        }
        assertThat(db.pool().getHikariPoolMXBean().getActiveConnections()).isZero();
    }

    @DbTest
    void givesTheConnectionBackAsItFoundIt(TestDatabase db) throws Exception {
        seeded(db);
        RecordingDataSource recording = new RecordingDataSource(db);
        Lean lean = Lean.of(recording, db.dialect());

        try (Stream<OrdersRecord> s = lean.stream(DSL.selectFrom(ORDERS))) {
            assertThat(s.count()).isEqualTo(ORDERS_COUNT);
        }
        try (Stream<OrdersRecord> s = lean.stream(DSL.selectFrom(ORDERS))) {
            assertThat(s.limit(10).count()).as("early close").isEqualTo(10);
        }
        assertThatThrownBy(() -> lean.forEach(DSL.selectFrom(ORDERS), r -> {
                    if (r.getId() > 5) {
                        throw new IllegalStateException("consumer failed");
                    }
                }))
                .hasMessage("consumer failed");
        assertThatThrownBy(() -> lean.stream("select no_such_column from orders", rs -> 1)
                        .close())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> lean.forEach("select id from orders", rs -> rs.getString(99), x -> {}))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Streaming failed after 0 rows");

        assertThat(recording.openConnections()).isZero();
        assertThat(recording.loans()).hasSize(5).allSatisfy(loan -> {
            assertThat(loan.returned()).isEqualTo(loan.borrowed());
            assertThat(loan.returned().autoCommit()).isTrue();
            assertThat(loan.returned().readOnly()).isFalse();
            assertThat(loan.returned().h2Lazy()).isFalse();
        });
    }

    @DbTest(Db.H2)
    void keepsLazyExecutionOnWhenTheSessionHadIt(TestDatabase db) throws Exception {
        seeded(db);
        try (Connection c = db.newConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            Lean lean = Lean.of(db.dataSource(), db.dialect());
            try (Stream<OrdersRecord> s = lean.streaming().on(c).stream(DSL.selectFrom(ORDERS))) {
                assertThat(s.count()).isEqualTo(ORDERS_COUNT);
            }
            assertThat(ConnectionState.of(c).h2Lazy()).isTrue();
            try (Statement s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
            try (Stream<OrdersRecord> s = lean.streaming().on(c).stream(DSL.selectFrom(ORDERS))) {
                assertThat(s.count()).isEqualTo(ORDERS_COUNT);
            }
            assertThat(ConnectionState.of(c).h2Lazy()).as("restored to off").isFalse();
            assertThat(c.isClosed()).as("a caller's connection is not closed").isFalse();

            // the caller's open transaction is neither committed nor ended by streaming on its connection
            db.dsl().execute("create table if not exists caller_tx (i int)");
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("insert into caller_tx values (1)");
            }
            try (Stream<OrdersRecord> s = lean.streaming().on(c).stream(DSL.selectFrom(ORDERS))) {
                assertThat(s.count()).isEqualTo(ORDERS_COUNT);
            }
            c.rollback();
            assertThat(db.dsl().fetchCount(DSL.table("caller_tx"))).isZero();
        }
    }

    @DbTest(Db.POSTGRES)
    void refusesToBufferOnACallersAutoCommitConnection(TestDatabase db) throws Exception {
        Lean lean = seeded(db);
        try (Connection c = db.newConnection()) {
            assertThatThrownBy(() -> lean.streaming().on(c).stream(DSL.selectFrom(ORDERS)))
                    .isInstanceOf(StreamingUnavailableException.class)
                    .hasMessageContaining("auto-commit")
                    .hasMessageContaining("setAutoCommit(false)");
            assertThat(c.getAutoCommit()).isTrue();

            StreamOptions buffering = StreamOptions.defaults().withBufferingAllowed(true);
            try (Stream<OrdersRecord> s = lean.streaming(buffering).on(c).stream(DSL.selectFrom(ORDERS))) {
                assertThat(s.count()).as("runs, with a warning").isEqualTo(ORDERS_COUNT);
            }

            c.setAutoCommit(false);
            try (Stream<OrdersRecord> s = lean.streaming().on(c).stream(DSL.selectFrom(ORDERS))) {
                assertThat(s.count()).isEqualTo(ORDERS_COUNT);
            }
            assertThat(c.getAutoCommit())
                    .as("the caller's transaction is left alone")
                    .isFalse();
            assertThat(c.isClosed()).isFalse();
            c.rollback();
        }
    }

    @DbTest(Db.POSTGRES)
    void streamsInAReadOnlyTransactionAndRefusesTheSimpleProtocol(TestDatabase db) throws Exception {
        Lean lean = seeded(db);
        db.dsl().execute("create sequence if not exists read_only_probe_seq");
        assertThatThrownBy(() -> lean.forEach("select nextval('read_only_probe_seq')", rs -> 1, x -> {}))
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(((DataAccessException) e).sqlState()).isEqualTo("25006"));

        Properties props = new Properties();
        props.setProperty("user", db.user());
        props.setProperty("password", db.password() == null ? "" : db.password());
        try (Connection simple = DriverManager.getConnection(db.jdbcUrl() + "&preferQueryMode=simple", props)) {
            simple.setAutoCommit(false);
            assertThatThrownBy(() -> lean.streaming().on(simple).stream(DSL.selectFrom(ORDERS)))
                    .isInstanceOf(StreamingUnavailableException.class)
                    .hasMessageContaining("preferQueryMode=simple");
        }
    }

    // Not on MariaDB yet: its probe (a sequence read by nextval per row) is PostgreSQL's; on MariaDB the server
    // computes every row whatever the client reads, so what an early close must prove there (the driver skips the
    // rest without buffering it) is issue 23 point 2.
    @DbTest({Db.H2, Db.POSTGRES})
    void closingEarlyDoesNotReadTheRest(TestDatabase db) throws Exception {
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        int fetchSize = 100;
        int total = 200_000;
        String sql = probeQuery(db, total);

        // On PostgreSQL the probe is nextval(), which a read-only transaction refuses, so the stream runs on a
        // caller's connection in a plain transaction; the cursor and its fetching are the same. On H2 the
        // stream borrows from the pool as usual.
        LeanStreaming streaming = lean.streaming(StreamOptions.defaults().withFetchSize(fetchSize));
        try (Connection c = db.newConnection()) {
            c.setAutoCommit(false);
            try (Stream<Long> s =
                    (db.db() == Db.POSTGRES ? streaming.on(c) : streaming).stream(sql, rs -> rs.getLong(1))) {
                Iterator<Long> it = s.iterator();
                for (int i = 0; i < 10; i++) {
                    it.next();
                }
            }
            c.rollback();
        }
        assertThat(probeCount(db))
                .as("rows the server computed for a stream closed after 10 of %d rows", total)
                .isBetween(10L, 2L * fetchSize);

        // Control: the same early close on a plain driver query computes every row, so the probe can tell.
        sql = probeQuery(db, total);
        try (Connection c = db.newConnection();
                Statement st = c.createStatement()) {
            st.setFetchSize(fetchSize);
            try (ResultSet rs = st.executeQuery(sql)) {
                for (int i = 0; i < 10; i++) {
                    rs.next();
                }
            }
        }
        assertThat(probeCount(db)).as("control: plain executeQuery").isEqualTo(total);
    }

    private static String probeQuery(TestDatabase db, int total) {
        if (db.db() == Db.H2) {
            // DETERMINISTIC: H2 executes lazily only queries it considers read-only.
            db.dsl()
                    .execute("create alias if not exists stream_probe deterministic for '"
                            + StreamingProbe.class.getName() + ".probe'");
            StreamingProbe.CALLS.set(0);
            return "select stream_probe(\"X\") as n from system_range(1, " + total + ")";
        }
        db.dsl().execute("drop sequence if exists stream_probe_seq");
        db.dsl().execute("create sequence stream_probe_seq");
        return "select nextval('stream_probe_seq') as n from generate_series(1, " + total + ")";
    }

    private static long probeCount(TestDatabase db) {
        return db.db() == Db.H2
                ? StreamingProbe.CALLS.get()
                : db.dsl().fetchOne("select last_value from stream_probe_seq").get(0, Long.class);
    }

    @Test
    void rejectsABadFetchSize() {
        assertThatThrownBy(() -> StreamOptions.defaults().withFetchSize(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("fetchSize must be > 0, was 0");
    }
}
