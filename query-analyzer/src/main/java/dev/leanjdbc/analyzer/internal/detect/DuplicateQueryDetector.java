package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.NumberText;
import dev.leanjdbc.analyzer.internal.ValueHash;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.Group;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Duplicate query: the same SQL text with the same parameters run {@code duplicateQueryThreshold} times or
 * more in one scope, with no data change in between (a SELECT repeated after an INSERT, UPDATE, DELETE,
 * MERGE, DDL or CALL may see new data and starts afresh). One finding per shape, counting the redundant executions
 * and listing the lines they ran at; repeats inside an N+1 are left to the N+1 finding, whose fix removes them too.
 */
final class DuplicateQueryDetector implements Detector {

    @Override
    public void detect(ScopeEvents s, List<Finding> out) {
        if (!s.enabled(FindingType.DUPLICATE_QUERY)) {
            return;
        }
        ParameterSets repeats = parameterSets(s);
        int threshold = s.config.duplicateQueryThreshold();
        // One finding per shape: its redundant executions (every one after the first of its parameter set),
        // wherever they ran, so that the finding names the lines the repeats come from.
        Map<Long, Tally> byShape = new LinkedHashMap<>();
        for (int set = 0; set < repeats.count; set++) {
            if (repeats.size[set] < threshold) {
                continue;
            }
            int setFirst = repeats.first[set];
            StatementEvent first = s.events.get(setFirst);
            Tally t = null;
            for (int j = repeats.next[setFirst]; j >= 0; j = repeats.next[j]) {
                if (s.inNPlusOne(j)) {
                    continue; // a repeat inside an N+1: its fix removes this one too
                }
                if (t == null) {
                    t = byShape.computeIfAbsent(first.fingerprintId(), id -> new Tally());
                    t.sets++;
                    t.first = Math.min(t.first, setFirst);
                }
                t.redundant.add(j);
                t.nanos += s.events.get(j).executeNanos();
                t.rows += s.events.get(j).rowsRead();
            }
        }
        for (Tally t : byShape.values()) {
            StatementEvent first = s.events.get(t.first);
            long n = t.redundant.size;
            List<Finding.CallSiteCount> sites = s.callSites(t.redundant);
            CallSite site = sites.get(0).callSite();
            String why = "The same SELECT with the same parameters ran again " + n
                    + (n == 1 ? " time" : " times") + " in scope '" + s.report.name() + "'" + ScopeEvents.at(site)
                    + " (" + t.sets + (t.sets == 1 ? " parameter set" : " distinct parameter sets")
                    + " repeated, no data change in between): each repeat is a round-trip and "
                    + NumberText.millis(t.nanos) + " of database time for an answer the code already had."
                    + s.coverage();
            out.add(ApiAccess.finding(FindingType.DUPLICATE_QUERY, n >= 10 ? Severity.WARNING : Severity.INFO)
                    .fingerprint(first.fingerprintId(), first.fingerprint())
                    .executions(n)
                    .totalNanos(t.nanos)
                    .rows(t.rows)
                    .firstStatement(t.first + 1)
                    .callSites(sites)
                    .explanation(why)
                    .suggestedFix(Fixes.duplicate(s.client(first.fingerprintId()), s.merged(first.fingerprintId())))
                    .build());
        }
    }

