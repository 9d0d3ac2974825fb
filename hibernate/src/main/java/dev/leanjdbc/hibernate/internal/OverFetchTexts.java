package dev.leanjdbc.hibernate.internal;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.analyzer.internal.ApiAccess;

/** The explanation and JPA fix of an {@code ENTITY_OVER_FETCH}. */
final class OverFetchTexts {

    /** Loads from which a joined to-one never read is more than a hint. */
    static final long WARN_LOADS = 10;

    private OverFetchTexts() {}

    static Finding finding(
            EntityShape shape,
            EntityShape.Association a,
            long loaded,
            long entities,
            long rows,
            CallSite site,
            long untracked) {
        String path = shape.entityName + "." + a.name();
        // A collection multiplies rows or statements; a to-one costs a join or a select per distinct target.
        Severity severity = a.collection() || loaded >= WARN_LOADS ? Severity.WARNING : Severity.INFO;
        return ApiAccess.finding(FindingType.ENTITY_OVER_FETCH, severity)
                .fingerprint(id(path), path)
                .executions(loaded)
                .rows(rows)
                .callSite(site)
                .explanation(explanation(shape, a, path, loaded, entities, rows, untracked))
                .suggestedFix(fix(shape, a))
                .build();
    }

    /**
     * A stable id of the association (FNV-1a of its path): reports, the endpoint and the suite report merge
     * findings by type and fingerprint id, so each association needs its own.
     */
    static long id(String path) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < path.length(); i++) {
            h = (h ^ path.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    private static String explanation(
            EntityShape shape,
            EntityShape.Association a,
            String path,
            long loaded,
            long entities,
            long rows,
            long untracked) {
        String how = a.eager()
                ? "EAGER " + a.annotation() + ": Hibernate loads it with every " + shape.entityName
                        + ", by a join or by extra selects"
                : "a lazy " + a.annotation() + " that the query fetched (join fetch, an entity graph or a fetch"
                        + " profile)";
        return path + " (" + how + ") was loaded with " + loaded + " of the " + entities + " " + shape.entityName
                + " entities this scope loaded, and the code read it on none of them: " + rows + " "
                + (a.collection() ? "elements" : a.target() + " entities") + " loaded for nothing. Reads are seen"
                + " through Hibernate's bytecode enhancement (the getter or field of " + path + ")."
                + (untracked > 0
                        ? " Only the first " + EntityLoads.MAX_LOADS + " entity loads of the scope were tracked ("
                                + untracked + " more were not)."
                        : "");
    }

    private static String fix(EntityShape shape, EntityShape.Association a) {
        String owner = shape.entityName;
        String alias = Character.toLowerCase(owner.charAt(0)) + "";
        String name = a.name();
        String fetchHere = "fetch it only in the queries of the pages that use it: `join fetch " + alias + "." + name
                + "` in their JPQL, or `@EntityGraph(attributePaths = \"" + name + "\")` on their Spring Data finder";
        String dto =
                "If this page needs only a few fields of " + owner + ", read a DTO instead of entities: `select new "
                        + owner + "Row(" + alias + ".id, ...) from " + owner + " " + alias
                        + "`, or a Spring Data interface or record projection.";
        if (!a.eager()) {
            return "Do not fetch " + owner + "." + name + " in this query: drop its `join fetch`, or its entry in the"
                    + " `@EntityGraph(attributePaths = ...)` or fetch-graph hint, for the page that does not read it. "
                    + dto;
        }
        String lazy = a.collection()
                ? "Remove `fetch = FetchType.EAGER` from " + a.annotation() + " on " + owner + "." + name
                        + " (collections are LAZY by default in JPA)"
                : "Map it lazy: `" + a.annotation() + "(fetch = FetchType.LAZY)` on " + owner + "." + name
                        + " (JPA to-ones are EAGER by default)";
        return lazy + ", and " + fetchHere + ". " + dto;
    }
}
