package dev.leanjdbc.spring.boot.internal;

import dev.leanjdbc.analyzer.AnalyzerListener;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of recently closed scopes (requests, with the filter; jobs), merged by type and statement
 * shape: the worst occurrence of each (most executions, then most time) and the scope it came from, how
 * many closed scopes had it and which had it last. At most {@code capacity} of them; the one seen longest
 * ago makes room and is counted as evicted.
 *
 * <p>Scopes, not the rolling global view, are where findings mean something in a server: the global view
 * mixes every request, so the same lookup run once by each of many requests would look like an N+1 there.
 *
 * <p><b>Performance.</b> Per closed scope: its findings (computed when it closed) merged into a small map
 * under a lock; nothing per statement.
 */
public final class RecentFindings implements AnalyzerListener, AutoCloseable {

    /**
     * One merged finding.
     *
     * @param worst the worst finding of its type and shape: most executions, then most time — a request
     *     that ran a lookup 6 times is what to fix, not the one that ran it once
     * @param callSite its call site, or the last one known: with sampled call sites most executions carry
     *     none, so a finding of the same shape may come without it
     * @param scope the name of the scope that had the worst finding
     * @param occurrences closed scopes that had it
     * @param lastSeenMillis when the latest of them closed
     * @param lastScope the name of the latest scope that had it
     */
    public record Entry(
            Finding worst, String callSite, String scope, long occurrences, long lastSeenMillis, String lastScope) {}

    private record Key(String type, long fingerprintId) {}

    private final int capacity;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long evicted;
    private AnalyzerListener.Registration registration;

    public RecentFindings(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Starts listening to {@code analyzer}'s closed scopes; {@link #close()} stops. */
    public RecentFindings listenTo(QueryAnalyzer analyzer) {
        registration = analyzer.addListener(this);
        return this;
    }

    @Override
    public void onScopeClosed(Report report) {
        List<Finding> findings = report.allFindings();
        if (findings.isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        synchronized (entries) {
            for (Finding f : findings) {
                Key key = new Key(f.type().name(), f.fingerprintId());
                Entry old = entries.get(key);
                boolean worse = old == null || worse(f, old.worst());
                Finding worst = worse ? f : old.worst();
                String site = worse && f.callSite().isCaptured()
                        ? f.callSite().toString()
                        : old != null && old.callSite() != null
                                ? old.callSite()
                                : f.callSite().isCaptured() ? f.callSite().toString() : null;
                entries.put(
                        key,
                        new Entry(
                                worst,
                                site,
                                worse ? report.name() : old.scope(),
                                old == null ? 1 : old.occurrences() + 1,
                                now,
                                report.name()));
                if (entries.size() > capacity) {
                    Iterator<Entry> eldest = entries.values().iterator();
                    eldest.next();
                    eldest.remove();
                    evicted++;
                }
            }
        }
    }

    private static boolean worse(Finding f, Finding than) {
        if (f.executions() != than.executions()) {
            return f.executions() > than.executions();
        }
        return f.totalNanos() > than.totalNanos();
    }

    /** The entries, most recently seen first. */
    public List<Entry> snapshot() {
        List<Entry> out;
        synchronized (entries) {
            out = new ArrayList<>(entries.values());
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** Merged findings dropped to stay within the capacity. */
    public long evicted() {
        synchronized (entries) {
            return evicted;
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
            evicted = 0;
        }
    }

    @Override
    public void close() {
        if (registration != null) {
            registration.close();
        }
    }
}
