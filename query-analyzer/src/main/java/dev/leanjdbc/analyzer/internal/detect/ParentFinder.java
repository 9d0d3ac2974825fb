package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.ReadValueSample;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ValueHash;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.Group;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the parent of each N+1: the earlier result whose read values the repeated executions bind. One pass
 * over the scope in order: every sampled value read by a SELECT is remembered with where it was read (the
 * latest reading of each of a few (shape, column) pairs, so neither a child re-reading the value nor another
 * column holding the same number hides the parent); every execution of an N+1 looks its bind values up and
 * votes once for each (shape, column) that read them before.
 *
 * <p>Membership alone cannot tell columns apart when values coincide — seeded and sequential data where an
 * order's {@code customer_id} equals its own or the next order's {@code id} — so the parent is elected by, in
 * order: the executions whose bind equals the candidate column's values <em>in order</em> (the k-th child
 * binds a value of a row at or after the one the (k-1)-th bound); then positional alignment (±1 row); then
 * the name (a column named after the queried table and key, {@code orders.customer_id} for {@code customer
 * where id = ?}); then the vote count, which must be twice the runner-up's when nothing else decides.
 */
final class ParentFinder {

    /** Bind parameters looked at per execution. */
    private static final int MAX_PARAMETERS = 16;

    private static final long HASH_MASK = ~0xFFFFL;

    /** (shape, column) pairs remembered per value: enough for an id, its foreign keys and the child itself. */
    private static final int READERS_PER_VALUE = 4;

    /** Candidate (shape, column) pairs checked for alignment per N+1. */
    private static final int MAX_CANDIDATES = 6;

    private ParentFinder() {}

    static Finding.Parent[] find(ScopeEvents s, List<Group> groups) {
        int n = s.events.size();
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        for (int j = 0; j < groups.size(); j++) {
            Group g = groups.get(j);
            for (int i = 0; i < g.size; i++) {
                groupOf[g.indexes[i]] = j;
            }
        }
        // value hash -> {fingerprint number, index << 16 | column + 1} per reader, READERS_PER_VALUE of them
        ValueReaders readers = new ValueReaders(n, READERS_PER_VALUE);
        Votes[] votes = new Votes[groups.size()];
        for (int j = 0; j < groups.size(); j++) {
            votes[j] = new Votes();
        }
        int maxParameters = 0;
        for (int i = 0; i < n; i++) {
            maxParameters = Math.max(maxParameters, s.index.parameterCounts[i]);
        }
        // one vote per bound parameter and reader of its value, at most: sized by the scope's widest statement
        long[] cast = new long[Math.min(maxParameters, MAX_PARAMETERS) * READERS_PER_VALUE];
        int select = EventIndex.bit(StatementKind.SELECT);
        for (int i = 0; i < n; i++) {
            int j = groupOf[i];
            boolean read = s.index.is(i, select, 0, 0);
            if (j < 0 && !read) {
                continue; // from the index's columns: the event is not read at all
            }
            StatementEvent e = s.events.get(i);
            int shape = s.index.fingerprintOf(i);
            if (j >= 0) {
                vote(s, e, shape, readers, votes[j], cast);
            }
            if (read) {
                remember(e, shape, i, readers);
            }
        }
        Finding.Parent[] parents = new Finding.Parent[groups.size()];
        for (int j = 0; j < groups.size(); j++) {
            parents[j] = elect(s, groups.get(j), votes[j].map());
        }
        return parents;
    }

    /** One vote per (shape, column) per execution: a column does not win by being bound twice. */
    private static void vote(
            ScopeEvents s, StatementEvent e, int shape, ValueReaders readers, Votes votes, long[] cast) {
        int params = Math.min(e.parameterCount(), MAX_PARAMETERS);
        int castCount = 0;
        for (int p = 1; p <= params; p++) {
            long h = e.parameterHash(p);
            if (h == ValueHash.NULL) {
                continue;
            }
            int value = readers.find(h & HASH_MASK);
            if (value < 0) {
                continue;
            }
            for (int slot = 0; slot < readers.slots(value); slot++) {
                long at = readers.where(value, slot);
                if (at == 0 || readers.shape(value, slot) == shape) {
                    continue; // empty, or the child's own shape re-reading the value
                }
                long where = at - 1;
                int reader = (int) readers.shape(value, slot);
                // (shape number, column): exact in one long, unlike a hash
                long v = ((long) reader << 16) | (where & 0xFFFF);
                if (contains(cast, castCount, v)) {
                    continue;
                }
                cast[castCount++] = v;
                votes.add(v, s.index.fingerprintId(reader), where >>> 16);
            }
        }
    }

