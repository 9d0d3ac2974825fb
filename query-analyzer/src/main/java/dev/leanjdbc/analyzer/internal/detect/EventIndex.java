package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.StatementOrigin;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.GroupKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Dense numbers for a scope's events, found once for all detectors: each event's fingerprint as a number
 * {@code 0..fingerprints()-1} (in order of first execution) and each event's (fingerprint, call site) group
 * as a number (also in order of first execution). Detectors then key arrays by these numbers instead of
 * hash maps of boxed {@code Long}s or {@link GroupKey}s: a profile of a million-event scope showed a boxed
 * key or a key record allocated per event per detector as most of its garbage, and collecting that garbage
 * while the scope's events are live was what made the time per event grow with the scope.
 *
 * <p>It also keeps a few columns of each event — its kind and flags for the conditions the detectors filter
 * on — so that a detector's pass over the whole scope reads a byte per event and touches only the events it
 * wants: each pass that reads a field of every {@link StatementEvent} misses the cache on every event once
 * the scope's events outgrow it, and a dozen such passes made the time per event grow with the scope.
 *
 * <p>Bounded by the scope: its arrays have one entry per event, fingerprint or group, all of them bounded
 * by {@code maxEventsPerScope}; it lives for one detection pass.
 */
final class EventIndex {

    static final int FAILED = 1;
    /** Bound at least one parameter. */
    static final int PARAMETERS = 1 << 1;
    /** A JDBC batch ({@link StatementEvent#isBatch}). */
    static final int BATCH = 1 << 2;
    /** A batch of two or more statements. */
    static final int MULTI_BATCH = 1 << 3;
    /** Ran at least {@code slowFindingMillis}. */
    static final int SLOW = 1 << 4;
    /** Read at least the fewer of {@code largeResultRows} and {@code overFetchRows}, or left {@code overFetchUnreadRows}. */
    static final int LARGE = 1 << 5;
    /** Ran by a chunked leanjdbc operation (neither application nor internal, a chunk size). */
    static final int CHUNKED = 1 << 6;

    private final int[] fingerprintOf;
    private final byte[] kinds;
    private final byte[] flags;
    private final CallSite[] sites;
    /**
     * Columns the repetition detectors sum or compare over a group's events (a group can be most of a large
     * scope: reading them here keeps those passes off the events).
     */
    final long[] executeNanos;

    final long[] rowsRead;
    /** {@link StatementOrigin#run()}: 0 for the application's own statements. */
    final long[] runs;

    final int[] parameterCounts;
    private final LongIndex numbers;
    private long[] fingerprintIds;
    private int[] firstOf;
    private int fingerprints;

    private int[] groupOf;
    private List<GroupKey> groupKeys;

    EventIndex(List<StatementEvent> events, DetectorConfig config) {
        int n = events.size();
        fingerprintOf = new int[n];
        kinds = new byte[n];
        flags = new byte[n];
        sites = new CallSite[n];
        executeNanos = new long[n];
        rowsRead = new long[n];
        runs = new long[n];
        parameterCounts = new int[n];
        // Sized by the scope (a request's has a handful of events and shapes); they grow by doubling.
        numbers = new LongIndex(Math.min(16, n));
        fingerprintIds = new long[Math.max(1, Math.min(16, n))];
        firstOf = new int[fingerprintIds.length];
        long slow = config.slowFindingMillis() * 1_000_000L;
        long large = Math.min(config.largeResultRows(), config.overFetchRows());
        for (int i = 0; i < n; i++) {
            StatementEvent e = events.get(i);
            kinds[i] = (byte) e.kind().ordinal();
            flags[i] = flags(e, slow, large, config.overFetchUnreadRows());
            sites[i] = e.callSite();
            executeNanos[i] = e.executeNanos();
            rowsRead[i] = e.rowsRead();
            runs[i] = e.origin().run();
            parameterCounts[i] = e.parameterCount();
            long id = e.fingerprintId();
            int found = numbers.putIfAbsent(id, fingerprints);
            if (found < 0) {
                found = fingerprints++;
                if (found == fingerprintIds.length) {
                    fingerprintIds = Arrays.copyOf(fingerprintIds, found * 2);
                    firstOf = Arrays.copyOf(firstOf, found * 2);
                }
                fingerprintIds[found] = id;
                firstOf[found] = i;
            }
            fingerprintOf[i] = found;
        }
    }

