package dev.leanjdbc.analyzer.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.ColumnSet;
import dev.leanjdbc.analyzer.ResultMode;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.StatementOrigin;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.GroupKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dense numbers and columns the detectors key their arrays by instead of hash maps of boxed keys. */
class EventIndexTest {

    private static final CallSite A = new CallSite("com.shop.OrderService", "list", "OrderService.java", 42);

    @Test
    void fingerprintsAreNumberedInOrderOfFirstExecution() {
        EventIndex index = new EventIndex(
                List.of(event(1, 70, A), event(2, 50, A), event(3, 70, A), event(4, 60, A)), DetectorConfig.DEFAULTS);

        assertThat(index.fingerprints()).isEqualTo(3);
        assertThat(new int[] {
                    index.fingerprintOf(0), index.fingerprintOf(1), index.fingerprintOf(2), index.fingerprintOf(3)
                })
                .containsExactly(0, 1, 0, 2);
        assertThat(index.fingerprintId(1)).isEqualTo(50);
        assertThat(index.numberOf(60)).isEqualTo(2);
        assertThat(index.numberOf(99)).isEqualTo(-1);
        assertThat(index.firstIndexOf(70)).isZero();
        assertThat(index.firstIndexOf(60)).isEqualTo(3);
        assertThat(index.firstIndexOf(99)).isEqualTo(-1);
    }

    @Test
    void groupsAreTheFingerprintAndAnEqualCallSiteNotTheSameInstanceNorTheSameHash() {
        CallSite equalToA = new CallSite("com.shop.OrderService", "list", "OrderService.java", 42);
        // "Aa" and "BB" have the same String hash: two sites of one hash, told apart exactly
        CallSite aa = new CallSite("com.shop.X", "Aa", "X.java", 1);
        CallSite bb = new CallSite("com.shop.X", "BB", "X.java", 1);
        assertThat(aa.hashCode()).isEqualTo(bb.hashCode());
        EventIndex index = new EventIndex(
                List.of(
                        event(1, 70, A),
                        event(2, 70, aa),
                        event(3, 70, equalToA),
                        event(4, 70, bb),
                        event(5, 80, A),
                        event(6, 70, bb),
                        event(7, 70, aa),
                        event(8, 70, CallSite.NOT_CAPTURED)),
                DetectorConfig.DEFAULTS);

        assertThat(index.groupOf()).containsExactly(0, 1, 0, 2, 3, 2, 1, 4);
        assertThat(index.groupKeys())
                .containsExactly(
                        new GroupKey(70, A),
                        new GroupKey(70, aa),
                        new GroupKey(70, bb),
                        new GroupKey(80, A),
                        new GroupKey(70, CallSite.NOT_CAPTURED));
    }

    @Test
    void kindsAndFlagsAreReadFromTheColumns() {
        DetectorConfig c = DetectorConfig.DEFAULTS;
        long slow = c.slowFindingMillis() * 1_000_000L;
        StatementEvent plain = event(1, 70, A);
        StatementEvent failed =
                event(2, 70, StatementKind.SELECT, 0, slow - 1, 0, 0, true, StatementOrigin.APPLICATION);
        StatementEvent batch = event(3, 71, StatementKind.INSERT, 2, 0, 0, 0, false, StatementOrigin.APPLICATION);
        StatementEvent slowLarge = event(
                4,
                70,
                StatementKind.SELECT,
                0,
                slow,
                Math.min(c.largeResultRows(), c.overFetchRows()),
                0,
                false,
                StatementOrigin.APPLICATION);
        StatementEvent unread = event(
                5, 70, StatementKind.SELECT, 0, 0, 0, c.overFetchUnreadRows(), false, StatementOrigin.APPLICATION);
        StatementEvent chunk = event(
                6, 72, StatementKind.UPDATE, 0, 0, 0, 0, false, StatementOrigin.leanOperation("updateInChunks", 50, 9));
        EventIndex index = new EventIndex(List.of(plain, failed, batch, slowLarge, unread, chunk), c);
        int select = EventIndex.bit(StatementKind.SELECT);
        int all = ScopeEvents.ALL_KINDS;

        assertThat(index.is(0, select, EventIndex.PARAMETERS, EventIndex.FAILED))
                .isTrue();
        assertThat(index.is(0, EventIndex.bit(StatementKind.UPDATE), 0, 0)).isFalse();
        assertThat(index.is(1, select, 0, EventIndex.FAILED)).isFalse();
        assertThat(index.is(1, select, EventIndex.FAILED, EventIndex.SLOW | EventIndex.LARGE))
                .isTrue();
        assertThat(index.is(2, all, EventIndex.BATCH | EventIndex.MULTI_BATCH, 0))
                .isTrue();
        assertThat(index.is(0, all, EventIndex.BATCH, 0)).isFalse();
        assertThat(index.is(3, select, EventIndex.SLOW | EventIndex.LARGE, 0)).isTrue();
        assertThat(index.is(4, select, EventIndex.LARGE, EventIndex.SLOW)).isTrue();
        assertThat(index.is(5, all, EventIndex.CHUNKED, 0)).isTrue();
        assertThat(index.is(0, all, EventIndex.CHUNKED, 0)).isFalse();
        assertThat(index.sites()[0]).isSameAs(A);
    }

    private static StatementEvent event(long seq, long fingerprintId, CallSite site) {
        return event(seq, fingerprintId, StatementKind.SELECT, 0, 0, 0, 0, false, StatementOrigin.APPLICATION, site);
    }

    private static StatementEvent event(
            long seq,
            long fingerprintId,
            StatementKind kind,
            int batchSize,
            long nanos,
            long rows,
            long unread,
            boolean failed,
            StatementOrigin origin) {
        return event(seq, fingerprintId, kind, batchSize, nanos, rows, unread, failed, origin, A);
    }

    private static StatementEvent event(
            long seq,
            long fingerprintId,
            StatementKind kind,
            int batchSize,
            long nanos,
            long rows,
            long unread,
            boolean failed,
            StatementOrigin origin,
            CallSite site) {
        long[] params = {seq};
        return ApiAccess.statementEvent(
                seq,
                fingerprintId,
                "select id from t where id = ?",
                kind,
                1,
                nanos,
                nanos,
                -1,
                batchSize,
                rows,
                unread,
                1,
                ColumnSet.of(1),
                0,
                true,
                ResultMode.BUFFERED,
                seq,
                params,
                null,
                null,
                false,
                failed,
                site,
                "main",
                1,
                0,
                origin);
    }
}
