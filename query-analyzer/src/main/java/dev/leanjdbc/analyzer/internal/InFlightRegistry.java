package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.InFlightScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The scopes open right now, for memory-pressure reports. Bounded: a fixed table of {@link #CAPACITY}
 * slots; a scope opened while every slot it probes is taken is not listed (and counted). A scope leaves when
 * it closes; one never closed leaves when the thread that opened it has ended and a snapshot is taken.
 *
 * <p><b>Performance.</b> Opening a scope claims a slot with one compare-and-set, starting at a slot derived
 * from its thread (so threads rarely collide); closing clears it. Nothing is allocated. A snapshot walks
 * the whole table, which only memory-pressure reports and {@code inFlightScopes()} do.
 */
final class InFlightRegistry {

    /** Open scopes listed at most: a server rarely runs more requests at once. */
    static final int CAPACITY = 10_000;

    /** Slots probed from the thread's start slot before giving up. */
    private static final int PROBES = 64;

    private final AtomicReferenceArray<ScopeUsage> slots = new AtomicReferenceArray<>(CAPACITY);
    private final AtomicLong notListed = new AtomicLong();

    @SuppressWarnings("deprecation") // Thread.getId: threadId() is JDK 19+, the project runs on 17
    void add(ScopeUsage u) {
        int start = (int) (((Thread.currentThread().getId() * 0x9E3779B1L) >>> 16) % CAPACITY);
        for (int i = 0; i < PROBES; i++) {
            int slot = (start + i) % CAPACITY;
            if (slots.get(slot) == null && slots.compareAndSet(slot, null, u)) {
                u.slot = slot;
                return;
            }
        }
        notListed.incrementAndGet();
    }

    void remove(ScopeUsage u) {
        int slot = u.slot;
        if (slot >= 0) {
            u.slot = -1;
            slots.compareAndSet(slot, u, null);
        }
    }

    /** Scopes that found no free slot, since the analyzer was built. */
    long notListed() {
        return notListed.get();
    }

    /** The open scopes, most rows retained first (see {@link #RANK}). */
    List<InFlightScope> snapshot() {
        long now = System.nanoTime();
        List<InFlightScope> list = new ArrayList<>();
        for (int i = 0; i < CAPACITY; i++) {
            ScopeUsage u = slots.get(i);
            if (u == null) {
                continue;
            }
            ScopeState s = u.scope();
            if (s.isClosed() || !u.thread().isAlive()) {
                slots.compareAndSet(i, u, null); // closed elsewhere, or leaked by a thread that is gone
                continue;
            }
            long probes = u.retentionProbes();
            list.add(ApiAccess.inFlightScope(
                    s.name(),
                    u.thread().getName(),
                    Duration.ofNanos(now - s.openedAt()),
                    u.statements(),
                    u.rowsRead(),
                    u.rowsBuffered(),
                    u.allocatedBytes(),
                    u.rowsHeld(),
                    (int) (probes >>> 32),
                    (int) probes,
                    u.fingerprint,
                    u.callSite,
                    u.statement,
                    u::stop));
        }
        list.sort(RANK);
        return list;
    }

    /**
     * Scopes with evidence of retained rows first ({@link InFlightScope#retainsRows()}), most rows retained
     * first; then scopes not judged yet before those whose sampled rows died (a stream that releases its rows
     * ranks last however fast it reads); then rows read and bytes allocated.
     */
    static final Comparator<InFlightScope> RANK = Comparator.comparingInt((InFlightScope s) -> s.retainsRows() ? 1 : 0)
            .thenComparingLong(s -> Math.max(0, s.retainedRows()))
            .thenComparingInt(InFlightRegistry::unjudged)
            .thenComparingLong(InFlightScope::rowsRead)
            .thenComparingLong(InFlightScope::allocatedBytes)
            .reversed();

    private static int unjudged(InFlightScope s) {
        return s.retainedRows() < 0 ? 1 : 0;
    }
}
