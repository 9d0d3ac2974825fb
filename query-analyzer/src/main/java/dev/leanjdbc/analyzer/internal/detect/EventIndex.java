package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.StatementEvent;
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
 * <p>Bounded by the scope: its arrays have one entry per event, fingerprint or group, all of them bounded
 * by {@code maxEventsPerScope}; it lives for one detection pass.
 */
final class EventIndex {

    private final int[] fingerprintOf;
    private final LongIndex numbers;
    private long[] fingerprintIds = new long[16];
    private int[] firstOf = new int[16];
    private int fingerprints;

    private int[] groupOf;
    private List<GroupKey> groupKeys;

    EventIndex(List<StatementEvent> events) {
        int n = events.size();
        fingerprintOf = new int[n];
        numbers = new LongIndex(16);
        for (int i = 0; i < n; i++) {
            long id = events.get(i).fingerprintId();
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
    int[] groupOf(CallSite[] sites) {
        if (groupOf == null) {
            computeGroups(sites);
        }
        return groupOf;
    }

    /** The key of each group number, in order of first execution; see {@link #groupOf}. */
    List<GroupKey> groupKeys(CallSite[] sites) {
        if (groupKeys == null) {
            computeGroups(sites);
        }
        return groupKeys;
    }

    /**
     * Keyed by the fingerprint number (exact) and the call site's hash (not exact) mixed into one long in a
     * primitive index, then checked against the group's key: sites of one fingerprint whose hashes coincide
     * are told apart in a map of full keys, which only they ever enter.
     */
    private void computeGroups(CallSite[] sites) {
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
