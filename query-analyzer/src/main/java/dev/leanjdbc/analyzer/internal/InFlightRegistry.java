package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.InFlightScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The scopes open right now, for memory-pressure reports. Bounded: at most {@link #CAPACITY} entries; a
 * scope opened while it is full is not listed (and counted). A scope leaves when it closes; one never closed
 * leaves when the thread that opened it has ended and a snapshot is taken.
 */
final class InFlightRegistry {

    /** Open scopes listed at most: a server rarely runs more requests at once. */
    static final int CAPACITY = 10_000;

    private final Set<ScopeUsage> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong notListed = new AtomicLong();

    void add(ScopeUsage u) {
        if (size.incrementAndGet() > CAPACITY) {
            size.decrementAndGet();
            notListed.incrementAndGet();
            return;
        }
        open.add(u);
    }

    void remove(ScopeUsage u) {
        if (open.remove(u)) {
            size.decrementAndGet();
        }
    }

    int size() {
        return size.get();
    }

    long notListed() {
        return notListed.get();
    }

    /** The open scopes, most rows read first (then most bytes allocated). */
    List<InFlightScope> snapshot() {
        long now = System.nanoTime();
        List<InFlightScope> list = new ArrayList<>();
        for (ScopeUsage u : open) {
            ScopeState s = u.scope();
            if (s.isClosed() || !u.thread().isAlive()) {
                remove(u); // closed elsewhere, or leaked by a thread that is gone
                continue;
            }
            list.add(new InFlightScope(
                    s.name(),
                    u.thread().getName(),
                    Duration.ofNanos(now - s.openedAt()),
                    u.statements(),
                    u.rowsRead(),
                    u.rowsBuffered(),
                    u.allocatedBytes(),
                    u.fingerprint,
                    u.callSite,
                    u.statement,
                    u::stop));
        }
        list.sort(Comparator.comparingLong(InFlightScope::rowsRead)
                .thenComparingLong(InFlightScope::allocatedBytes)
                .reversed());
        return list;
    }
}
