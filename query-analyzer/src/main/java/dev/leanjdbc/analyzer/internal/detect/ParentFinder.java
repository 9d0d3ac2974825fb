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
 * latest two readers of different shapes, so a child re-reading the value does not hide the parent); every
 * execution of an N+1 looks its bind values up and votes for the (shape, column) that read them before. The
 * parent is the top vote when it has at least two votes and twice the runner-up's.
 */
final class ParentFinder {

    /** Bind parameters looked at per execution. */
    private static final int MAX_PARAMETERS = 16;

    private static final long HASH_MASK = ~0xFFFFL;

    /** Candidate (shape, column) pairs checked for alignment per N+1. */
    private static final int MAX_CANDIDATES = 4;

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
        // value hash -> {fingerprintId1, index1 << 16 | column1, fingerprintId2, index2 << 16 | column2}
        Map<Long, long[]> readers = new HashMap<>();
        List<Map<Vote, long[]>> votes = new java.util.ArrayList<>();
        for (int j = 0; j < groups.size(); j++) {
            votes.add(new HashMap<>());
        }
        for (int i = 0; i < n; i++) {
            StatementEvent e = s.events.get(i);
            int j = groupOf[i];
            if (j >= 0) {
                vote(e, readers, votes.get(j));
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

    private static void vote(StatementEvent e, Map<Long, long[]> readers, Map<Vote, long[]> votes) {
        int params = Math.min(e.parameterCount(), MAX_PARAMETERS);
        for (int p = 1; p <= params; p++) {
            long h = e.parameterHash(p);
            if (h == ValueHash.NULL) {
                continue;
            }
            long[] r = readers.get(h & HASH_MASK);
            if (r == null) {
                continue;
            }
            int slot = r[0] != e.fingerprintId() ? 0 : r[3] != 0 && r[2] != e.fingerprintId() ? 2 : -1;
            if (slot < 0) {
                continue;
            }
            long where = r[slot + 1] - 1;
            Vote v = new Vote(r[slot], (int) (where & 0xFFFF));
            long[] tally = votes.computeIfAbsent(v, k -> new long[] {0, where >>> 16});
            tally[0]++;
            return; // one vote per execution
        }
    }

    private static void remember(StatementEvent e, int index, Map<Long, long[]> readers) {
        ReadValueSample values = e.readValues();
        for (int k = 0; k < values.size(); k++) {
            long hash = values.valueHash(k);
            if (hash == (ValueHash.NULL & HASH_MASK)) {
                continue;
            }
            long where = (((long) index) << 16 | values.column(k)) + 1; // +1: 0 means empty
            long[] r = readers.get(hash);
            if (r == null) {
                readers.put(hash, new long[] {e.fingerprintId(), where, 0, 0});
            } else if (r[0] == e.fingerprintId()) {
                r[1] = where;
            } else {
                r[2] = r[0];
                r[3] = r[1];
                r[0] = e.fingerprintId();
                r[1] = where;
            }
        }
    }

    /**
     * Small integers collide: an order id and a customer id of 7 hash alike, so membership alone can split
     * votes between columns. The k-th execution of a loop over a parent binds the parent's k-th row, so
     * among the candidates with votes the one whose values line up with the executions in order wins; when
     * no candidate lines up, the top vote wins if it has twice the runner-up's.
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
        Map.Entry<Vote, long[]> best = null;
        int bestAligned = 0;
        int secondAligned = 0;
        for (Map.Entry<Vote, long[]> c : candidates) {
            int aligned = aligned(s, g, (int) c.getValue()[1], c.getKey().column());
            if (aligned > bestAligned) {
                secondAligned = bestAligned;
                bestAligned = aligned;
                best = c;
            } else if (aligned > secondAligned) {
                secondAligned = aligned;
            }
        }
        if (best == null || bestAligned < 2 || bestAligned == secondAligned) {
            best = candidates.get(0);
            long second = candidates.size() > 1 ? candidates.get(1).getValue()[0] : 0;
            if (best.getValue()[0] < 2 * second) {
                return null;
            }
        }
        int index = (int) best.getValue()[1];
        StatementEvent parent = s.events.get(index);
        String column = s.columnName(
                parent.fingerprintId(), parent.fingerprint(), best.getKey().column());
        return new Finding.Parent(parent.fingerprintId(), parent.fingerprint(), column, index + 1, best.getValue()[0]);
    }

    /** Executions after the parent whose bind equals the parent's value of {@code column} at their position (±1). */
    private static int aligned(ScopeEvents s, Group g, int parentIndex, int column) {
        ReadValueSample values = s.events.get(parentIndex).readValues();
        long[] seq = new long[values.size()];
        int n = 0;
        for (int k = 0; k < values.size(); k++) {
            if (values.column(k) == column) {
                seq[n++] = values.valueHash(k);
            }
        }
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
}
