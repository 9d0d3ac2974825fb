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
        // value hash -> {fingerprintId, index << 16 | column + 1} per reader, READERS_PER_VALUE pairs
        Readers readers = new Readers(n);
        List<Map<Vote, long[]>> votes = new java.util.ArrayList<>();
        for (int j = 0; j < groups.size(); j++) {
            votes.add(new HashMap<>());
        }
        Vote[] cast = new Vote[MAX_PARAMETERS * READERS_PER_VALUE];
        for (int i = 0; i < n; i++) {
            StatementEvent e = s.events.get(i);
            int j = groupOf[i];
            if (j >= 0) {
                vote(e, readers, votes.get(j), cast);
            }
            if (e.kind() == StatementKind.SELECT) {
                remember(e, i, readers);
            }
        }
        Finding.Parent[] parents = new Finding.Parent[groups.size()];
        for (int j = 0; j < groups.size(); j++) {
            parents[j] = elect(s, groups.get(j), votes.get(j));
        }
        return parents;
    }

    /** One vote per (shape, column) per execution: a column does not win by being bound twice. */
    private static void vote(StatementEvent e, Readers readers, Map<Vote, long[]> votes, Vote[] cast) {
        int params = Math.min(e.parameterCount(), MAX_PARAMETERS);
        int castCount = 0;
        for (int p = 1; p <= params; p++) {
            long h = e.parameterHash(p);
            if (h == ValueHash.NULL) {
                continue;
            }
            long[] r = readers.get(h & HASH_MASK);
            if (r == null) {
                continue;
            }
            for (int slot = 0; slot < r.length; slot += 2) {
                if (r[slot + 1] == 0 || r[slot] == e.fingerprintId()) {
                    continue; // empty, or the child's own shape re-reading the value
                }
                long where = r[slot + 1] - 1;
                Vote v = new Vote(r[slot], (int) (where & 0xFFFF));
                if (contains(cast, castCount, v)) {
                    continue;
                }
                cast[castCount++] = v;
                long[] tally = votes.computeIfAbsent(v, k -> new long[] {0, where >>> 16});
                tally[0]++;
            }
        }
    }

    private static boolean contains(Vote[] votes, int count, Vote v) {
        for (int i = 0; i < count; i++) {
            if (votes[i].equals(v)) {
                return true;
            }
        }
        return false;
    }

    private static void remember(StatementEvent e, int index, Readers readers) {
        ReadValueSample values = e.readValues();
        for (int k = 0; k < values.size(); k++) {
            long hash = values.valueHash(k);
            if (hash == (ValueHash.NULL & HASH_MASK)) {
                continue;
            }
            int column = values.column(k);
            long where = (((long) index) << 16 | column) + 1; // +1: 0 means empty
            long[] r = readers.get(hash);
            if (r == null) {
                r = new long[2]; // most values have one reader; room for more is made when they come
                readers.put(hash, r);
            }
            int free = -1;
            int oldest = 0;
            boolean updated = false;
            for (int slot = 0; slot < r.length && !updated; slot += 2) {
                if (r[slot + 1] == 0) {
                    free = free < 0 ? slot : free;
                } else if (r[slot] == e.fingerprintId() && ((r[slot + 1] - 1) & 0xFFFF) == column) {
                    r[slot + 1] = where; // the latest reading of this (shape, column)
                    updated = true;
                } else if (r[slot + 1] < r[oldest + 1]) {
                    oldest = slot;
                }
            }
            if (!updated && free < 0 && r.length < 2 * READERS_PER_VALUE) {
                r = Arrays.copyOf(r, r.length + 2);
                readers.put(hash, r);
                free = r.length - 2;
            }
            if (!updated) {
                int slot = free >= 0 ? free : oldest;
                r[slot] = e.fingerprintId();
                r[slot + 1] = where;
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
     * The readers of each value hash: a primitive index into an array of reader arrays, one entry per distinct
     * value the scope's SELECTs read (up to a few per event): no boxed key or node per value.
     */
    private static final class Readers {
        private final LongIndex index;
        private long[][] arrays = new long[8][];
        private int size;

        Readers(int events) {
            index = new LongIndex(Math.min(events, 1 << 16));
        }

        long[] get(long hash) {
            int i = index.get(hash);
            return i < 0 ? null : arrays[i];
        }

        void put(long hash, long[] readers) {
            int i = index.putIfAbsent(hash, size);
            if (i >= 0) {
                arrays[i] = readers;
                return;
            }
            if (size == arrays.length) {
                arrays = Arrays.copyOf(arrays, size * 2);
            }
            arrays[size++] = readers;
        }
    }
}
