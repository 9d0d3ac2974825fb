package dev.leanjdbc.junit.internal;

import dev.leanjdbc.analyzer.AnalysisScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tests running now and the scopes they record into (the suite report's and the extension's), so that
 * work done for a test on another thread — a request to the application's own server — can be attached to
 * them. Each test gets an opaque id; the thread that runs the test knows it. Bounded by the tests running at
 * once (an entry goes when its last scope is released), with a hard cap against leaks.
 */
public final class RunningTests {

    static final int MAX_RUNNING = 10_000;

    private static final AtomicLong IDS = new AtomicLong();
    private static final Map<String, Entry> BY_ID = new ConcurrentHashMap<>();
    private static final ThreadLocal<Entry> CURRENT = new ThreadLocal<>();

    private RunningTests() {}

    private static final class Entry {
        final String id;
        final String uniqueId;
        final List<AnalysisScope> scopes = new CopyOnWriteArrayList<>();

        Entry(String id, String uniqueId) {
            this.id = id;
            this.uniqueId = uniqueId;
        }
    }

    /** Handle of a registered scope; closing it removes the scope (and the test once it has none). */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Registers {@code scope} as recording for the test {@code uniqueId} running on the current thread; the
     * suite report's listener and the extension each register theirs, outer first.
     */
    public static Registration register(String uniqueId, AnalysisScope scope) {
        Entry e = CURRENT.get();
        if (e == null || !e.uniqueId.equals(uniqueId)) {
            if (BY_ID.size() >= MAX_RUNNING) {
                return () -> {};
            }
            e = new Entry(Long.toString(IDS.incrementAndGet(), 36), uniqueId);
            BY_ID.put(e.id, e);
            CURRENT.set(e);
        }
        Entry entry = e;
        entry.scopes.add(scope);
        return () -> {
            entry.scopes.remove(scope);
            if (entry.scopes.isEmpty()) {
                BY_ID.remove(entry.id);
                if (CURRENT.get() == entry) {
                    CURRENT.remove();
                }
            }
        };
    }

    /** The id of the test running on the current thread, or {@code null}. */
    public static String currentId() {
        Entry e = CURRENT.get();
        return e == null ? null : e.id;
    }

    /**
     * Attaches the current thread to the scopes of test {@code id}, or, with {@code id == null}, of the only
     * test running (none when several run at once: parallel tests must not be mixed up).
     */
    public static AnalysisScope.Attachment attach(String id) {
        Entry e;
        if (id != null) {
            e = BY_ID.get(id);
        } else {
            e = onlyRunning();
        }
        if (e == null) {
            return () -> {};
        }
        List<AnalysisScope.Attachment> attached = new ArrayList<>(e.scopes.size());
        for (AnalysisScope s : e.scopes) {
            if (!s.isClosed()) {
                attached.add(s.attach());
            }
        }
        return () -> {
            for (int i = attached.size() - 1; i >= 0; i--) {
                attached.get(i).close();
            }
        };
    }

    private static Entry onlyRunning() {
        Entry only = null;
        for (Entry e : BY_ID.values()) {
            if (only != null) {
                return null;
            }
            only = e;
        }
        return only;
    }
}
