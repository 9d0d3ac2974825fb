package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.internal.ClientFrames;
import dev.leanjdbc.analyzer.internal.DataClient;
import dev.leanjdbc.analyzer.internal.FingerprintState;
import dev.leanjdbc.analyzer.internal.RecordFieldUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One scope's events prepared for the detectors: each event's call site ({@link CallSite#NOT_CAPTURED} where
 * none was captured, never a guess), placeholder counts per fingerprint, and
 * grouping by fingerprint and call site. Everything is computed in passes over the events with hash maps:
 * linear in their number.
 */
final class ScopeEvents {

    final Report report;
    final List<StatementEvent> events;
    final DetectorConfig config;
    private final CallSite[] sites;
    /** Dense fingerprint and group numbers of the events, for array-keyed passes. */
    final EventIndex index;

    /** The events of each fingerprint number (see {@link #callSitesOf}); null until first asked. */
    private Group[] byFingerprint;

    /** {@code ?} per fingerprint number, -1 until first asked. */
    private final int[] placeholders;

    /** Group numbers that got an N+1 finding: their repeats are not reported again as duplicates. */
    private final java.util.BitSet nPlusOneGroupNumbers = new java.util.BitSet();

    private final Map<Long, Integer> databases = new HashMap<>();

    /** UPDATE groups that set a column right after its row's INSERT: not reported again as row-by-row DML. */
    final Set<GroupKey> foreignKeyUpdateGroups = new HashSet<>();

    private final java.util.function.LongFunction<String[]> labels;
    private final java.util.function.LongToIntFunction clients;

    /** Fields used on tracked jOOQ records, per fingerprint and record class (empty outside scopes). */
    final List<RecordFieldUse> recordFields;

    ScopeEvents(
            Report report,
            DetectorConfig config,
            java.util.function.LongFunction<String[]> labels,
            java.util.function.LongToIntFunction clients,
            List<RecordFieldUse> recordFields) {
        this.recordFields = recordFields;
        this.clients = clients;
        this.labels = labels;
        this.report = report;
        // Start order, not completion order: the parent of an N+1 completes after the children it drives.
        // Events arrive nearly sorted, so the sort is close to linear.
        List<StatementEvent> byStart = new java.util.ArrayList<>(report.events());
        byStart.sort(java.util.Comparator.comparingLong(StatementEvent::sequence));
        this.events = byStart;
        this.config = config;
        this.index = new EventIndex(events, config);
        this.sites = index.sites();
        this.placeholders = new int[index.fingerprints()];
        java.util.Arrays.fill(placeholders, -1);
    }

    boolean enabled(FindingType type) {
        return config.enabled(type);
    }

    /** The name of 1-based {@code column} of the result of {@code e}, a SELECT, for messages. */
    String columnName(StatementEvent e, int column) {
        return columnName(e.fingerprintId(), e.databaseId(), e.fingerprint(), column);
    }

    /**
     * The name of 1-based {@code column} of a SELECT's result on a database, for messages: from the SQL text,
     * else from the labels that database's driver gave (they differ: H2 upper-cases unquoted names).
     */
    String columnName(long fingerprintId, int databaseId, String fingerprint, int column) {
        String[] l = null;
        try {
            l = labels.apply(FingerprintState.key(fingerprintId, databaseId));
        } catch (RuntimeException e) {
            // names from the SQL text only
        }
        return SelectColumns.of(fingerprint).describe(column, l);
    }

    /**
     * The clients seen behind a fingerprint's statements, from its state on the database the scope ran it on
     * (states are kept per database: the first database's key is the fingerprint id itself, the others'
     * are mixed with their database id).
     */
    private int clientsOf(long fingerprintId) {
        Integer database = databases.get(fingerprintId);
        if (database == null) {
            int first = index.firstIndexOf(fingerprintId);
            database = first < 0 ? 0 : events.get(first).databaseId();
            databases.put(fingerprintId, database);
        }
        return clients.applyAsInt(FingerprintState.key(fingerprintId, database));
    }

    /** The one client seen behind a fingerprint's statements, or {@code null} (unknown, or several). */
    DataClient client(long fingerprintId) {
        try {
            return DataClient.single(clientsOf(fingerprintId));
        } catch (RuntimeException e) {
            return null; // the generic fixes
        }
    }

    /** Whether a fingerprint's statements were seen running inside Hibernate's {@code merge}. */
    boolean merged(long fingerprintId) {
        try {
            return ClientFrames.merged(clientsOf(fingerprintId));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether Hibernate ran a fingerprint's statements to load an EAGER association of entities it had just
     * read (not for a lazy one the code touched), as its stack walks showed.
     */
    boolean eagerLoad(long fingerprintId) {
        try {
            return ClientFrames.eagerLoad(clientsOf(fingerprintId));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The call site of event {@code i}; {@link CallSite#NOT_CAPTURED} when it was not captured. */
    CallSite site(int i) {
        return sites[i];
    }

    /** {@code ?} in the event's fingerprint: its bind placeholders and the literals it replaced. */
    int placeholders(StatementEvent e) {
        // per fingerprint number: asked per event by some detectors, so no boxed key and no lambda per call
        int number = index.numberOf(e.fingerprintId());
        if (number < 0) {
            return SqlText.placeholders(e.fingerprint()); // not an event of this scope
        }
        int n = placeholders[number];
        if (n < 0) {
            placeholders[number] = n = SqlText.placeholders(e.fingerprint());
        }
        return n;
    }

    /** The index of the first event of a fingerprint, or -1 when the scope kept none. */
    int firstIndexOf(long fingerprintId) {
        return index.firstIndexOf(fingerprintId);
    }

    /** Marks a group as reported as an N+1: {@link #inNPlusOne} tells its events. */
    void markNPlusOne(Group g) {
        nPlusOneGroupNumbers.set(index.groupOf()[g.first()]);
    }

    /** Whether event {@code i} belongs to a group that got an N+1 finding. */
    boolean inNPlusOne(int i) {
        return nPlusOneGroupNumbers.get(index.groupOf()[i]);
    }

    /**
     * Whether the execution bound more values than its fingerprint has placeholders: a collapsed list held
     * several values ({@code in (?, ?, ?)}, multi-row {@code values}).
     */
    boolean boundList(StatementEvent e) {
        return e.parameterCount() > placeholders(e);
    }

    /** {@link #boundList(StatementEvent)} of event {@code i}, from the index's columns. */
    boolean boundList(int i) {
        int number = index.fingerprintOf(i);
        int n = placeholders[number];
        if (n < 0) {
            placeholders[number] = n = SqlText.placeholders(events.get(i).fingerprint());
        }
        return index.parameterCounts[i] > n;
    }

    /** Events matching {@code filter} grouped by fingerprint and call site, in order of first execution. */
    Map<GroupKey, Group> groups(Predicate<StatementEvent> filter) {
        return groups(ALL_KINDS, 0, 0, i -> filter.test(events.get(i)));
    }

    static final int ALL_KINDS = -1;

    /** As {@link #groups(int, int, int, java.util.function.IntPredicate)}, the filter reading the event. */
    Map<GroupKey, Group> groupsOfEvents(int kinds, int all, int none, Predicate<StatementEvent> filter) {
        return groups(kinds, all, none, i -> filter.test(events.get(i)));
    }

    /**
     * Events of one of {@code kinds} (a mask of {@link EventIndex#bit}s) with every flag of {@code all} and
     * none of {@code none} (see {@link EventIndex}) and whose index matches {@code filter} (null: any), grouped by
     * fingerprint and call site, in order of first execution. Kinds and flags are read from the index's
     * columns: the filter sees only the events they let through, so a pass over a large scope reads the
     * events it wants, not every one of them.
     */
    Map<GroupKey, Group> groups(int kinds, int all, int none, java.util.function.IntPredicate filter) {
        int[] ids = index.groupOf();
        List<GroupKey> groupKeys = index.groupKeys();
        Group[] byId = new Group[groupKeys.size()];
        int[] order = new int[byId.length];
        int count = 0;
        for (int i = 0; i < events.size(); i++) {
            if (index.is(i, kinds, all, none) && (filter == null || filter.test(i))) {
                Group g = byId[ids[i]];
                if (g == null) {
                    byId[ids[i]] = g = new Group();
                    order[count++] = ids[i];
                }
                g.add(i);
            }
        }
        Map<GroupKey, Group> groups = new LinkedHashMap<>();
        for (int k = 0; k < count; k++) {
            groups.put(groupKeys.get(order[k]), byId[order[k]]);
        }
        return groups;
    }

    /** A sentence for explanations when the scope dropped events beyond its cap; empty otherwise. */
    String coverage() {
        if (report.droppedEvents() == 0) {
            return "";
        }
        return " (Counted over the first " + events.size() + " events the scope kept; " + report.droppedEvents()
                + " more were not kept.)";
    }

    /** The call sites of events at {@code indexes} with their counts, most first (ties: first seen first). */
    List<Finding.CallSiteCount> callSites(int[] indexes, int size) {
        Map<CallSite, long[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            counts.computeIfAbsent(sites[indexes[i]], k -> new long[1])[0]++;
        }
        List<Finding.CallSiteCount> out = new ArrayList<>(counts.size());
        counts.forEach((site, n) -> out.add(new Finding.CallSiteCount(site, n[0])));
        out.sort(java.util.Comparator.comparingLong(Finding.CallSiteCount::executions)
                .reversed()); // stable
        return out;
    }

    /** The call sites of a group's events with their counts. */
    List<Finding.CallSiteCount> callSites(Group g) {
        return callSites(g.indexes, g.size);
    }

    /** The call sites of every event of a fingerprint in the scope, with their counts. */
    List<Finding.CallSiteCount> callSitesOf(long fingerprintId) {
        int number = index.numberOf(fingerprintId);
        if (number < 0) {
            return List.of();
        }
        if (byFingerprint == null) {
            // Asked once per finding of some detectors: one pass for all of them, not one per finding.
            byFingerprint = new Group[index.fingerprints()];
            for (int i = 0; i < events.size(); i++) {
                int fp = index.fingerprintOf(i);
                Group g = byFingerprint[fp];
                if (g == null) {
                    byFingerprint[fp] = g = new Group();
                }
                g.add(i);
            }
        }
        return callSites(byFingerprint[number]);
    }

    /**
     * How many times the code repeated a group's statement: each application execution counts once, the
     * executions of one call of a leanjdbc operation (its chunk queries) count once together — their
     * repetition is the operation's design. The repetition detectors judge this count, not the size.
     */
    int repetitions(Group g) {
        int n = 0;
        long lastRun = 0;
        for (int i = 0; i < g.size; i++) {
            long run = index.runs[g.indexes[i]];
            if (run == 0 || run != lastRun) {
                n++;
            }
            lastRun = run;
        }
        return n;
    }

    /** Summed execution time of a group. */
    long nanos(Group g) {
        long n = 0;
        for (int i = 0; i < g.size; i++) {
            n += index.executeNanos[g.indexes[i]];
        }
        return n;
    }

    /** Summed rows read by a group. */
    long rows(Group g) {
        long n = 0;
        for (int i = 0; i < g.size; i++) {
            n += index.rowsRead[g.indexes[i]];
        }
        return n;
    }

    /** The group's call site ({@link CallSite#NOT_CAPTURED} for the executions without one). */
    CallSite siteOf(GroupKey k) {
        return k.site();
    }

    /** {@code " at OrderService.list(OrderService.java:42)"} or empty. */
    static String at(CallSite site) {
        return site == null || !site.isCaptured() ? "" : " at " + site;
    }

    /** Statements of one fingerprint from one call site ({@link CallSite#NOT_CAPTURED}: not captured). */
    record GroupKey(long fingerprintId, CallSite site) {}

    /** The indexes of a group's events in scope order. */
    static final class Group {
        int[] indexes = new int[4];
        int size;

        void add(int i) {
            if (size == indexes.length) {
                indexes = java.util.Arrays.copyOf(indexes, size * 2);
            }
            indexes[size++] = i;
        }

        int first() {
            return indexes[0];
        }
    }
}
