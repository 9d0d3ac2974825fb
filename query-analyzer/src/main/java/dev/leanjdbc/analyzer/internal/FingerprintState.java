package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.CallSite;

/**
 * What the recorder remembers about one fingerprint across scopes: how often it ran (to sample call
 * sites), the call sites found, and its result's column count (read from the driver's metadata only now
 * and then instead of on every execution).
 *
 * <p>Fields are updated without locks: a lost increment only shifts a sample, a stale column count is
 * refreshed on the next sampled execution.
 */
public final class FingerprintState {

    /** Shared by fingerprints that did not fit in the capped table: nothing is cached for them. */
    static final FingerprintState OVERFLOW = new FingerprintState(false);

    final boolean cacheable;
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

    FingerprintState(boolean cacheable) {
        this.cacheable = cacheable;
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
