package dev.leanjdbc.analyzer.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.analyzer.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SqlShapeCacheTest {

    @Test
    void rejectsANonPositiveCapacityNamingTheValue() {
        assertThatThrownBy(() -> new SqlShapeCache(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxEntries must be > 0, was 0");
        assertThatThrownBy(() -> new SqlShapeCache(-5)).hasMessage("maxEntries must be > 0, was -5");
    }

    @Test
    void aHitReturnsTheCachedShape() {
        SqlShapeCache cache = new SqlShapeCache(10);

        SqlShape first = cache.shapeOf("select * from t where id = 1");
        SqlShape second = cache.shapeOf(new String("select * from t where id = 1"));

        assertThat(second).isSameAs(first);
        assertThat(first.fingerprint()).isEqualTo("select * from t where id = ?");
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.evictions()).isZero();
    }

    @Test
    void neverGrowsBeyondItsCapacityAndCountsEvictions() {
        SqlShapeCache cache = new SqlShapeCache(100);

        for (int i = 0; i < 1_000; i++) {
            cache.shapeOf("select * from t where id = " + i);
            assertThat(cache.size()).isLessThanOrEqualTo(100);
        }

        assertThat(cache.size()).isEqualTo(100);
        assertThat(cache.evictions()).isEqualTo(900);
    }

    @Test
    void aHugeCapacityCostsNothingUpFrontAndGrowsPastTheInitialRing() {
        SqlShapeCache cache = new SqlShapeCache(Integer.MAX_VALUE);

        for (int i = 0; i < 5_000; i++) {
            cache.shapeOf("select " + i);
        }

        assertThat(cache.size()).isEqualTo(5_000);
        assertThat(cache.evictions()).isZero();
    }

    @Test
    void evictsInClockOrderAfterGrowing() {
        SqlShapeCache cache = new SqlShapeCache(1_000);
        for (int i = 0; i < 1_000; i++) {
            cache.shapeOf("select " + i);
        }
        SqlShape kept = cache.shapeOf("select 0"); // marks the oldest entry as used

        cache.shapeOf("select new");

        assertThat(cache.size()).isEqualTo(1_000);
        assertThat(cache.evictions()).isEqualTo(1);
        assertThat(cache.shapeOf("select 0")).isSameAs(kept);
        SqlShape secondOldest = cache.shapeOf("select 1"); // was evicted: shaped again, evicting another
        assertThat(cache.evictions()).isEqualTo(2);
        assertThat(cache.shapeOf("select 1")).isSameAs(secondOldest);
    }

    @Test
    void theIdentityFrontServesTheSameStringAndEqualStringsAlike() {
        SqlShapeCache cache = new SqlShapeCache(10);
        String sql = "select * from orders where id = 1";
        String equalCopy = new String(sql.toCharArray());

        SqlShapeCache.Entry first = cache.lookup(sql);

        assertThat(cache.lookup(sql)).isSameAs(first);
        assertThat(cache.lookup(equalCopy)).isSameAs(first);
        assertThat(cache.lookup(equalCopy)).isSameAs(first);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void anEvictedEntryIsNotServedFromTheIdentityFront() {
        SqlShapeCache cache = new SqlShapeCache(1);
        String a = "select a from t where x = 1";
        String b = "select b from t where x = 1";

        SqlShapeCache.Entry firstA = cache.lookup(a);
        cache.lookup(b); // evicts a
        SqlShapeCache.Entry secondA = cache.lookup(a);

        assertThat(secondA).as("a fresh entry, not the evicted one").isNotSameAs(firstA);
        assertThat(secondA.shape().fingerprint()).isEqualTo(firstA.shape().fingerprint());
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.evictions()).isEqualTo(2);
    }

    @Test
    void aCapacityOfOneWorks() {
        SqlShapeCache cache = new SqlShapeCache(1);

        cache.shapeOf("select 1");
        cache.shapeOf("select 2");
        SqlShape third = cache.shapeOf("select 3");

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.evictions()).isEqualTo(2);
        assertThat(cache.shapeOf("select 3")).isSameAs(third);
    }

    @Test
    void aStatementInUseSurvivesAStreamOfOneOffStatements() {
        SqlShapeCache cache = new SqlShapeCache(50);
        SqlShape hot = cache.shapeOf("select * from customer where id = ?");

        for (int i = 0; i < 10_000; i++) {
            cache.shapeOf("select * from t where id = " + i);
            assertThat(cache.shapeOf("select * from customer where id = ?")).isSameAs(hot);
        }

        assertThat(cache.evictions()).isEqualTo(10_000 - 49);
    }

    @Test
    void sqlLongerThanTheKeyLimitIsShapedButNotCached() {
        SqlShapeCache cache = new SqlShapeCache(10);
        String longSql = "select " + "a, ".repeat(SqlShapeCache.MAX_CACHED_SQL_LENGTH / 3) + "b from t";

        SqlShape shape = cache.shapeOf(longSql);

        assertThat(shape.kind()).isEqualTo(StatementKind.SELECT);
        assertThat(cache.size()).isZero();
        assertThat(cache.shapeOf(null).kind()).isEqualTo(StatementKind.OTHER);
        assertThat(cache.size()).isZero();
    }

    @Test
    void manyThreadsGetCorrectShapesAndTheBoundHolds() throws Exception {
        SqlShapeCache cache = new SqlShapeCache(64);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger maxSeen = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 50_000; i++) {
                        int id = (i * 31 + seed) % 200; // 200 distinct statements over 64 slots
                        SqlShape shape = cache.shapeOf("select name from customer where id = " + id);
                        assertThat(shape.fingerprint()).isEqualTo("select name from customer where id = ?");
                        maxSeen.accumulateAndGet(cache.size(), Math::max);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(maxSeen.get()).isLessThanOrEqualTo(64);
        assertThat(cache.size()).isEqualTo(64);
        assertThat(cache.evictions()).isPositive();
    }
}
