package dev.leanjdbc.analyzer.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where analyzer failures go: the analyzer must never break or change the application's JDBC call, so its
 * own exceptions are caught, counted and logged once per exception class, and the call goes on.
 */
public final class FailOpen {

    private static final Logger LOG = LoggerFactory.getLogger("dev.leanjdbc.analyzer");

    /** Exception classes already logged; bounded so a pathological stream of classes cannot grow it. */
    private static final int MAX_LOGGED_CLASSES = 256;

    private final Set<Class<?>> logged = ConcurrentHashMap.newKeySet();
    private final AtomicLong failures = new AtomicLong();

    /** Records an analyzer failure; never throws. */
    public void failed(Throwable t, String where) {
        try {
            failures.incrementAndGet();
            if (t instanceof VirtualMachineError vme && !(t instanceof StackOverflowError)) {
                // Out of memory is the application's to handle: it must see it from its own next allocation.
                return;
            }
            if (logged.size() < MAX_LOGGED_CLASSES && logged.add(t.getClass())) {
                LOG.warn(
                        "leanjdbc query analyzer failed in {} and skipped recording; the JDBC call was not"
                                + " affected. Further {} are counted, not logged.",
                        where,
                        t.getClass().getName(),
                        t);
            }
        } catch (Throwable ignored) {
            // Logging itself failed: nothing left to do that could not break the caller.
        }
    }

    /** Analyzer failures so far. */
    public long failures() {
        return failures.get();
    }
}
