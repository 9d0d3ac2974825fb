package dev.leanjdbc.analyzer.internal.jdbc;

import java.lang.ref.WeakReference;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One boolean per physical connection (H2's lazy-execution flag), looked up on every borrow of a pooled
 * connection: a direct-mapped table of {@value #SLOTS} slots keyed by identity, two probes per lookup, weakly
 * held, no lock. A collision or a collected connection only costs a fresh look at the driver.
 */
final class ConnectionFlags {

    private static final int SLOTS = 512;

    private final AtomicReferenceArray<Slot> slots = new AtomicReferenceArray<>(SLOTS);

    /**
     * The last connection looked up and its flag, compared by identity before hashing: a pool hands a thread
     * the same connection again and again. Holds one connection strongly at most, as a pool does anyway.
     */
    private volatile Last last;

    /** The flag of {@code connection}, or {@code null} when not known here. */
    Boolean get(Connection connection) {
        Last l = last;
        if (l != null && l.connection == connection) {
            return l.flag;
        }
        Boolean flag = lookup(connection);
        if (flag != null) {
            last = new Last(connection, flag);
        }
        return flag;
    }

    private Boolean lookup(Connection connection) {
        int i = index(connection);
        Slot s = slots.get(i);
        if (s != null && s.get() == connection) {
            return s.flag;
        }
        s = slots.get(i ^ 1);
        if (s != null && s.get() == connection) {
            return s.flag;
        }
        return null;
    }

    /** Remembers {@code flag} for {@code connection}; {@code null} forgets it. */
    void put(Connection connection, Boolean flag) {
        last = null;
        int i = index(connection);
        Slot first = slots.get(i);
        Slot second = slots.get(i ^ 1);
        // The slot already holding this connection, else a free one, else the first: lookups probe it first.
        int slot = i;
        if (!holds(first, connection) && (holds(second, connection) || (!isFree(first) && isFree(second)))) {
            slot = i ^ 1;
        }
        slots.set(slot, flag == null ? null : new Slot(connection, flag));
    }

    private static boolean holds(Slot s, Connection connection) {
        return s != null && s.get() == connection;
    }

    private static boolean isFree(Slot s) {
        return s == null || s.get() == null;
    }

    private static int index(Connection connection) {
        int h = System.identityHashCode(connection);
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }

    private static final class Last {
        final Connection connection;
        final boolean flag;

        Last(Connection connection, boolean flag) {
            this.connection = connection;
            this.flag = flag;
        }
    }

    private static final class Slot extends WeakReference<Connection> {
        final boolean flag;

        Slot(Connection connection, boolean flag) {
            super(connection);
            this.flag = flag;
        }
    }
}
