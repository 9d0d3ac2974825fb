package dev.leanjdbc.analyzer.internal;

import dev.leanjdbc.analyzer.AnalyzerListener;
import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.InFlightScope;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.ScopeBudget;
import dev.leanjdbc.analyzer.ScopeContribution;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.internal.detect.DetectorConfig;
import dev.leanjdbc.analyzer.internal.detect.Detectors;
import dev.leanjdbc.analyzer.internal.sql.SqlShape;
import dev.leanjdbc.analyzer.internal.sql.SqlShapeCache;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub of one analyzer: the wrappers ask it for SQL shapes, call sites and the current scopes when an
 * execution starts, and hand it the event when the execution completes; it feeds the event to the scopes,
 * the global view and the listeners.
 */
public final class Recorder {

    private static final Logger SLOW = LoggerFactory.getLogger("dev.leanjdbc.analyzer.slow");
    private static final Logger SCOPES = LoggerFactory.getLogger("dev.leanjdbc.analyzer.scope");

    private final AnalyzerConfig config;
    private final ValueKey valueKey;
    private final List<Consumer<StatementEvent>> listeners;
    private final FailOpen failOpen = new FailOpen();
    private final SqlShapeCache shapes;
    private final CallSites callSites;
    private final LongMap<FingerprintState> states;

    /** Databases told apart, each with its id; bounded like everything else. */
    private static final int MAX_DATABASES = 64;

    private final java.util.Map<String, Integer> databases = new java.util.HashMap<>();
    private final Aggregator global;
    private final long globalStart = System.nanoTime();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger connectionIds = new AtomicInteger();
    private final ThreadLocal<ScopeNode> scopes = new ThreadLocal<>();
    private final long slowNanos;
    private final Detectors detectors;

    private final InFlightRegistry inFlight = new InFlightRegistry();
    /** Whether {@link ThreadScopes} knows this analyzer: from its first scope on (one volatile read per scope). */
    private volatile boolean capturable;
    /** Listeners added after build (copy on write: added rarely, read on every event). */
    private volatile AnalyzerListener[] added = new AnalyzerListener[0];

    public Recorder(AnalyzerConfig config, List<Consumer<StatementEvent>> listeners) {
        this(config, listeners, DetectorConfig.DEFAULTS);
    }

    public Recorder(AnalyzerConfig config, List<Consumer<StatementEvent>> listeners, DetectorConfig detectorConfig) {
        this(config, listeners, detectorConfig, ValueKey.random());
    }

    public Recorder(
            AnalyzerConfig config,
            List<Consumer<StatementEvent>> listeners,
            DetectorConfig detectorConfig,
            ValueKey valueKey) {
        this.config = config;
        this.valueKey = valueKey;
        this.detectors = new Detectors(detectorConfig, failOpen, this::columnLabels, this::clients);
        this.listeners = listeners;
        this.shapes = new SqlShapeCache(config.shapeCacheSize());
        this.callSites = new CallSites(config.skipFrames(), config.applicationPackages());
        this.states = new LongMap<>(config.maxFingerprints());
        this.global = new Aggregator(
                config.maxGlobalEvents(),
                true,
                config.maxFingerprints(),
                config.maxCallSitesPerFingerprint(),
                detectors::detect);
        this.slowNanos = config.slowStatementMillis() * 1_000_000L;
    }

    /** The key every bind-value and read-value hash of this analyzer is keyed with. */
    public ValueKey valueKey() {
        return valueKey;
    }

    public AnalyzerConfig config() {
        return config;
    }

    public DetectorConfig detectorConfig() {
        return detectors.config();
    }

    public FailOpen failOpen() {
        return failOpen;
    }

    public int nextConnectionId() {
        return connectionIds.incrementAndGet();
    }

    /** The shape of {@code sql} with a slot for its state, or {@code null} when the fingerprinter failed. */
    public SqlShapeCache.Entry shaped(String sql) {
        try {
            return shapes.lookup(sql);
        } catch (Throwable t) {
            failOpen.failed(t, "fingerprinting");
            return null;
        }
    }