    /**
     * The executions of each (fingerprint, SQL text, parameters, epoch) — one per SELECT parameter set between
     * two data changes — in order of first execution. Keyed by the four mixed into one long in a primitive
     * index; the rare key whose mix another key already took is told apart exactly, in a map of the full keys.
     * The index is cleared at every data change: a set of an earlier epoch is never matched again, and an index
     * of one epoch's sets stays in the cache where one of the whole scope's (up to one entry per event) missed
     * it on almost every lookup in a large scope.
     */
    private static ParameterSets parameterSets(ScopeEvents s) {
        int n = s.events.size();
        ParameterSets sets = new ParameterSets(n);
        LongIndex index = new LongIndex(Math.min(64, n)); // grows as needed: a request's scope has a few SELECTs
        // per fingerprint number: 0 unknown, 1 calls a sequence, 2 does not (a text search per event otherwise)
        byte[] sequence = new byte[s.index.fingerprints()];
        Map<Key, Integer> collided = null;
        int epoch = 0;
        for (int i = 0; i < n; i++) {
            // kinds and flags from the index's columns: only the SELECTs are read
            if (s.index.is(i, DATA_CHANGES, 0, 0)) {
                epoch++;
                index.clear();
                continue;
            }
            if (!s.index.is(i, SELECT, 0, EventIndex.FAILED) || callsSequence(s, sequence, i)) {
                continue;
            }
            StatementEvent e = s.events.get(i);
            long mixed = ValueHash.combine(
                    ValueHash.combine(e.fingerprintId(), e.parameterHash()), ((long) e.sqlHash() << 32) | epoch);
            int found = index.putIfAbsent(mixed, sets.count);
            int set;
            if (found < 0) {
                set = sets.open(i, epoch);
            } else if (sameKey(s.events.get(sets.first[found]), sets.epoch[found], e, epoch)) {
                set = found;
            } else {
                if (collided == null) {
                    collided = new HashMap<>();
                }
                Key key = new Key(e.fingerprintId(), e.sqlHash(), e.parameterHash(), epoch);
                Integer known = collided.get(key);
                if (known == null) {
                    set = sets.open(i, epoch);
                    collided.put(key, set);
                } else {
                    set = known;
                }
            }
            sets.add(set, i);
        }
        return sets;
    }

    /**
     * The parameter sets as chains through int arrays: per set its first and last event, size and epoch, per
     * event the next event of its set. Up to one set per event: no object and no index array per set (a
     * profile of a million-event scope counted a {@code Group} and its array per parameter set among the
     * largest sources of garbage). Each array is bounded by the scope's events.
     */
    private static final class ParameterSets {
        final int[] next;
        int[] first;
        int[] last;
        int[] size;
        int[] epoch;
        int count;

        ParameterSets(int events) {
            next = new int[events];
            // no more sets than events; they grow by doubling, so a small scope allocates small ones
            int sets = Math.max(1, Math.min(16, events));
            first = new int[sets];
            last = new int[sets];
            size = new int[sets];
            epoch = new int[sets];
        }

        int open(int event, int epochOfSet) {
            if (count == first.length) {
                int grown = count * 2;
                first = Arrays.copyOf(first, grown);
                last = Arrays.copyOf(last, grown);
                size = Arrays.copyOf(size, grown);
                epoch = Arrays.copyOf(epoch, grown);
            }
            first[count] = event;
            last[count] = -1;
            epoch[count] = epochOfSet;
            return count++;
        }

        void add(int set, int event) {
            next[event] = -1;
            if (last[set] >= 0) {
                next[last[set]] = event;
            }
            last[set] = event;
            size[set]++;
        }
    }

    private static boolean sameKey(StatementEvent a, int epochA, StatementEvent b, int epochB) {
        return epochA == epochB
                && a.fingerprintId() == b.fingerprintId()
                && a.sqlHash() == b.sqlHash()
                && a.parameterHash() == b.parameterHash();
    }

    private static boolean callsSequence(ScopeEvents s, byte[] known, int event) {
        int number = s.index.fingerprintOf(event);
        if (known[number] == 0) {
            known[number] = callsSequence(s.events.get(event).fingerprint()) ? (byte) 1 : (byte) 2;
        }
        return known[number] == 1;
    }

    /**
     * {@code select nextval('s')}, {@code next value for s}: each call returns a new value (Hibernate's pooled
     * optimizer calls twice on first use), so a repeat is no duplicate.
     */
    static boolean callsSequence(String fingerprint) {
        return fingerprint.contains("nextval(") || fingerprint.contains("next value for ");
    }

    /** The redundant executions of one shape. */
    private static final class Tally {
        final Group redundant = new Group();
        int sets;
        int first = Integer.MAX_VALUE;
        long nanos;
        // The rows the repeats read again: what the code already had, like their time.
        long rows;
    }

    private static final int SELECT = EventIndex.bit(StatementKind.SELECT);

    private static final int DATA_CHANGES = EventIndex.bit(StatementKind.INSERT)
            | EventIndex.bit(StatementKind.UPDATE)
            | EventIndex.bit(StatementKind.DELETE)
            | EventIndex.bit(StatementKind.MERGE)
            | EventIndex.bit(StatementKind.DDL)
            | EventIndex.bit(StatementKind.CALL);

    private record Key(long fingerprintId, int sqlHash, long parameterHash, int epoch) {}
}
