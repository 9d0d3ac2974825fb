package dev.leanjdbc.analyzer.internal;

import java.lang.ref.WeakReference;

/**
 * What a scope keeps alive, sampled: about one value per 1,024 rows it reads (a {@code String}, {@code
 * byte[]}, {@code BigDecimal}... the driver handed to the application) is held through a fresh {@link
 * WeakReference}, stamped with the collection count and the time. A probe is judged once four collections
 * and 500 ms (or two newer probes) have passed since it was taken: if its value is still alive, the application (or the driver's buffer) still holds
 * that row; a request that streams and releases its rows has its values collected with the young
 * generation. The fraction alive, times the rows read, estimates the rows the scope retains. Under Parallel
 * and Serial a probe also waits for a full collection since it was taken: their young collections may
 * promote a value that is about to die, and a promoted value stays weakly reachable until the old
 * generation is collected, so a streaming request would read as one that holds its rows (seen: 17 of 17
 * probes of a streaming export alive after four young collections under Parallel).
 *
 * <p>Bounded: {@value #SIZE} probes per scope; a probe is replaced only once judged, and the verdicts of
 * replaced probes are kept as two counts, halved past {@value #MAX_EVICTED} so that recent rows count most.
 * A fresh reference per probe keeps the reference itself young, so that a young collection clears it when
 * its value died — unless that collection promotes the reference itself, which its control tells.
 *
 * <p><b>Performance.</b> One small object per probe, under this object's lock, on the path a result takes
 * every 1,024 rows anyway; nothing per row.
 */
final class RetentionProbes {

    static final int SIZE = 32;

    /** Collections that must pass before a probe says anything: the row being read at the first is in use. */
    static final int COLLECTIONS_TO_JUDGE = 4;

    /**
     * Time that must pass too, or {@link #NEWER_PROBES_TO_JUDGE} newer probes: a streaming loop blocked in the
     * driver's next fetch still holds its last row in a local variable, across however many collections
     * other threads cause meanwhile; a row 2,048 rows back it no longer holds. (The row count alone lets a
     * fast hoarder be judged before it fills a small heap, which 500 ms did not: a second hoarder started
     * right after a stopped one ran a 64 MB JVM out of memory before its first probe was old enough.)
     */
    static final long NANOS_TO_JUDGE = 500_000_000L;

    static final int NEWER_PROBES_TO_JUDGE = 2;

    private final WeakReference<?>[] refs = new WeakReference<?>[SIZE];
    /** Per probe, a reference taken with it to a value nobody holds: see {@link #controlCleared}. */
    private final WeakReference<?>[] controls = new WeakReference<?>[SIZE];

    private final long[] takenAt = new long[SIZE];
    private final long[] takenNanos = new long[SIZE];
    private final long[] takenFull = new long[SIZE];
    private final long[] takenSeq = new long[SIZE];
    private long seq; // probes offered so far, taken or not: how far the scope read since a probe
    private int next;

    /** Verdicts of probes judged and then replaced, halved past {@value #MAX_EVICTED} so recent ones count most. */
    private int evictedAlive;

    private int evictedJudged;

    static final int MAX_EVICTED = 64;

    /**
     * Takes a probe into a free slot or one whose probe was judged already (its verdict is kept in the
     * evicted counts); skipped when every slot waits for its verdict — a scope reading fast between two
     * collections must not replace probes before they could say anything.
     */
    synchronized void add(Object value) {
        long now = HeapLevel.collections();
        long nanos = System.nanoTime();
        long full = HeapLevel.fullCollections();
        seq++;
        for (int k = 0; k < SIZE; k++) {
            int i = (next + k) % SIZE;
            WeakReference<?> r = refs[i];
            if (r != null && !judgeable(i, now, nanos, full)) {
                continue;
            }
            if (r != null) {
                evictedJudged++;
                if (!r.refersTo(null)) {
                    evictedAlive++;
                }
                if (evictedJudged > MAX_EVICTED) {
                    evictedJudged /= 2;
                    evictedAlive /= 2;
                }
            }
            refs[i] = new WeakReference<>(value);
            controls[i] = new WeakReference<>(new Object());
            takenAt[i] = now;
            takenNanos[i] = nanos;
            takenFull[i] = full;
            takenSeq[i] = seq;
            next = (i + 1) % SIZE;
            return;
        }
    }

    private boolean judgeable(int i, long now, long nanos, long full) {
        return now - takenAt[i] >= COLLECTIONS_TO_JUDGE
                && (nanos - takenNanos[i] >= NANOS_TO_JUDGE || seq - takenSeq[i] >= NEWER_PROBES_TO_JUDGE)
                && (full > takenFull[i] || !HeapLevel.probesNeedFullCollection())
                && controlCleared(i);
    }

    /**
     * Whether a collection has run since probe {@code i} that clears a dead value's reference. A young
     * collection that promotes a live {@code WeakReference} straight to the old generation (G1 when the
     * survivors overflow, as beside a request that hoards; Parallel at its tenuring age) no longer treats
     * it as weak: its referent is kept and promoted too, dead or not, until the old generation is marked.
     * The probe's own reference shares that fate, so a streaming export read as holding what it had
     * released (seen: two of four concurrent exports on a one-CPU 128 MB G1 JVM stopped by maxRowsHeld).
     * The control is made with the probe and watches a value no one holds: once it is cleared, so would
     * the probe's value be if dead.
     */
    private boolean controlCleared(int i) {
        WeakReference<?> c = controls[i];
        return c == null || c.refersTo(null);
    }

    /*
     * Verdicts use refersTo(null), never get(): under G1 get() during a concurrent marking marks the value
     * live for that cycle, so asking often (every budget check does) would itself keep a dead value alive.
     */

    /** {alive, judged} over the probes old enough to judge and the verdicts of those replaced. */
    synchronized long judge() {
        long now = HeapLevel.collections();
        long nanos = System.nanoTime();
        long full = HeapLevel.fullCollections();
        int alive = evictedAlive;
        int judged = evictedJudged;
        for (int i = 0; i < SIZE; i++) {
            WeakReference<?> r = refs[i];
            if (r != null && judgeable(i, now, nanos, full)) {
                judged++;
                if (!r.refersTo(null)) {
                    alive++;
                }
            }
        }
        return ((long) alive << 32) | judged;
    }

    /** Whether the value says anything about retention: boxed small values and constants may be shared. */
    static boolean probes(Object v) {
        return v != null
                && !(v instanceof Boolean
                        || v instanceof Integer
                        || v instanceof Long
                        || v instanceof Short
                        || v instanceof Byte
                        || v instanceof Character
                        || v instanceof Enum<?>);
    }
}