    /**
     * The analyzer's id of a database, from its identity (the driver's product name and URL): 1 for the first,
     * 2 for the next. What the recorder learns about a shape's result — its columns' number and labels — is
     * kept per database, since the same SQL text can return other columns, or the same columns under other
     * labels (H2's upper case), on another database. Beyond {@value #MAX_DATABASES} databases, the last id is
     * shared.
     */
    public int databaseId(String identity) {
        synchronized (databases) {
            Integer id = databases.get(identity);
            if (id == null) {
                id = Math.min(databases.size() + 1, MAX_DATABASES);
                if (databases.size() < MAX_DATABASES) {
                    databases.put(identity, id);
                }
            }
            return id;
        }
    }

    /**
     * The per-fingerprint state of a cached shape on a database, kept in its cache entry so that the hot path
     * takes no lock once a SQL string is known (the state table never removes a state, so the copy stays
     * right). The entry holds the state of the database that ran the SQL first; the states of other
     * databases hang off it in a short chain.
     */
    public FingerprintState state(SqlShapeCache.Entry entry, int databaseId) {
        if (entry == null) {
            return FingerprintState.OVERFLOW;
        }
        Object known = entry.attachment();
        if (known == FingerprintState.OVERFLOW) {
            return FingerprintState.OVERFLOW; // the table was full, and it never frees a slot
        }
        if (known instanceof FingerprintState first) {
            for (FingerprintState s = first; s != null; s = s.otherDatabase) {
                if (s.databaseId == databaseId) {
                    return s;
                }
            }
            FingerprintState s = state(entry.shape(), databaseId);
            if (s != FingerprintState.OVERFLOW) {
                first.chain(s);
            }
            return s;
        }
        FingerprintState s = state(entry.shape(), databaseId);
        entry.attach(s);
        return s;
    }

    /** {@link #state(SqlShapeCache.Entry, int)} on the first database. */
    public FingerprintState state(SqlShapeCache.Entry entry) {
        return state(entry, 1);
    }

    /** The per-fingerprint state on a database; a shared overflow state once the table is full. */
    public FingerprintState state(SqlShape shape, int databaseId) {
        if (shape == null) {
            return FingerprintState.OVERFLOW;
        }
        long key = FingerprintState.key(shape.fingerprintId(), databaseId);
        synchronized (states) {
            FingerprintState s = states.get(key);
            if (s == null) {
                s = new FingerprintState(true, databaseId);
                if (!states.putNew(key, s)) {
                    return FingerprintState.OVERFLOW;
                }
            }
            return s;
        }
    }

    /** The per-fingerprint state on the first database. */
    public FingerprintState state(SqlShape shape) {
        return state(shape, 1);
    }

    /**
     * Column labels of a fingerprint's result on a database as read from the driver once, or {@code null};
     * {@code stateKey} from {@link FingerprintState#key(long, int)}.
     */
    public String[] columnLabels(long stateKey) {
        FingerprintState s;
        synchronized (states) {
            s = states.get(stateKey);
        }
        return s == null ? null : s.columnLabels();
    }

    /**
     * The clients seen behind a fingerprint's statements on its stack walks ({@link DataClient} bits and
     * {@link ClientFrames#HIBERNATE_MERGE}) on one database, by its state key ({@link FingerprintState#key});
     * 0 when none was walked.
     */
    public int clients(long stateKey) {
        FingerprintState s;
        synchronized (states) {
            s = states.get(stateKey);
        }
        return s == null ? 0 : s.clients();
    }

    /**
     * The call site of an execution starting now in {@code scopes} (null: none), when the call-site mode says
     * to look for one; {@code null} when it does not.
     */
    public CallSite callSite(FingerprintState state, long fingerprintId, ScopeNode scopes) {
        CallSiteMode mode = config.callSiteMode();
        if (mode == CallSiteMode.OFF) {
            return null;
        }
        if (mode == CallSiteMode.SAMPLED) {
            boolean sampled = sampleNow(state);
            boolean inScopes = scopes != null && walkInScopes(state, fingerprintId, scopes);
            if (!sampled && !inScopes) {
                return null;
            }
        }
        ClientFrames clients = new ClientFrames();
        CallSite site = callSites.find(clients);
        if (state != FingerprintState.OVERFLOW) {
            state.addClients(clients.mask());
            if (site != null) {
                state.addSite(site, config.maxCallSitesPerFingerprint());
            }
        }
        return site;
    }