    private static boolean contains(long[] votes, int count, long v) {
        for (int i = 0; i < count; i++) {
            if (votes[i] == v) {
                return true;
            }
        }
        return false;
    }

    private static void remember(StatementEvent e, int shape, int index, ValueReaders readers) {
        ReadValueSample values = e.readValues();
        for (int k = 0; k < values.size(); k++) {
            long hash = values.valueHash(k);
            if (hash == (ValueHash.NULL & HASH_MASK)) {
                continue;
            }
            int column = values.column(k);
            long where = (((long) index) << 16 | column) + 1; // +1: 0 means empty
            int value = readers.findOrAdd(hash);
            int free = -1;
            int oldest = 0;
            boolean updated = false;
            for (int slot = 0; slot < readers.slots(value) && !updated; slot++) {
                long at = readers.where(value, slot);
                if (at == 0) {
                    free = free < 0 ? slot : free;
                } else if (readers.shape(value, slot) == shape && ((at - 1) & 0xFFFF) == column) {
                    readers.set(value, slot, shape, where); // the latest reading of this (shape, column)
                    updated = true;
                } else if (at < readers.where(value, oldest)) {
                    oldest = slot;
                }
            }
            if (!updated && free < 0 && readers.slots(value) < READERS_PER_VALUE) {
                free = readers.widen(value); // room for more readers, made when a second one comes
            }
            if (!updated) {
                readers.set(value, free >= 0 ? free : oldest, shape, where);
            }
        }
    }

