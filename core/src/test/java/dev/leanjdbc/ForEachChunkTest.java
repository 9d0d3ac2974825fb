package dev.leanjdbc;

import static dev.leanjdbc.testing.shop.Tables.CUSTOMER;
import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;

class ForEachChunkTest {

    private static final int ORDERS_COUNT = 2_500;

    @DbTest
    void walksTheTableInKeyOrderWithoutOffsetOneTransactionPerChunk(TestDatabase db) {
        db.seedShop(new ShopScale(50, 10, ORDERS_COUNT));
        List<String> sql = new CopyOnWriteArrayList<>();
        DSLContext recording =
                DSL.using(db.dsl().configuration().derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
                    @Override
                    public void executeStart(ExecuteContext ctx) {
                        // MariaDB quotes names with backticks; compare in one quoting.
                        sql.add(ctx.sql().replace('`', '"'));
                    }
                })));
        Lean lean = Lean.of(db.dataSource(), recording);
        List<Long> ids = new ArrayList<>();
        List<long[]> progress = new ArrayList<>();
        Set<Object> transactions = new HashSet<>();

        ChunkSummary<Long> summary = lean.forEachChunk(
                ORDERS,
                ORDERS.ID,
                null,
                1_000,
                ChunkOptions.<Long>defaults()
                        .withEstimate(ChunkOptions.Estimate.COUNT)
                        .withProgress((done, total) -> progress.add(new long[] {done, total})),
                chunk -> {
                    chunk.records().forEach(r -> ids.add(r.getId()));
                    transactions.add(transactionId(chunk.dsl(), db.db()));
                });

        assertThat(summary).isEqualTo(new ChunkSummary<>(3, ORDERS_COUNT, (long) ORDERS_COUNT));
        assertThat(ids).hasSize(ORDERS_COUNT).isSorted().doesNotHaveDuplicates();
        assertThat(progress).extracting(p -> p[0]).containsExactly(1_000L, 2_000L, 2_500L);
        assertThat(progress).extracting(p -> p[1]).containsOnly((long) ORDERS_COUNT);
        assertThat(transactions).as("one transaction per chunk").hasSize(3);
        assertThat(sql).noneMatch(s -> s.toLowerCase(Locale.ROOT).contains("offset"));
        assertThat(sql)
                .filteredOn(s -> s.contains("\"orders\".\"id\" >"))
                .hasSize(2)
                .allMatch(s -> s.contains("order by \"orders\".\"id\" asc"));
    }

    @DbTest
    void appliesTheConditionAndResumesAfterAKey(TestDatabase db) {
        db.seedShop(new ShopScale(50, 10, ORDERS_COUNT));
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        int expected = db.dsl().fetchCount(ORDERS, ORDERS.STATUS.eq("NEW").and(ORDERS.ID.gt(1_000L)));
        List<OrdersRecord> seen = new ArrayList<>();

        ChunkSummary<Long> summary = lean.forEachChunk(
                ORDERS,
                ORDERS.ID,
                ORDERS.STATUS.eq("NEW"),
                70,
                ChunkOptions.<Long>defaults().withResumeAfter(1_000L),
                chunk -> seen.addAll(chunk.records()));

        assertThat(seen).hasSize(expected).allMatch(r -> r.getStatus().equals("NEW") && r.getId() > 1_000);
        assertThat(summary.rows()).isEqualTo(expected);
        assertThat(summary.chunks()).isEqualTo((expected + 69) / 70);
        assertThat(summary.lastKey()).isEqualTo(seen.get(seen.size() - 1).getId());
    }

    @DbTest
    void aFailedChunkIsRolledBackAndNamesTheKeyToResumeAfter(TestDatabase db) {
        db.seedShop(new ShopScale(50, 10, ORDERS_COUNT));
        Lean lean = Lean.of(db.dataSource(), db.dialect());

        ChunkFailedException failure = (ChunkFailedException) org.assertj.core.api.Assertions.catchThrowable(() ->
                lean.forEachChunk(ORDERS, ORDERS.ID, null, 1_000, chunk -> {
                    chunk.dsl()
                            .update(ORDERS)
                            .set(ORDERS.NOTES, "chunk " + chunk.number())
                            .where(ORDERS.ID.in(chunk.records().getValues(ORDERS.ID)))
                            .execute();
                    if (chunk.number() == 2) {
                        throw new IllegalStateException("handler failed in chunk 2");
                    }
                }));

        assertThat(failure).hasMessageContaining("chunk 2").hasMessageContaining("resume after id = 1000");
        assertThat(failure.getCause()).hasMessageContaining("handler failed in chunk 2");
        assertThat(failure.chunk()).isEqualTo(2);
        assertThat(failure.rowsCommitted()).isEqualTo(1_000);
        assertThat(failure.lastCommittedKey()).isEqualTo(1_000L);
        assertThat(db.dsl().fetchCount(ORDERS, ORDERS.NOTES.eq("chunk 1")))
                .as("chunk 1 committed")
                .isEqualTo(1_000);
        assertThat(db.dsl().fetchCount(ORDERS, ORDERS.NOTES.eq("chunk 2")))
                .as("chunk 2 rolled back")
                .isZero();

        ChunkSummary<Long> resumed = lean.forEachChunk(
                ORDERS,
                ORDERS.ID,
                null,
                1_000,
                ChunkOptions.<Long>defaults().withResumeAfter((Long) failure.lastCommittedKey()),
                chunk -> {});
        assertThat(resumed.rows()).isEqualTo(ORDERS_COUNT - 1_000);
    }

    @DbTest
    void estimatesFromTableStatistics(TestDatabase db) {
        db.seedShop(new ShopScale(50, 10, ORDERS_COUNT));
        db.dsl()
                .execute(
                        db.db() == Db.H2
                                ? "analyze"
                                : db.db() == Db.POSTGRES ? "analyze orders" : "analyze table orders");
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        List<Long> totals = new ArrayList<>();
        lean.forEachChunk(
                ORDERS,
                ORDERS.ID,
                null,
                1_000,
                ChunkOptions.<Long>defaults()
                        .withEstimate(ChunkOptions.Estimate.STATISTICS)
                        .withProgress((done, total) -> totals.add(total)),
                chunk -> {});
        if (db.db().isMariaDb()) {
            // InnoDB estimates from sampled pages even after ANALYZE TABLE (2,490 for 2,500 rows here): the one
            // estimate taken before the first chunk, close to the truth.
            assertThat(totals).hasSize(3).containsOnly(totals.get(0));
            assertThat(totals.get(0)).isBetween(ORDERS_COUNT * 9L / 10, ORDERS_COUNT * 11L / 10);
        } else {
            assertThat(totals).hasSize(3).containsOnly((long) ORDERS_COUNT);
        }
    }

    @DbTest(Db.H2)
    void rejectsBadArguments(TestDatabase db) {
        db.createShopSchema();
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        assertThatThrownBy(() -> lean.forEachChunk(ORDERS, ORDERS.ID, null, 0, chunk -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("chunkSize must be > 0, was 0");
        assertThatThrownBy(() -> lean.forEachChunk(CUSTOMER, CUSTOMER.COUNTRY, null, 10, chunk -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be the single-column primary or unique key of customer");
    }

    /** PostgreSQL: the transaction id; H2 (no such id in SQL): whether auto-commit is off, i.e. in a transaction. */
    private static Object transactionId(DSLContext tx, Db db) {
        return db == Db.POSTGRES
                ? tx.fetchValue("select txid_current()")
                : tx.connectionResult(c -> c.getAutoCommit() ? "auto-commit" : "transaction " + System.nanoTime());
    }
}