    /**
     * Sampled mode inside scopes: findings group a scope's executions by shape and call site, so every
     * execution that can share a group with another must carry its own site — a guessed one would merge two
     * lines into one finding. Walks when the shape already ran in one of the scopes (a repeat), when it is
     * known to repeat or to have had a finding ({@link FingerprintState#walkInScopes}), and on its first
     * execution in each of its first {@code callSiteSampleEvery} scopes, which learns whether it repeats. So
     * a shape that runs once per request is walked a bounded number of times in all; one that repeats, on
     * every execution.
     */
    private boolean walkInScopes(FingerprintState state, long fingerprintId, ScopeNode scopes) {
        boolean repeat = false;
        for (ScopeNode n = scopes; n != null; n = n.next) {
            if (!n.scope.firstStart(fingerprintId)) {
                repeat = true;
            }
        }
        if (state == FingerprintState.OVERFLOW) {
            return true; // nothing is remembered for it: exact rather than cheap
        }
        if (repeat) {
            if (!state.walkInScopes) {
                state.walkInScopes = true;
            }
            return true;
        }
        return state.walkInScopes || state.learningWalks++ < config.callSiteSampleEvery();
    }

    /** Shapes with findings get a call site on every execution in later scopes (sampled mode). */
    void walkInScopesFrom(List<Finding> findings) {
        if (findings.isEmpty() || config.callSiteMode() != CallSiteMode.SAMPLED) {
            return;
        }
        synchronized (states) {
            for (Finding f : findings) {
                FingerprintState s = states.get(f.fingerprintId());
                if (s != null) {
                    s.walkInScopes = true;
                }
            }
        }
    }

    /**
     * Sampled mode: walk on the first execution of a fingerprint, then after {@code callSiteSampleEvery}
     * executions, with the gap doubling after each walk up to 1,024 times that, and no more once {@code
     * maxCallSitesPerFingerprint} sites are known. A statement run a million times is walked about 25 times.
     */
    private boolean sampleNow(FingerprintState state) {
        long n = state.executions++;
        if (n < state.nextWalk) {
            return false;
        }
        long every = config.callSiteSampleEvery();
        long interval = state.walkInterval == 0 ? every : Math.min(state.walkInterval * 2, every * 1024);
        state.walkInterval = interval;
        state.nextWalk = n + interval;
        state.refresh();
        return n == 0 || state == FingerprintState.OVERFLOW || state.sites.length < config.maxCallSitesPerFingerprint();
    }

    /** Adds packages whose frames are the application's (see {@code QueryAnalyzer.addApplicationPackages}). */
    public void addApplicationPackages(List<String> packages) {
        callSites.addApplicationPackages(packages);
    }

    /** The application packages known now. */
    public List<String> applicationPackages() {
        return callSites.applicationPackages();
    }

    /** The call site of the current thread now, whatever the call-site mode (for rare events). */
    public CallSite callSiteNow() {
        try {
            return callSites.find();
        } catch (Throwable t) {
            failOpen.failed(t, "finding a call site");
            return null;
        }
    }

