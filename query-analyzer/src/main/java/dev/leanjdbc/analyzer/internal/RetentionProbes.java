package dev.leanjdbc.analyzer.internal;

import java.lang.ref.WeakReference;

/**
 * What a scope keeps alive, sampled: about one value per 1,024 rows it reads (a {@code String}, {@code
 * byte[]}, {@code BigDecimal}... the driver handed to the application) is held through a fresh {@link
 * WeakReference}, stamped with the collection count. A probe is judged once two collections have passed
 * since it was taken: if its value is still alive, the application (or the driver's buffer) still holds
 * that row; a request that streams and releases its rows has its values collected with the young
 * generation. The fraction alive, times the rows read, estimates the rows the scope retains.
 *
 * <p>Bounded: {@value #SIZE} probes per scope in a ring (the latest rows count most). A fresh reference
 * per probe keeps the reference itself young, so that a young collection clears it when its value died.
 *
 * <p><b>Performance.</b> One small object per probe, under this object's lock, on the path a result takes
 * every 1,024 rows anyway; nothing per row.
 */
final class RetentionProbes {

    static final int SIZE = 32;

    /** Collections that must pass before a probe says anything: the row being read at the first is in use. */
    static final int COLLECTIONS_TO_JUDGE = 2;

    private final WeakReference<?>[] refs = new WeakReference<?>[SIZE];
    private final long[] takenAt = new long[SIZE];
    private int next;

    synchronized void add(Object value) {
        int i = next;
        refs[i] = new WeakReference<>(value);
        takenAt[i] = HeapLevel.collections();
        next = (i + 1) % SIZE;
    }

    /** {alive, judged} over the probes old enough to judge. */
    synchronized long judge() {
        long now = HeapLevel.collections();
        int alive = 0;
        int judged = 0;
        for (int i = 0; i < SIZE; i++) {
            WeakReference<?> r = refs[i];
            if (r != null && now - takenAt[i] >= COLLECTIONS_TO_JUDGE) {
                judged++;
                if (r.get() != null) {
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
