package dev.leanjdbc.analyzer.internal.detect;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.analyzer.StatementEvent;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.analyzer.internal.ApiAccess;
import dev.leanjdbc.analyzer.internal.DataClient;
import dev.leanjdbc.analyzer.internal.NumberText;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.Group;
import dev.leanjdbc.analyzer.internal.detect.ScopeEvents.GroupKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A column set by an UPDATE right after the INSERT of its row: {@code insert into visits (visit_date,
 * description) ...} and then {@code update visits set pet_id = ? where id = ?}, once per inserted row. This is
 * what Hibernate sends for a unidirectional {@code @OneToMany @JoinColumn}: the child does not map the foreign
 * key, so its INSERT leaves it out and the collection writes it afterwards, one UPDATE per child.
 *
 * <p>An UPDATE group is reported when it only sets columns to bind values, picks its rows by one key
 * equality, and an INSERT into the same table ran earlier in the scope whose column list has none of the
 * set columns. For Hibernate also when the INSERT listed them: a {@code @JoinColumn(nullable = false)}
 * without {@code updatable = false} makes Hibernate 7 write the key in the INSERT and again by UPDATE. Its
 * executions are taken out of row-by-row DML: batching them is not the fix, not sending them is.
 */
final class ForeignKeyUpdateDetector implements Detector {

    @Override
    public void detect(ScopeEvents s, List<Finding> out) {
        if (!s.enabled(FindingType.FOREIGN_KEY_UPDATE_AFTER_INSERT)) {
            return;
        }
        // per fingerprint number: looked up per INSERT event, so no boxed key per event
        DmlShape[] shapes = new DmlShape[s.index.fingerprints()];
        // table -> index of the first INSERT into it, and its shape (one is enough to compare columns)
        Map<String, Integer> firstInsert = new HashMap<>();
        Map<String, DmlShape> insertShape = new HashMap<>();
        for (int i = 0; i < s.events.size(); i++) {
            if (s.index.is(i, EventIndex.bit(StatementKind.INSERT), 0, EventIndex.FAILED)) {
                DmlShape d = shape(s, shapes, i);
                if (d.table() != null && !d.insertColumns().isEmpty() && !firstInsert.containsKey(d.table())) {
                    firstInsert.put(d.table(), i);
                    insertShape.put(d.table(), d);
                }
            }
        }
        if (firstInsert.isEmpty()) {
            return;
        }
        Map<GroupKey, Group> groups = s.groups(EventIndex.bit(StatementKind.UPDATE), 0, EventIndex.FAILED, null);
        for (Map.Entry<GroupKey, Group> entry : groups.entrySet()) {
            Group g = entry.getValue();
            StatementEvent first = s.events.get(g.first());
            DmlShape update = shape(s, shapes, g.first());
            if (!update.simpleKeyedUpdate() || update.keyColumns().size() != 1) {
                continue;
            }
            Integer insertAt = firstInsert.get(update.table());
            if (insertAt == null || insertAt > g.first()) {
                continue;
            }
            boolean listed = listedByInsert(insertShape.get(update.table()), update);
            if (listed && s.client(first.fingerprintId()) != DataClient.HIBERNATE) {
                continue; // a column written and changed later: a workflow, not a mapping to fix
            }
            s.foreignKeyUpdateGroups.add(entry.getKey());
            out.add(finding(s, entry.getKey(), g, update, listed));
        }
    }

    private static DmlShape shape(ScopeEvents s, DmlShape[] shapes, int event) {
        int number = s.index.fingerprintOf(event);
        DmlShape d = shapes[number];
        if (d == null) {
            shapes[number] = d = DmlShape.of(s.events.get(event).fingerprint());
        }
        return d;
    }

    /** Whether the INSERT listed any of the columns the UPDATE sets. */
    private static boolean listedByInsert(DmlShape insert, DmlShape update) {
        for (String c : update.setColumns()) {
            if (insert.insertColumns().contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(ScopeEvents s, GroupKey key, Group g, DmlShape update, boolean listed) {
        StatementEvent first = s.events.get(g.first());
        long rows = 0;
        long statements = 0;
        for (int i = 0; i < g.size; i++) {
            StatementEvent e = s.events.get(g.indexes[i]);
            rows += Math.max(0, e.updateCount());
            statements += Math.max(1, e.batchSize());
        }
        CallSite site = s.siteOf(key);
        long nanos = s.nanos(g);
        String cols = String.join(", ", update.setColumns());
        String why = "Rows inserted into " + update.table() + (listed ? " with " : " without ") + cols + " got "
                + cols + (listed ? " again" : "") + " from a separate UPDATE afterwards: " + statements
                + (statements == 1 ? " UPDATE" : " UPDATEs") + " by "
                + update.keyColumns().get(0) + " in scope '"
                + s.report.name() + "'" + ScopeEvents.at(site) + " (" + NumberText.millis(nanos)
                + " in the database), one per inserted row, each a round-trip and a second write of a row just"
                + " written; "
                + (listed ? "the INSERT had written the column already." : "the INSERT could have written it itself.")
                + s.coverage();
        return ApiAccess.finding(
                        FindingType.FOREIGN_KEY_UPDATE_AFTER_INSERT,
                        statements >= 100 ? Severity.CRITICAL : Severity.WARNING)
                .fingerprint(first.fingerprintId(), first.fingerprint())
                .executions(g.size)
                .totalNanos(nanos)
                .rows(rows)
                .firstStatement(g.first() + 1)
                .callSite(site)
                .explanation(why)
                .suggestedFix(fix(s.client(first.fingerprintId()), update, listed))
                .build();
    }

    private static String fix(DataClient client, DmlShape update, boolean listed) {
        String col = update.setColumns().get(0);
        String child = ClientFixes.entityName(update.table());
        String mappedBy = "map the association from the child: `@ManyToOne @JoinColumn(name = \"" + col + "\")` on "
                + child + " and `@OneToMany(mappedBy = \"...\")` on the parent, so the INSERT writes " + col;
        if (client == DataClient.HIBERNATE && listed) {
            return "This is a unidirectional `@OneToMany @JoinColumn(name = \"" + col + "\", nullable = false)`:"
                    + " Hibernate writes " + col + " in each " + child + " INSERT and still sets it again with one"
                    + " UPDATE per element. Add `updatable = false` (`@JoinColumn(name = \"" + col + "\", nullable ="
                    + " false, updatable = false)`), or " + mappedBy + ".";
        }
        if (client == DataClient.HIBERNATE) {
            return "This is a unidirectional `@OneToMany @JoinColumn(name = \"" + col + "\")`: the " + child
                    + " entity does not map " + col + ", so Hibernate inserts each " + child + " without it and"
                    + " then sets it with one UPDATE per element. Either " + mappedBy + "; or keep it"
                    + " unidirectional with `@JoinColumn(name = \"" + col + "\", nullable = false, updatable ="
                    + " false)`, with which Hibernate writes " + col + " in the INSERT and sends no UPDATE"
                    + " (`nullable = false` alone moves it into the INSERT but keeps the UPDATE).";
        }
        return "Write " + col + " in the INSERT instead of setting it by an UPDATE of each row just inserted: `insert"
                + " into " + update.table() + " (..., " + col + ") values (..., ?)`, so each row costs one statement"
                + " instead of two.";
    }
}
