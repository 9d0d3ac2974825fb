package dev.leanjdbc.analyzer;

import static dev.leanjdbc.analyzer.internal.AnalyzerConfig.atLeast;

import dev.leanjdbc.analyzer.internal.AnalyzerConfig;
import dev.leanjdbc.analyzer.internal.Recorder;
import dev.leanjdbc.analyzer.internal.ValueKey;
import dev.leanjdbc.analyzer.internal.detect.DetectorConfig;
import dev.leanjdbc.analyzer.internal.detect.FindingSettings;
import dev.leanjdbc.analyzer.internal.jdbc.RecordingDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Records every statement run through the {@link DataSource}s it wraps, whatever the client (plain JDBC,
 * jOOQ, Spring, JDBI, MyBatis, Hibernate), into {@linkplain #scope(String) scopes} and a {@linkplain
 * #globalReport() global view}.
 *
 * <pre>{@code
 * QueryAnalyzer analyzer = QueryAnalyzer.builder().build();
 * DataSource ds = analyzer.wrap(hikari);
 * OrderService service = new OrderService(ds);
 * AnalysisScope scope = analyzer.scope("GET /orders");
 * try (scope) {
 *     service.listOrders();
 * }
 * log.info(scope.report().summaryLine());
 * }</pre>
 *
 * (This example, and those of {@link AnalysisScope} and {@link Report}, are compiled and run by the
 * analyzer's tests, {@code JavadocExamples}.)
 *
 * <p><b>Performance.</b> Per execution the analyzer reads the clock twice, looks the SQL up in a bounded
 * fingerprint cache and allocates one event; per row and per column read it increments a counter and sets
 * a bit. It walks the stack only as {@link CallSiteMode} says. Memory is bounded by the caps of the
 * builder: events per scope, events of the global view, fingerprints, cached SQL shapes.
 *
 * <p>Thread-safe; one analyzer is meant to be shared by the whole application.
 */
public final class QueryAnalyzer {

    /** Prefix of the system properties that set the builder's keys, e.g. {@code leanjdbc.analyzer.maxFingerprints}. */
    public static final String PROPERTY_PREFIX = "leanjdbc.analyzer.";

    private final Recorder recorder;
    private final ScopeBudget defaultBudget;

    private QueryAnalyzer(
            AnalyzerConfig config,
            List<Consumer<StatementEvent>> listeners,
            DetectorConfig detectors,
            ScopeBudget defaultBudget,
            ValueKey valueKey) {
        this.recorder = new Recorder(config, listeners, detectors, valueKey);
        this.defaultBudget = defaultBudget;
    }

    /** A builder with the defaults, overridden by any {@code leanjdbc.analyzer.<key>} system properties. */
    public static Builder builder() {
        return new Builder();
    }

    /** An analyzer with the defaults (and system properties). */
    public static QueryAnalyzer create() {
        return builder().build();
    }

    /**
     * A DataSource that records everything run through it. Wrapping a DataSource that this analyzer records
     * already (also behind a pool or another library's wrapper) returns it unchanged, so nothing is counted
     * twice. A DataSource another analyzer records is wrapped again: both analyzers record its statements
     * (this analyzer's wrapper delegates to the other's), each in its own scopes and reports.
     *
     * <p>The result is a plain {@code DataSource}; its class is not part of the API. {@code unwrap} and
     * {@code isWrapperFor} reach the wrapped DataSource (e.g. {@code unwrap(HikariDataSource.class)}), and
     * it is {@link AutoCloseable}, closing the wrapped one when that can be closed (a pool), so frameworks
     * that close DataSource beans shut the pool down.
     *
     * <p><b>Performance.</b> Each analyzer in a chain adds its own per-execution cost; the application's JDBC
     * calls and what they return are unchanged.
     */
    public DataSource wrap(DataSource dataSource) {
        Objects.requireNonNull(
                dataSource,
                "dataSource must not be null; pass the DataSource (usually the connection pool) whose statements"
                        + " to record");
        if (RecordingDataSource.isRecordedBy(dataSource, recorder)) {
            return dataSource;
        }
        return new RecordingDataSource(dataSource, recorder);
    }

    /**
     * Opens a scope on the current thread: it sees the statements of this thread until closed, and of any
     * thread where it is {@linkplain AnalysisScope#attach() attached}. Scopes nest: a statement is recorded
     * in every open scope of its thread.
     */
    public AnalysisScope scope(String name) {
        return scope(name, defaultBudget);
    }

    /**
     * The budget of scopes opened without one (and of {@code AnalysisFilter}'s requests unless it is given
     * one): {@link Builder#defaultBudget}, else the {@code leanjdbc.analyzer.budget.*} system properties, else
     * unlimited.
     */
    public ScopeBudget defaultBudget() {
        return defaultBudget;
    }

    /** Opens a scope as {@link #scope(String)} that must stay within {@code budget} (see {@link ScopeBudget}). */
    public AnalysisScope scope(String name, ScopeBudget budget) {
        Objects.requireNonNull(
                name, "name must not be null; pass what the scope covers, e.g. \"GET /orders\" or a job name");
        return new AnalysisScope(
                recorder,
                name,
                Objects.requireNonNull(budget, "budget must not be null; pass ScopeBudget.unlimited() for none"));
    }

    /** The scopes open right now on any thread, most rows read first (bounded, see {@link InFlightScope}). */
    public List<InFlightScope> inFlightScopes() {
        return recorder.inFlightScopes();
    }

    /** Adds a listener to a built analyzer (meters, a web filter); closing the returned handle removes it. */
    public AnalyzerListener.Registration addListener(AnalyzerListener listener) {
        return recorder.addListener(
                Objects.requireNonNull(listener, "listener must not be null; pass an AnalyzerListener"));
    }

    /**
     * The global view: counts, time, rows and fingerprints of everything since the analyzer was built (or
     * {@link #resetGlobal() reset}), and the last {@code maxGlobalEvents} events.
     */
    public Report globalReport() {
        return recorder.globalReport();
    }

    /** Clears the global view. */
    public void resetGlobal() {
        recorder.resetGlobal();
    }

    /** Repetitions of one SELECT shape from one call site in one scope that make an N+1 finding. */
    public int nPlusOneThreshold() {
        return recorder.config().nPlusOneThreshold();
    }

    /** The detectors' settings, for tests of the configuration. */
    DetectorConfig detectorConfig() {
        return recorder.detectorConfig();
    }

    /**
     * Adds application packages to a built analyzer (see {@link Builder#applicationPackages}), for code that
     * learns them late: the JUnit extension adds each test class's package. At most 256 in all; adding one
     * already known does nothing.
     */
    public void addApplicationPackages(String... packages) {
        recorder.addApplicationPackages(List.of(packages));
    }

    /** The application packages known now (each ending with a dot), in the order they were given. */
    public List<String> applicationPackages() {
        return recorder.applicationPackages();
    }

    /**
     * For each scope open on the current thread, innermost first, its contribution of {@code kind}: made by
     * {@code factory} the first time a scope is asked, the same instance afterwards, released when the scope
     * closes. Empty outside scopes. The hook of extensions that report what the JDBC level cannot see (see
     * {@link ScopeContribution}); a scope holds contributions of a few kinds at most (8), further kinds get
     * none.
     *
     * <p><b>Performance.</b> A thread-local read when no scope is open; in scopes, a short synchronized
     * lookup per scope and a small list: meant per loaded entity or per query, not per row or column.
     */
    public <T extends ScopeContribution> List<T> contributions(Class<T> kind, Supplier<? extends T> factory) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(factory, "factory");
        return recorder.contributions(kind, factory);
    }

    /**
     * The application's line on the current thread's stack, as a statement's call site would name it
     * (application packages, {@link Builder#skipFrames}), walked now whatever the {@link CallSiteMode}; {@link
     * CallSite#NOT_CAPTURED} when none is found. For extensions that name where something happened (once per
     * kind of event and scope: a walk costs microseconds).
     */
    public CallSite callSiteNow() {
        CallSite site = recorder.callSiteNow();
        return site == null ? CallSite.NOT_CAPTURED : site;
    }

    /**
     * Exceptions the analyzer caught in its own code so far ("fail-open": each one skipped recording one
     * call, which went on untouched). A count to watch, not a handle on internals: the first of each
     * exception class is logged with its stack trace on {@code dev.leanjdbc.analyzer}.
     */
    public long caughtFailures() {
        return recorder.failOpen().failures();
    }

    /** Settings of a {@link QueryAnalyzer}; each key can also be set by system property {@code leanjdbc.analyzer.<key>}. */
    public static final class Builder {

        private int nPlusOneThreshold = 3;
        private int maxEventsPerScope = 10_000;
        private int maxGlobalEvents = 1_000;
        private int maxFingerprints = 1_000;
        private int shapeCacheSize = 4_096;
        private CallSiteMode callSiteMode = CallSiteMode.SAMPLED;
        private int callSiteSampleEvery = 64;
        private int maxCallSitesPerFingerprint = 4;
        private final List<String> skipFrames = new ArrayList<>(AnalyzerConfig.DEFAULT_SKIP_FRAMES);
        private final List<String> applicationPackages = new ArrayList<>();
        private boolean captureBindValues;
        private int maxReadValues = 64;
        private long slowStatementMillis;
        private boolean logScopeSummary;
        private int maxTrackedStatements = 1_024;
        private final List<Consumer<StatementEvent>> listeners = new ArrayList<>();
        private final FindingSettings findings = new FindingSettings();
        private ScopeBudget defaultBudget = ScopeBudget.fromSystemProperties();
        private ValueKey hashKey;

        private Builder() {
            String p = PROPERTY_PREFIX;
            Integer i;
            Long l;
            Boolean b;
            if ((i = AnalyzerConfig.intProperty(p, "nPlusOneThreshold")) != null) {
                nPlusOneThreshold = atLeast(p + "nPlusOneThreshold", i, 2);
            }
            if ((i = AnalyzerConfig.intProperty(p, "maxEventsPerScope")) != null) {
                maxEventsPerScope = atLeast(p + "maxEventsPerScope", i, 0);
            }
            if ((i = AnalyzerConfig.intProperty(p, "maxGlobalEvents")) != null) {
                maxGlobalEvents = atLeast(p + "maxGlobalEvents", i, 0);
            }
            if ((i = AnalyzerConfig.intProperty(p, "maxFingerprints")) != null) {
                maxFingerprints = atLeast(p + "maxFingerprints", i, 1);
            }
            if ((i = AnalyzerConfig.intProperty(p, "shapeCacheSize")) != null) {
                shapeCacheSize = atLeast(p + "shapeCacheSize", i, 1);
            }
            CallSiteMode mode = AnalyzerConfig.modeProperty(p, "callSiteMode");
            if (mode != null) {
                callSiteMode = mode;
            }
            if ((i = AnalyzerConfig.intProperty(p, "callSiteSampleEvery")) != null) {
                callSiteSampleEvery = atLeast(p + "callSiteSampleEvery", i, 1);
            }
            if ((i = AnalyzerConfig.intProperty(p, "maxCallSitesPerFingerprint")) != null) {
                maxCallSitesPerFingerprint = atLeast(p + "maxCallSitesPerFingerprint", i, 1);
            }
            String frames = System.getProperty(p + "skipFrames");
            if (frames != null) {
                for (String f : frames.split(",")) {
                    if (!f.isBlank()) {
                        skipFrames.add(f.trim());
                    }
                }
            }
            for (String key : List.of("applicationPackages", "application-packages")) {
                String packages = System.getProperty(p + key);
                if (packages != null) {
                    for (String pkg : packages.split(",")) {
                        if (!pkg.isBlank()) {
                            applicationPackages.add(pkg.trim());
                        }
                    }
                }
            }
            if ((b = AnalyzerConfig.booleanProperty(p, "captureBindValues")) != null) {
                captureBindValues = b;
            }
            if ((i = AnalyzerConfig.intProperty(p, "maxReadValues")) != null) {
                maxReadValues = atLeast(p + "maxReadValues", i, 0);
            }
            if ((l = AnalyzerConfig.longProperty(p, "slowStatementMillis")) != null) {
                slowStatementMillis = atLeast(p + "slowStatementMillis", l, 0L);
            }
            if ((b = AnalyzerConfig.booleanProperty(p, "logScopeSummary")) != null) {
                logScopeSummary = b;
            }
            if ((i = AnalyzerConfig.intProperty(p, "maxTrackedStatements")) != null) {
                maxTrackedStatements = atLeast(p + "maxTrackedStatements", i, 0);
            }
            String secret = System.getProperty(p + "hashKey");
            if (secret != null) {
                hashKey = ValueKey.of(checkedSecret(p + "hashKey", secret));
            }
            findings.readProperties(p);
        }

        /**
         * Keys bind-value hashes with {@code secret} instead of a random key per analyzer, so that the
         * {@code parameterHash} of equal values is equal across processes that share the secret (a fleet
         * comparing reports). By default each analyzer draws a random key: its hashes group equal values
         * within the process but cannot be compared with, or reversed from, another's. With a shared secret,
         * anyone who has it can hash candidate values and recognise them in a report, so keep it as secret as
         * the values (at least 16 characters). Also {@code leanjdbc.analyzer.hashKey}.
         */
        public Builder hashKey(String secret) {
            hashKey = ValueKey.of(checkedSecret("hashKey", secret));
            return this;
        }

        /** Executions of one SELECT shape from one call site in one scope that make an N+1 (>= 2, default 3). */
        public Builder nPlusOneThreshold(int n) {
            nPlusOneThreshold = atLeast("nPlusOneThreshold", n, 2);
            return this;
        }

        /**
         * Events a scope keeps (>= 0, default 10,000); beyond it only aggregates are kept and the report
         * counts the dropped events. About 200 bytes per kept event.
         */
        public Builder maxEventsPerScope(int n) {
            maxEventsPerScope = atLeast("maxEventsPerScope", n, 0);
            return this;
        }

        /** The last events the global view keeps (>= 0, default 1,000). */
        public Builder maxGlobalEvents(int n) {
            maxGlobalEvents = atLeast("maxGlobalEvents", n, 0);
            return this;
        }

        /**
         * Distinct fingerprints tracked per report and for call-site sampling (>= 1, default 1,000); the
         * executions of further fingerprints count in totals and as dropped.
         */
        public Builder maxFingerprints(int n) {
            maxFingerprints = atLeast("maxFingerprints", n, 1);
            return this;
        }

        /** Distinct SQL strings whose fingerprint is cached (>= 1, default 4,096). */
        public Builder shapeCacheSize(int n) {
            shapeCacheSize = atLeast("shapeCacheSize", n, 1);
            return this;
        }

        /** When to walk the stack for call sites (default {@link CallSiteMode#SAMPLED}). */
        public Builder callSiteMode(CallSiteMode mode) {
            callSiteMode = Objects.requireNonNull(mode, "callSiteMode must not be null; pass OFF, SAMPLED or ALWAYS");
            return this;
        }

        /**
         * In {@link CallSiteMode#SAMPLED} mode, the first gap (in executions of a fingerprint) between stack
         * walks; it doubles after each walk, up to 1,024 times this (>= 1, default 64).
         */
        public Builder callSiteSampleEvery(int n) {
            callSiteSampleEvery = atLeast("callSiteSampleEvery", n, 1);
            return this;
        }

        /** Distinct call sites kept per fingerprint (>= 1, default 4). */
        public Builder maxCallSitesPerFingerprint(int n) {
            maxCallSitesPerFingerprint = atLeast("maxCallSitesPerFingerprint", n, 1);
            return this;
        }

        /**
         * Adds patterns of frames that are never call sites — your own JDBC helpers, a framework of yours — to
         * the defaults: the JDK and reflection, drivers, pools, data-access libraries, Spring's own modules
         * (not {@code org.springframework.} as a whole), Jakarta, servers, test runners, generated proxies and
         * subclasses ({@code $HibernateProxy}, {@code $$SpringCGLIB$$}, {@code $ByteBuddy$}, JDK and hidden
         * classes) and leanjdbc. A pattern is a package ({@code com.shop.db.}: it and its sub-packages), a class
         * ({@code com.shop.db.JdbcHelper}: it and its nested classes, not {@code JdbcHelperTest}) or a glob
         * ({@code *$Generated*}); {@code !pattern} <em>keeps</em> frames that another pattern, a default
         * included, would skip ({@code !org.springframework.data.examples.}). Property: comma-separated.
         */
        public Builder skipFrames(String... patterns) {
            for (String p : patterns) {
                if (p == null || p.isBlank()) {
                    throw new IllegalArgumentException("skipFrames pattern must not be blank, was '" + p + "'");
                }
                skipFrames.add(p);
            }
            return this;
        }

        /**
         * The application's own packages (each with its sub-packages, e.g. {@code com.shop}): a call site is
         * then the first frame in them, passing over frames of other code that is not skipped (a library
         * missing from the skip list), and only when none is on the stack the first frame not skipped. Without
         * them (the default) the call site is the first frame not skipped. The Spring Boot starter sets them
         * from {@code AutoConfigurationPackages}, the JUnit extension adds each test class's package (see
         * {@link QueryAnalyzer#addApplicationPackages}). Property {@code leanjdbc.analyzer.applicationPackages}
         * (or {@code application-packages}): comma-separated.
         */
        public Builder applicationPackages(String... packages) {
            for (String p : packages) {
                if (p == null || p.isBlank()) {
                    throw new IllegalArgumentException("applicationPackages entry must not be blank, was '" + p
                            + "'; give a package name such as com.shop");
                }
                applicationPackages.add(p.trim());
            }
            return this;
        }

        /** Keeps the bind values in events (default false: only their hashes, for privacy). */
        public Builder captureBindValues(boolean capture) {
            captureBindValues = capture;
            return this;
        }

        /** Hashes of values read per result kept for N+1 parent matching (>= 0, default 64). */
        public Builder maxReadValues(int n) {
            maxReadValues = atLeast("maxReadValues", n, 0);
            return this;
        }

        /** Logs statements slower than this at WARN on {@code dev.leanjdbc.analyzer.slow} (>= 0, 0 = off, the default). */
        public Builder slowStatementMillis(long millis) {
            slowStatementMillis = atLeast("slowStatementMillis", millis, 0L);
            return this;
        }

        /** Logs one summary line per closed scope at INFO on {@code dev.leanjdbc.analyzer.scope} (default false). */
        public Builder logScopeSummary(boolean log) {
            logScopeSummary = log;
            return this;
        }

        /**
         * Open statements tracked per connection so that closing the connection completes their events
         * (>= 0, default 1,024); statements beyond it are still recorded, just not closed with the connection.
         */
        public Builder maxTrackedStatements(int n) {
            maxTrackedStatements = atLeast("maxTrackedStatements", n, 0);
            return this;
        }

        /**
         * Called with every completed event, on the thread that completed it. Must be fast; an exception
         * from it is caught and logged once, and never reaches the application.
         */
        public Builder onEvent(Consumer<StatementEvent> listener) {
            listeners.add(Objects.requireNonNull(
                    listener, "listener must not be null; pass what to do with each event, e.g. e -> log(e)"));
            return this;
        }

        /** Distinct parameter sets of one SELECT shape, call site and scope that make a duplicate (>= 2, default 2). */
        public Builder duplicateQueryThreshold(int n) {
            findings.duplicateQueryThreshold = atLeast("duplicateQueryThreshold", n, 2);
            return this;
        }

        /** Columns a SELECT must return to be a projection candidate (>= 2, default 6). */
        public Builder projectionMinColumns(int n) {
            findings.projectionMinColumns = atLeast("projectionMinColumns", n, 2);
            return this;
        }

        /** Single-row executions of one UPDATE or DELETE shape from one call site that make row-by-row DML (>= 2, default 5). */
        public Builder rowByRowThreshold(int n) {
            findings.rowByRowThreshold = atLeast("rowByRowThreshold", n, 2);
            return this;
        }

        /** Single-row executions of one INSERT shape from one call site that make unbatched INSERTs (>= 2, default 5). */
        public Builder unbatchedInsertThreshold(int n) {
            findings.unbatchedInsertThreshold = atLeast("unbatchedInsertThreshold", n, 2);
            return this;
        }

        /** Rows read from one buffered result that make a buffered large result (>= 1, default 10,000). */
        public Builder largeResultRows(long rows) {
            findings.largeResultRows = atLeast("largeResultRows", rows, 1L);
            return this;
        }

        /** Rows iterated without reading any column that make an over-fetch (>= 1, default 10). */
        public Builder overFetchRows(long rows) {
            findings.overFetchRows = atLeast("overFetchRows", rows, 1L);
            return this;
        }

        /**
         * Rows left unread in a buffered result the code closed early that make an over-fetch (>= 1, default
         * 1,000): the query should have had a {@code LIMIT}.
         */
        public Builder overFetchUnreadRows(long rows) {
            findings.overFetchUnreadRows = atLeast("overFetchUnreadRows", rows, 1L);
            return this;
        }

        /** Execution time that makes a slow-statement finding (>= 1, default 1,000 ms); see also {@link #slowStatementMillis}. */
        public Builder slowFindingMillis(long millis) {
            findings.slowFindingMillis = atLeast("slowFindingMillis", millis, 1L);
            return this;
        }

        /** Distinct SQL strings of one shape without bind parameters that make a literals finding (>= 2, default 10). */
        public Builder literalsThreshold(int n) {
            findings.literalsThreshold = atLeast("literalsThreshold", n, 2);
            return this;
        }

        /** Switches finding types off: their detectors do not run. */
        public Builder disable(FindingType... types) {
            for (FindingType t : types) {
                findings.disabled.add(
                        Objects.requireNonNull(t, "type must not be null; pass a FindingType, e.g. N_PLUS_ONE"));
            }
            return this;
        }

        /**
         * Marks findings of {@code type} as suppressed when their call site or fingerprint starts with {@code
         * callSiteOrFingerprintPrefix}. A call site matches by {@code com.shop.OrderService.list}, {@code
         * OrderService.list(OrderService.java:42)} (its {@code toString()}) or {@code OrderService.java:42}; a
         * fingerprint by its normalized text ({@code select id, name from customer}). Suppressed findings stay
         * in reports, marked suppressed.
         */
        public Builder suppress(FindingType type, String callSiteOrFingerprintPrefix) {
            Objects.requireNonNull(type, "type must not be null; pass the FindingType to suppress, e.g. N_PLUS_ONE");
            if (callSiteOrFingerprintPrefix == null || callSiteOrFingerprintPrefix.isBlank()) {
                throw new IllegalArgumentException("suppress prefix must not be blank, was '"
                        + callSiteOrFingerprintPrefix + "'; give a call site (OrderService.list) or a fingerprint");
            }
            findings.suppressions.add(new DetectorConfig.Suppression(type, callSiteOrFingerprintPrefix.trim()));
            return this;
        }

        /**
         * The budget of scopes opened without one, {@code AnalysisFilter}'s requests included (default: the
         * {@code leanjdbc.analyzer.budget.*} system properties, see {@link ScopeBudget#fromSystemProperties()};
         * unlimited when none is set).
         */
        public Builder defaultBudget(ScopeBudget budget) {
            this.defaultBudget =
                    Objects.requireNonNull(budget, "budget must not be null; pass ScopeBudget.unlimited() for none");
            return this;
        }

        private static String checkedSecret(String name, String secret) {
            if (secret == null || secret.strip().length() < 16) {
                throw new IllegalArgumentException(name + " must be a secret of at least 16 characters, shared only"
                        + " by the processes whose hashes are compared; was "
                        + (secret == null ? "null" : secret.strip().length() + " characters"));
            }
            return secret;
        }

        public QueryAnalyzer build() {
            return new QueryAnalyzer(
                    new AnalyzerConfig(
                            nPlusOneThreshold,
                            maxEventsPerScope,
                            maxGlobalEvents,
                            maxFingerprints,
                            shapeCacheSize,
                            callSiteMode,
                            callSiteSampleEvery,
                            maxCallSitesPerFingerprint,
                            skipFrames,
                            applicationPackages,
                            captureBindValues,
                            maxReadValues,
                            slowStatementMillis,
                            logScopeSummary,
                            maxTrackedStatements),
                    List.copyOf(listeners),
                    findings.toConfig(nPlusOneThreshold, maxReadValues),
                    defaultBudget,
                    hashKey == null ? ValueKey.random() : hashKey);
        }
    }
}
