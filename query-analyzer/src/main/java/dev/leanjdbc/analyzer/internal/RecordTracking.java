package dev.leanjdbc.analyzer.internal;

import java.util.function.IntConsumer;

/**
 * Links generated jOOQ records to the statement whose rows they were made from. A recording result set
 * of a SELECT inside a scope marks itself <em>current</em> on its thread when it reaches its first row and
 * clears the mark when it is closed; jOOQ creates its records while reading the rows, on the same thread,
 * so a record's constructor finds the result it came from here.
 *
 * <p><b>Performance.</b> A result outside any scope pays a {@code null} check; inside a scope, one
 * volatile read until a tracking record class has been loaded ({@link #typeLoaded()}), then one small object
 * and a thread-local update at its first row and at close — nothing per row. Records pay one volatile read
 * until a result set has been marked current once in this JVM, then a thread-local lookup.
 */
public final class RecordTracking {

    /** Whether a generated, tracking record class exists in this JVM. */
    private static volatile boolean typesLoaded;

    /** Whether a result set was ever marked current: until then record constructors skip the thread-local. */
    private static volatile boolean armed;

    private static final ThreadLocal<ResultFieldUse> CURRENT = new ThreadLocal<>();

    private RecordTracking() {}

    static void typeLoaded() {
        typesLoaded = true;
    }

    /**
     * A result of a SELECT reached its first row: marks it current on this thread when records are
     * tracked and the execution belongs to a scope. Returns the mark to {@link #end end}, or {@code null}.
     */
    public static ResultFieldUse begin(ScopeNode scopes, long fingerprintId) {
        if (scopes == null || !typesLoaded) {
            return null;
        }
        if (!armed) {
            armed = true;
        }
        ResultFieldUse use = new ResultFieldUse(scopes, fingerprintId, CURRENT.get());
        CURRENT.set(use);
        return use;
    }

    /** The result is closed or moved on: records made from now on are not its rows. */
    public static void end(ResultFieldUse use) {
        use.end();
        ResultFieldUse current = CURRENT.get();
        if (current != use) {
            return; // closed on another thread or out of order: the mark there ends when its own result ends
        }
        ResultFieldUse previous = use.previous();
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    static IntConsumer targetFor(RecordType type) {
        if (!armed) {
            return null;
        }
        ResultFieldUse current = CURRENT.get();
        return current == null ? null : current.target(type);
    }
}
