package dev.leanjdbc.hibernate.internal;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.ScopeContribution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;

/**
 * The entities one scope loaded (of enhanced classes with associations), judged when the scope reports: an
 * association loaded with some of them and read on none is an {@code ENTITY_OVER_FETCH}.
 *
 * <p>Loaded means, when judged: a collection that is initialized, whether EAGER or fetched by the query
 * (join fetch, entity graph); an EAGER to-one that holds an entity this scope loaded too. A lazy to-one is
 * never judged: an initialized one may simply point at an entity the persistence context held already. An
 * association read on at least one of the loaded entities is needed somewhere on the page: not reported.
 *
 * <p>Bounded: the first {@value #MAX_LOADS} loads are tracked, later ones counted; released with the scope.
 */
final class EntityLoads implements ScopeContribution {

    static final int MAX_LOADS = 10_000;

    private final List<LoadedEntity> loads = new ArrayList<>();
    /** Every entity this scope loaded (bounded too): an EAGER to-one counts when it holds one of them. */
    private final Map<Object, Boolean> loadedHere = new IdentityHashMap<>();
    /** The application's line of the first load of each entity class in this scope. */
    private final Map<EntityShape, CallSite> sites = new LinkedHashMap<>();

    private long untracked;

    /** Whether the first load of {@code shape} here still needs its call site. */
    synchronized boolean needsSite(EntityShape shape) {
        return !sites.containsKey(shape);
    }

    /** Any entity loaded in this scope, whether or not it is judged itself. */
    synchronized void loaded(Object entity) {
        if (loadedHere.size() < MAX_LOADS) {
            loadedHere.put(entity, Boolean.TRUE);
        }
    }

    /** Tracks a load; false (and counted) beyond {@value #MAX_LOADS}. */
    synchronized boolean add(LoadedEntity e, CallSite site) {
        if (site != null) {
            sites.putIfAbsent(e.shape, site);
        }
        if (loads.size() >= MAX_LOADS) {
            untracked++;
            return false;
        }
        loads.add(e);
        return true;
    }

    @Override
    public List<Finding> findings() {
        List<LoadedEntity> copy;
        Map<EntityShape, CallSite> siteCopy;
        Map<Object, Boolean> loadedHere;
        long dropped;
        synchronized (this) {
            if (loads.isEmpty()) {
                return List.of();
            }
            copy = new ArrayList<>(loads);
            siteCopy = new LinkedHashMap<>(sites);
            loadedHere = new IdentityHashMap<>(this.loadedHere);
            dropped = untracked;
        }
        Map<EntityShape, Tally[]> tallies = new LinkedHashMap<>();
        for (LoadedEntity e : copy) {
            EntityShape shape = e.shape;
            Tally[] t = tallies.computeIfAbsent(shape, s -> new Tally[s.associations.length]);
            int reads = e.reads(); // before the values: looking at them must not count as the code's read
            for (int i = 0; i < shape.associations.length; i++) {
                EntityShape.Association a = shape.associations[i];
                if (t[i] == null) {
                    t[i] = new Tally();
                }
                t[i].entities++;
                long rows = loadedRows(a, e.value(i), loadedHere);
                if (rows < 0) {
                    continue;
                }
                t[i].loaded++;
                t[i].rows += rows;
                if ((reads & (1 << i)) != 0) {
                    t[i].read++;
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<EntityShape, Tally[]> entry : tallies.entrySet()) {
            EntityShape shape = entry.getKey();
            Tally[] t = entry.getValue();
            for (int i = 0; i < t.length; i++) {
                if (t[i] != null && t[i].loaded > 0 && t[i].read == 0) {
                    out.add(OverFetchTexts.finding(
                            shape,
                            shape.associations[i],
                            t[i].loaded,
                            t[i].entities,
                            t[i].rows,
                            siteCopy.getOrDefault(shape, CallSite.NOT_CAPTURED),
                            dropped));
                }
            }
        }
        return out;
    }

    /**
     * Rows an association of one entity holds loaded (elements of an initialized collection, 1 for a to-one),
     * or -1 when it does not count as loaded (see the class comment).
     */
    private static long loadedRows(EntityShape.Association a, Object value, Map<Object, Boolean> loadedHere) {
        if (value == null || !Hibernate.isInitialized(value)) {
            return -1;
        }
        if (a.collection()) {
            if (value instanceof Collection<?> c) {
                return c.size();
            }
            if (value instanceof Map<?, ?> m) {
                return m.size();
            }
            return 1;
        }
        return a.eager() && loadedHere.containsKey(value) ? 1 : -1;
    }

    private static final class Tally {
        long entities;
        long loaded;
        long read;
        long rows;
    }
}