    /**
     * Small integers collide: an order id and a customer id of 7 hash alike, so membership alone can split
     * votes between columns — or, in sequential data, give them all to the wrong one. The k-th execution
     * of a loop over a parent binds a value of the parent's k-th row (or a later one, when the loop skips
     * rows), so the candidate whose values the executions bind in order wins; ties go to positional
     * alignment, then to the column named after the queried table and key; when nothing tells them apart,
     * the top vote wins if it has twice the runner-up's.
     */
    private static Finding.Parent elect(ScopeEvents s, Group g, Map<Vote, long[]> votes) {
        List<Map.Entry<Vote, long[]>> candidates = new java.util.ArrayList<>();
        for (Map.Entry<Vote, long[]> v : votes.entrySet()) {
            if (v.getValue()[0] >= 2) {
                candidates.add(v);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        candidates.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        if (candidates.size() > MAX_CANDIDATES) {
            candidates = candidates.subList(0, MAX_CANDIDATES);
        }
        String childFingerprint = s.events.get(g.first()).fingerprint();
        LookupKey key = LookupKey.of(childFingerprint);
        Map.Entry<Vote, long[]> best = null;
        long[] bestScore = null;
        long[] secondScore = null;
        for (Map.Entry<Vote, long[]> c : candidates) {
            int parentIndex = (int) c.getValue()[1];
            int column = c.getKey().column();
            long[] score = {
                inOrder(s, g, parentIndex, column),
                aligned(s, g, parentIndex, column),
                key != null && key.namesForeignKey(name(s, parentIndex, column)) ? 1 : 0
            };
            if (bestScore == null || compare(score, bestScore) > 0) {
                secondScore = bestScore;
                bestScore = score;
                best = c;
            } else if (secondScore == null || compare(score, secondScore) > 0) {
                secondScore = score;
            }
        }
        boolean decided = bestScore[0] >= 2 && (secondScore == null || compare(bestScore, secondScore) > 0);
        if (!decided) {
            best = candidates.get(0);
            long second = candidates.size() > 1 ? candidates.get(1).getValue()[0] : 0;
            if (best.getValue()[0] < 2 * second) {
                return null;
            }
        }
        int index = (int) best.getValue()[1];
        StatementEvent parent = s.events.get(index);
        return new Finding.Parent(
                parent.fingerprintId(),
                parent.fingerprint(),
                name(s, index, best.getKey().column()),
                index + 1,
                best.getValue()[0]);
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String name(ScopeEvents s, int index, int column) {
        StatementEvent parent = s.events.get(index);
        return s.columnName(parent, column);
    }

    /** The parent's sampled values of {@code column}, in the order its rows were read. */
    private static long[] columnValues(ScopeEvents s, int parentIndex, int column) {
        ReadValueSample values = s.events.get(parentIndex).readValues();
        long[] seq = new long[values.size()];
        int n = 0;
        for (int k = 0; k < values.size(); k++) {
            if (values.column(k) == column) {
                seq[n++] = values.valueHash(k);
            }
        }
        return Arrays.copyOf(seq, n);
    }

    /**
     * Executions after the parent that bind a value of {@code column} at or after the row the previous match
     * bound: a loop over the parent's rows, skipping some (a cache, a condition) but never going back.
     */
    private static int inOrder(ScopeEvents s, Group g, int parentIndex, int column) {
        long[] seq = columnValues(s, parentIndex, column);
        int score = 0;
        int cursor = 0;
        for (int i = 0; i < g.size && cursor < seq.length; i++) {
            int index = g.indexes[i];
            if (index <= parentIndex) {
                continue;
            }
            StatementEvent e = s.events.get(index);
            int params = Math.min(e.parameterCount(), MAX_PARAMETERS);
            int found = -1;
            for (int p = 1; p <= params && found < 0; p++) {
                long h = e.parameterHash(p) & HASH_MASK;
                for (int at = cursor; at < seq.length && found < 0; at++) {
                    if (seq[at] == h) {
                        found = at;
                    }
                }
            }
            if (found >= 0) {
                score++;
                cursor = found + 1;
            }
        }
        return score;
    }

    /** Executions after the parent whose bind equals the parent's value of {@code column} at their position (±1). */
    private static int aligned(ScopeEvents s, Group g, int parentIndex, int column) {
        long[] seq = columnValues(s, parentIndex, column);
        int n = seq.length;
        int score = 0;
        int k = 0;
        for (int i = 0; i < g.size && k <= n; i++) {
            int index = g.indexes[i];
            if (index <= parentIndex) {
                continue;
            }
            StatementEvent e = s.events.get(index);
            int params = Math.min(e.parameterCount(), MAX_PARAMETERS);
            boolean hit = false;
            for (int p = 1; p <= params && !hit; p++) {
                long h = e.parameterHash(p) & HASH_MASK;
                for (int d = -1; d <= 1 && !hit; d++) {
                    int at = k + d;
                    hit = at >= 0 && at < n && seq[at] == h;
                }
            }
            if (hit) {
                score++;
            }
            k++;
        }
        return score;
    }

    /** A candidate parent: the shape that read the value and the column it was read from. */
    private record Vote(long fingerprintId, int column) {}

    /**
     * The votes of one N+1 group, tallied by their exact (shape number, column) key in a primitive index: a
     * {@code Vote} record and a map lookup per vote per execution were a large share of the detectors'
     * garbage in a large scope. {@link #map} hands {@code elect} the same {@code HashMap} it always had —
     * the same keys created by the same sequence of {@code computeIfAbsent} calls, so its iteration order
     * (which breaks ties among equal vote counts) is unchanged. Bounded by the distinct (shape, column)
     * pairs of the scope.
     */
    private static final class Votes {
        private final LongIndex index = new LongIndex(4);
        private final Map<Vote, long[]> votes = new HashMap<>();
        private long[][] tallies = new long[4][];
        private Vote any;
        /** A vote for a known key came after the last new one: {@code computeIfAbsent} checked for resizing. */
        private boolean calledSinceLastNew;

        void add(long key, long fingerprintId, long parentIndex) {
            int k = index.putIfAbsent(key, index.size());
            long[] tally;
            if (k < 0) {
                k = -k - 2;
                Vote v = new Vote(fingerprintId, (int) (key & 0xFFFF));
                tally = votes.computeIfAbsent(v, x -> new long[] {0, parentIndex});
                if (k == tallies.length) {
                    tallies = Arrays.copyOf(tallies, k * 2);
                }
                tallies[k] = tally;
                any = v;
                calledSinceLastNew = false;
            } else {
                tally = tallies[k];
                calledSinceLastNew = true;
            }
            tally[0]++;
        }

        Map<Vote, long[]> map() {
            if (calledSinceLastNew) {
                votes.computeIfAbsent(any, x -> null); // the resize check the last call made
            }
            return votes;
        }
    }
}