    /** The contribution of {@code kind} of each open scope of the current thread, innermost first. */
    public <T extends ScopeContribution> List<T> contributions(Class<T> kind, Supplier<? extends T> factory) {
        ScopeNode n = scopes.get();
        if (n == null) {
            return List.of();
        }
        if (n.next == null) {
            T one = n.scope.contribution(kind, factory);
            return one == null ? List.of() : List.of(one);
        }
        List<T> out = new ArrayList<>(2);
        for (; n != null; n = n.next) {
            T c = n.scope.contribution(kind, factory);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    /** The scopes of the current thread (innermost first), or {@code null} outside any scope. */
    public ScopeNode currentScopes() {
        return scopes.get();
    }

    /** Delivers a completed event to the scopes it started in, the global view and the listeners. */
    public void emit(StatementEvent e, ScopeNode inScopes) {
        for (ScopeNode n = inScopes; n != null; n = n.next) {
            if (!n.scope.isClosed()) {
                n.scope.accept(e);
            }
        }
        global.add(e);
        if (e.origin().isInternal()) {
            return; // counted apart by the scopes; not the application's statement for listeners and logs
        }
        if (slowNanos > 0 && e.executeNanos() >= slowNanos) {
            SLOW.warn("slow statement: {} ms, {} at {}", e.executeNanos() / 1_000_000, e.fingerprint(), e.callSite());
        }
        for (int i = 0; i < listeners.size(); i++) {
            try {
                listeners.get(i).accept(e);
            } catch (Throwable t) {
                failOpen.failed(t, "an onEvent listener");
            }
        }
        for (AnalyzerListener l : added) {
            try {
                l.onStatement(e);
            } catch (Throwable t) {
                failOpen.failed(t, "an analyzer listener");
            }
        }
    }

    /** Adds a listener; the returned handle removes it. */
    public AnalyzerListener.Registration addListener(AnalyzerListener listener) {
        synchronized (this) {
            AnalyzerListener[] now = added;
            AnalyzerListener[] grown = Arrays.copyOf(now, now.length + 1);
            grown[now.length] = listener;
            added = grown;
        }
        return () -> removeListener(listener);
    }

    private synchronized void removeListener(AnalyzerListener listener) {
        List<AnalyzerListener> rest = new ArrayList<>(List.of(added));
        if (rest.remove(listener)) {
            added = rest.toArray(new AnalyzerListener[0]);
        }
    }

    /** The open scopes, most rows read first. */
    public List<InFlightScope> inFlightScopes() {
        return inFlight.snapshot();
    }

    /** Opens a scope and pushes it on the current thread. */
    public ScopeState openScope(String name, ScopeBudget budget) {
        if (!capturable) {
            registerCapturable();
        }
        ScopeState s = new ScopeState(name, config, detectors, this, budget);
        push(s);
        inFlight.add(s.usage());
        return s;
    }

    private synchronized void registerCapturable() {
        if (!capturable) {
            ThreadScopes.register(this);
            capturable = true;
        }
    }

    /** Makes the current thread record into {@code s} too; returns false when it already did. */
    public boolean push(ScopeState s) {
        ScopeNode current = scopes.get();
        if (current != null && current.contains(s)) {
            return false;
        }
        scopes.set(new ScopeNode(s, ScopeNode.without(current, null)));
        return true;
    }

    /** Stops the current thread recording into {@code s}. */
    public void pop(ScopeState s) {
        // set(null), not remove(): the thread's next scope (its next request) reuses the map entry.
        scopes.set(ScopeNode.without(scopes.get(), s));
    }

    /** Closes a scope: freezes its report, removes it from this thread, logs the summary when configured. */
    public void close(ScopeState s) {
        if (s.close()) {
            pop(s);
            inFlight.remove(s.usage());
            if (config.logScopeSummary() && SCOPES.isInfoEnabled()) {
                SCOPES.info(s.report().summaryLine());
            }
            AnalyzerListener[] ls = added;
            if (ls.length > 0) {
                Report r = s.report();
                for (AnalyzerListener l : ls) {
                    try {
                        l.onScopeClosed(r);
                    } catch (Throwable t) {
                        failOpen.failed(t, "an analyzer listener");
                    }
                }
            }
        } else {
            pop(s);
        }
    }

    public Report globalReport() {
        return global.snapshot("global", System.nanoTime() - globalStart, false);
    }

    public void resetGlobal() {
        global.clear();
    }

    /** Entries in the fingerprint-shape cache and its evictions, for memory checks. */
    public String cacheStats() {
        return "shapes=" + shapes.size() + ", evictions=" + shapes.evictions();
    }
}
