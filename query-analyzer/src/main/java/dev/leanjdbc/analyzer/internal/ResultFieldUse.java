package dev.leanjdbc.analyzer.internal;

import java.util.function.IntConsumer;

/**
 * A result set being read inside one or more scopes, seen from the records made from its rows: gives each
 * record class its read target (one per record class, shared by all its records from this result), made
 * on the first record of that class.
 *
 * <p>Holds the scopes only while the result is open; confined to the thread reading the result.
 */
public final class ResultFieldUse {

    /** Record classes per result with their own target; more are not tracked (a result makes one or two). */
    private static final int MAX_TYPES = 4;

    private final long fingerprintId;
    private ScopeNode scopes;
    private ResultFieldUse previous;
    private boolean ended;

    private final RecordType[] types = new RecordType[MAX_TYPES];
    private final FieldUseTarget[] targets = new FieldUseTarget[MAX_TYPES];
    private int count;

    ResultFieldUse(ScopeNode scopes, long fingerprintId, ResultFieldUse previous) {
        this.scopes = scopes;
        this.fingerprintId = fingerprintId;
        this.previous = previous;
    }

    /** The result current before this one on the thread, skipping results that ended meanwhile. */
    ResultFieldUse previous() {
        ResultFieldUse p = previous;
        while (p != null && p.ended) {
            p = p.previous;
        }
        return p;
    }

    void end() {
        ended = true;
        scopes = null;
        previous = null;
    }

    IntConsumer target(RecordType type) {
        if (ended) {
            return null;
        }
        for (int i = 0; i < count; i++) {
            if (types[i] == type) {
                return targets[i];
            }
        }
        if (count == MAX_TYPES) {
            return null;
        }
        FieldUseTarget made = FieldUseTarget.of(scopes, fingerprintId, type);
        types[count] = type;
        targets[count++] = made;
        return made;
    }
}
