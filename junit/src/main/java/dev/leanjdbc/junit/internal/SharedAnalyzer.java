package dev.leanjdbc.junit.internal;

import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.StatementEvent;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one analyzer of the test JVM: the extension opens its scopes on it, and every DataSource meant to be
 * checked must be wrapped by it. Configured by the {@code leanjdbc.analyzer.*} system properties; unlike an
 * application's analyzer it captures the call site of every execution ({@link CallSiteMode#ALWAYS}) unless
 * {@code leanjdbc.analyzer.callSiteMode} says otherwise, since tests want exact call sites over speed.
 */
public final class SharedAnalyzer {

    /** Events kept per all-threads collector, as for a scope. */
    static final int MAX_EVENTS = 10_000;

    static final int MAX_FINGERPRINTS = 1_000;

    private static final CopyOnWriteArrayList<EventCollector> ALL_THREADS = new CopyOnWriteArrayList<>();

    private static final QueryAnalyzer ANALYZER = build();

    private SharedAnalyzer() {}

    private static QueryAnalyzer build() {
        QueryAnalyzer.Builder b = QueryAnalyzer.builder().onEvent(SharedAnalyzer::deliver);
        if (System.getProperty(QueryAnalyzer.PROPERTY_PREFIX + "callSiteMode") == null) {
            b.callSiteMode(CallSiteMode.ALWAYS);
        }
        return b.build();
    }

    public static QueryAnalyzer get() {
        return ANALYZER;
    }

    private static void deliver(StatementEvent e) {
        for (EventCollector c : ALL_THREADS) {
            c.add(e);
        }
    }

    static EventCollector collectAllThreads(String name) {
        EventCollector c = new EventCollector(name, MAX_EVENTS, MAX_FINGERPRINTS, 4);
        ALL_THREADS.add(c);
        return c;
    }

    static void stopCollecting(EventCollector c) {
        ALL_THREADS.remove(c);
    }
}
