package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.ReadValueSample;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.NumberText;
import dev.leanjdbc.analyzer.internal.ValueHash;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.Group;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.GroupKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * N+1: one SELECT shape run at least {@code nPlusOneThreshold} times from one call site in one scope with at
 * least that many different parameter sets. Not an N+1:
 *
 * <ul>
 *   <li>a <b>paging loop</b>: most executions bind a value read from the result of the execution before
 *       (keyset paging), or, where the sampled values cannot tell, the shape is a page query (ordered,
 *       limited, positioned by a bound range or an offset);
 *   <li><b>batched {@code IN} fetches</b>: each execution bound a list of values ({@code in (?, ?, ...)}
 *       collapsed in the fingerprint, or {@code = any(?)} with an array);
 *   <li>few distinct parameter sets repeated: those are duplicates;
 *   <li>the same statement in different scopes (detectors only ever see one scope).
 * </ul>
 *
 * The parent — the earlier result whose values the repeated executions bind — is found by {@link
 * ParentFinder}.
 */
final class NPlusOneDetector implements Detector {

    /** Share of consecutive pairs that must look like paging for the loop to be a paging loop. */
    private static final double PAGING_SHARE = 0.8;

    @Override
    public void detect(ScopeEvents s, List<Finding> out) {
        if (!s.enabled(FindingType.N_PLUS_ONE)) {
            return;
        }
        int threshold = s.config.nPlusOneThreshold();
        Map<GroupKey, Group> groups = s.groups(EventIndex.bit(StatementKind.SELECT), 0, EventIndex.FAILED, null);
        List<GroupKey> keys = new ArrayList<>();
        List<Group> flagged = new ArrayList<>();
        List<Integer> distinctCounts = new ArrayList<>();
        for (Map.Entry<GroupKey, Group> entry : groups.entrySet()) {
            Group g = entry.getValue();
            if (g.size < threshold || s.repetitions(g) < threshold) {
                continue; // a leanjdbc operation's chunk queries repeat by design
            }
            String fp = s.events.get(g.first()).fingerprint();
            int distinct = distinctParameterSets(s, g);
            if (distinct < threshold || batchedInFetch(s, g, fp) || pagingLoop(s, g, fp)) {
                continue;
            }
            keys.add(entry.getKey());
            flagged.add(g);
            distinctCounts.add(distinct);
        }
        if (flagged.isEmpty()) {
            return;
        }
        Finding.Parent[] parents = ParentFinder.find(s, flagged);
        for (int k = 0; k < flagged.size(); k++) {
            s.markNPlusOne(flagged.get(k));
            out.add(finding(s, keys.get(k), flagged.get(k), distinctCounts.get(k), parents[k]));
        }
    }

    private static int distinctParameterSets(ScopeEvents s, Group g) {
        LongIndex distinct = new LongIndex(g.size);
        for (int i = 0; i < g.size; i++) {
            StatementEvent e = s.events.get(g.indexes[i]);
            distinct.add(ValueHash.combine(e.parameterHash(), e.sqlHash()));
        }
        return distinct.size();
    }

    /** Each execution fetched a list of keys: the fix for an N+1, not one. */
    private static boolean batchedInFetch(ScopeEvents s, Group g, String fp) {
        if (SqlText.hasArrayParameter(fp) || SqlText.hasMultiValueInList(fp)) {
            return true;
        }
        if (!SqlText.hasSetParameter(fp)) {
            return false;
        }
        int lists = 0;
        for (int i = 0; i < g.size; i++) {
            if (s.boundList(g.indexes[i])) {
                lists++;
            }
        }
        return lists * 2 >= g.size;
    }

    /** Consecutive executions continue from the previous result (keyset paging), or page by shape. */
    private static boolean pagingLoop(ScopeEvents s, Group g, String fp) {
        int pairs = g.size - 1;
        int continued = 0;
        int unknown = 0;
        int sampleCap = s.config.maxReadValues();
        for (int k = 1; k < g.size; k++) {
            StatementEvent prev = s.events.get(g.indexes[k - 1]);
            StatementEvent next = s.events.get(g.indexes[k]);
            ReadValueSample values = prev.readValues();
            if (bindsValueOf(next, values)) {
                continued++;
            } else if (values.size() == 0 || values.size() >= sampleCap) {
                unknown++; // nothing sampled, or the sample filled before the last row was read
            }
        }
        double needed = Math.ceil(pairs * PAGING_SHARE);
        if (continued > 0 && continued >= needed) {
            return true;
        }
        return SqlText.looksLikePaging(fp) && continued + unknown >= needed;
    }

    private static boolean bindsValueOf(StatementEvent e, ReadValueSample values) {
        if (values.size() == 0) {
            return false;
        }
        for (int p = 1; p <= e.parameterCount(); p++) {
            long h = e.parameterHash(p);
            if (h != ValueHash.NULL && values.columnOf(h) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Fifty round-trips where one would do is what turns a 20 ms page into a second. */
    private static Severity severity(int executions) {
        return executions >= 50 ? Severity.CRITICAL : Severity.WARNING;
    }

    private static Finding finding(ScopeEvents s, GroupKey key, Group g, int distinct, Finding.Parent parent) {
        StatementEvent first = s.events.get(g.first());
        CallSite site = s.siteOf(key);
        long nanos = s.nanos(g);
        boolean eager = s.eagerLoad(first.fingerprintId());
        // Values only (never the scope's events): the text is rendered when someone reads it.
        int executions = g.size;
        int statement = g.first() + 1;
        String scope = s.report.name();
        String coverage = s.coverage();
        Supplier<String> why =
                () -> explanation(executions, scope, site, distinct, nanos, parent, statement, eager, coverage);
        return ApiAccess.finding(FindingType.N_PLUS_ONE, severity(g.size))
                .fingerprint(first.fingerprintId(), first.fingerprint())
                .executions(g.size)
                .totalNanos(nanos)
                .rows(s.rows(g))
                .firstStatement(g.first() + 1)
                .callSite(site)
                .parent(parent)
                .explanation(why)
                .suggestedFix(Fixes.nPlusOne(first.fingerprint(), parent, s.client(first.fingerprintId()), eager))
                .build();
    }

    private static String explanation(
            int executions,
            String scope,
            CallSite site,
            int distinct,
            long nanos,
            Finding.Parent parent,
            int statement,
            boolean eager,
            String coverage) {
        StringBuilder why = new StringBuilder()
                .append("The same SELECT ran ")
                .append(executions)
                .append(" times in scope '")
                .append(scope)
                .append("'")
                .append(ScopeEvents.at(site))
                .append(" with ")
                .append(distinct)
                .append(" different parameter sets, one round-trip each (")
                .append(NumberText.millis(nanos))
                .append(" in the database, plus network and driver time per round-trip). ");
        if (parent != null) {
            why.append("Values of ")
                    .append(parent.column())
                    .append(" read from statement #")
                    .append(parent.statement())
                    .append(" drive ")
                    .append(executions)
                    .append(" executions of statement #")
                    .append(statement)
                    .append(" (")
                    .append(parent.matchedExecutions())
                    .append(" matched among the sampled values). ");
        }
        if (eager) {
            why.append("Hibernate ran these selects itself while it read the parents, to load an EAGER association"
                    + " of each one: they run whether or not the code then reads the association. ");
        }
        why.append("The count grows with the data: every row of the loop adds a round-trip.");
        why.append(coverage);
        return why.toString();
    }
}