    private static byte flags(StatementEvent e, long slow, long large, long unread) {
        int f = 0;
        f |= e.failed() ? FAILED : 0;
        f |= e.parameterCount() != 0 ? PARAMETERS : 0;
        f |= e.isBatch() ? BATCH : 0;
        f |= e.batchSize() > 1 ? MULTI_BATCH : 0;
        f |= e.executeNanos() >= slow ? SLOW : 0;
        f |= e.rowsRead() >= large || e.rowsLeftUnread() >= unread ? LARGE : 0;
        StatementOrigin o = e.origin();
        f |= !o.isApplication() && !o.isInternal() && o.chunkSize() > 0 ? CHUNKED : 0;
        return (byte) f;
    }

    /** The bit of a kind, for {@link #is}. */
    static int bit(StatementKind kind) {
        return 1 << kind.ordinal();
    }

    /**
     * Whether event {@code i} is of one of {@code kinds} (a mask of {@link #bit}s), has every flag of {@code
     * all} and none of {@code none}: from the columns, without reading the event.
     */
    boolean is(int i, int kinds, int all, int none) {
        int f = flags[i];
        return (kinds & (1 << this.kinds[i])) != 0 && (f & all) == all && (f & none) == 0;
    }

    /** Each event's own call site ({@link CallSite#NOT_CAPTURED} where none was captured). */
    CallSite[] sites() {
        return sites;
    }

    /** Distinct fingerprints among the events. */
    int fingerprints() {
        return fingerprints;
    }

    /** The fingerprint number of event {@code i}. */
    int fingerprintOf(int i) {
        return fingerprintOf[i];
    }

    /** The number of a fingerprint id, or -1 when no event has it. */
    int numberOf(long fingerprintId) {
        return numbers.get(fingerprintId);
    }

    /** The fingerprint id of a fingerprint number. */
    long fingerprintId(int number) {
        return fingerprintIds[number];
    }

    /** The index of the first event of a fingerprint id, or -1 when no event has it. */
    int firstIndexOf(long fingerprintId) {
        int number = numbers.get(fingerprintId);
        return number < 0 ? -1 : firstOf[number];
    }

    /** Each event's (fingerprint, call site) group number; computed on first use. */
    int[] groupOf() {
        if (groupOf == null) {
            computeGroups();
        }
        return groupOf;
    }

    /** The key of each group number, in order of first execution; see {@link #groupOf}. */
    List<GroupKey> groupKeys() {
        if (groupKeys == null) {
            computeGroups();
        }
        return groupKeys;
    }

    /**
     * Keyed by the fingerprint number (exact) and the call site's hash (not exact) mixed into one long in a
     * primitive index, then checked against the group's key: sites of one fingerprint whose hashes coincide
     * are told apart in a map of full keys, which only they ever enter.
     */
    private void computeGroups() {
        int n = fingerprintOf.length;
        int[] ids = new int[n];
        List<GroupKey> keys = new ArrayList<>();
        LongIndex index = new LongIndex(Math.max(16, fingerprints * 2));
        Map<GroupKey, Integer> collided = null;
        for (int i = 0; i < n; i++) {
            int fp = fingerprintOf[i];
            CallSite site = sites[i];
            long mixed = ((long) fp << 32) | (Objects.hashCode(site) & 0xFFFF_FFFFL);
            int id = index.putIfAbsent(mixed, keys.size());
            if (id < 0) {
                id = keys.size();
                keys.add(new GroupKey(fingerprintIds[fp], site));
            } else if (!Objects.equals(keys.get(id).site(), site)) {
                if (collided == null) {
                    collided = new HashMap<>();
                }
                GroupKey key = new GroupKey(fingerprintIds[fp], site);
                Integer known = collided.putIfAbsent(key, keys.size());
                if (known == null) {
                    id = keys.size();
                    keys.add(key);
                } else {
                    id = known;
                }
            }
            ids[i] = id;
        }
        groupKeys = keys;
        groupOf = ids;
    }
}
