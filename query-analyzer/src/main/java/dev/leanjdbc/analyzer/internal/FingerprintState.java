package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.CallSite;

/**
 * What the recorder remembers about one fingerprint on one database across scopes: how often it ran (to sample call
 * sites), the call sites found, and its result's column count (read from the driver's metadata only now
 * and then instead of on every execution).
 *
 * <p>Fields are updated without locks: a lost increment only shifts a sample, a stale column count is
 * refreshed on the next sampled execution.
 */
public final class FingerprintState {

    /** Shared by fingerprints that did not fit in the capped table: nothing is cached for them. */
    static final FingerprintState OVERFLOW = new FingerprintState(false, 0);

    final boolean cacheable;

    /** The database (analyzer's id) this state describes the fingerprint on. */
    final int databaseId;

    /** The state of the same fingerprint on another database, chained from the one its shape cache entry holds. */
    volatile FingerprintState otherDatabase;

    long executions;
    /** Execution count at which the next sampled stack walk happens; the gap doubles after each walk. */
    long nextWalk;

    long walkInterval;

    /**
     * Sampled mode: whether every execution of this shape inside a scope has its stack walked, its first in
     * each scope included — set for good once the shape ran twice in one scope or a scope reported a finding
     * on it. Volatile: set on one request's thread, read on all.
     */
    volatile boolean walkInScopes;

    /** Sampled mode: scopes whose first execution of this shape was walked while learning whether it repeats. */
    int learningWalks;

    volatile CallSite[] sites = new CallSite[0];
    volatile int columnCount = -1;

    /** Labels of the result's columns, read with the column count; for naming columns in findings. */
    volatile String[] columnLabels;

    /** The clients seen on the stack walks of this fingerprint ({@link DataClient} bits, see {@link ClientFrames}). */
    volatile int clients;

    FingerprintState(boolean cacheable, int databaseId) {
        this.cacheable = cacheable;
        this.databaseId = databaseId;
    }

    /**
     * The key of a fingerprint's state on a database: the fingerprint id itself on the first (or an unknown)
     * database, so that one analyzer over one database keys exactly as before; mixed with the database id on
     * the others.
     */
    public static long key(long fingerprintId, int databaseId) {
        if (databaseId <= 1) {
            return fingerprintId;
        }
        long h = (fingerprintId ^ databaseId) * 0x9E3779B97F4A7C15L; // a 64-bit mix: ids stay apart
        return h ^ (h >>> 31) ^ fingerprintId;
    }

    /** Appends {@code s} to this state's chain of other databases (rare: once per shape and database). */
    synchronized void chain(FingerprintState s) {
        FingerprintState last = this;
        while (last.otherDatabase != null) {
            if (last.otherDatabase == s) {
                return;
            }
            last = last.otherDatabase;
        }
        if (last != s) {
            last.otherDatabase = s;
        }
    }

    /** Column count seen on an earlier execution, or -1 when it must be read from the result. */
    public int cachedColumnCount() {
        return cacheable ? columnCount : -1;
    }

    public void cacheColumnCount(int n) {
        if (cacheable) {
            columnCount = n;
        }
    }

    /** Whether the column labels still need to be read from the result's metadata. */
    public boolean wantsColumnLabels() {
        return cacheable && columnLabels == null;
    }

    public void cacheColumnLabels(String[] labels) {
        if (cacheable) {
            columnLabels = labels;
        }
    }

    /** The labels read once from the metadata, or {@code null}. */
    public String[] columnLabels() {
        return columnLabels;
    }

    /** The clients seen on this fingerprint's stack walks, as a mask for {@link DataClient#single}. */
    public int clients() {
        return clients;
    }

    void addClients(int mask) {
        if (cacheable && (clients | mask) != clients) {
            clients |= mask; // a lost update only loses a bit that the next walk sets again
        }
    }

    /** Forgets the cached column count so the next execution reads it again (schema may have changed). */
    void refresh() {
        columnCount = -1;
    }

    synchronized void addSite(CallSite site, int max) {
        CallSite[] current = sites;
        if (current.length >= max) {
            return;
        }
        for (CallSite s : current) {
            if (s.equals(site)) {
                return;
            }
        }
        CallSite[] next = java.util.Arrays.copyOf(current, current.length + 1);
        next[current.length] = site;
        sites = next;
    }
}
