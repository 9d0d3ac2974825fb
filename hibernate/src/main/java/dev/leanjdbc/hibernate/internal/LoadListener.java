package dev.leanjdbc.hibernate.internal;

import dev.leanjdbc.analyzer.CallSite;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.hibernate.bytecode.enhance.spi.interceptor.LazyAttributeLoadingInterceptor;
import org.hibernate.engine.spi.PersistentAttributeInterceptable;
import org.hibernate.engine.spi.PersistentAttributeInterceptor;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears each entity Hibernate loads: inside a scope of the analyzer, an entity of an enhanced class with
 * associations is tracked in every open scope, and its interceptor is replaced by one that notes the reads.
 * Never throws into Hibernate: a failure is logged once and the entity is left as Hibernate made it.
 */
final class LoadListener implements PostLoadEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(LoadListener.class);

    private final QueryAnalyzer analyzer;
    private final Function<EntityPersister, EntityShape> shapes;
    private final ConcurrentHashMap<EntityPersister, EntityShape> known = new ConcurrentHashMap<>();
    private final AtomicLong failures = new AtomicLong();

    LoadListener(QueryAnalyzer analyzer, Function<EntityPersister, EntityShape> shapes) {
        this.analyzer = analyzer;
        this.shapes = shapes;
    }

    @Override
    public void onPostLoad(PostLoadEvent event) {
        try {
            track(event);
        } catch (RuntimeException | LinkageError e) {
            if (failures.getAndIncrement() == 0) {
                LOG.warn(
                        "leanjdbc-hibernate could not track a loaded {} (further failures are not logged);"
                                + " its associations are not judged",
                        event.getPersister().getEntityName(),
                        e);
            }
        }
    }

    /** Whether any entity class of the factory is enhanced and has associations; looked up at the first load. */
    private volatile Boolean judgeable;

    private boolean judging(SessionFactoryImplementor factory) {
        Boolean j = judgeable;
        if (j == null) {
            boolean any = false;
            for (EntityPersister p : allPersisters(factory)) {
                EntityShape s = known.computeIfAbsent(p, this::firstSeen);
                any |= s.enhanced && s.associations.length > 0;
            }
            judgeable = j = any;
        }
        return j;
    }

    private static List<EntityPersister> allPersisters(SessionFactoryImplementor factory) {
        List<EntityPersister> out = new java.util.ArrayList<>();
        factory.getMappingMetamodel().forEachEntityDescriptor(out::add);
        return out;
    }

    /** The shape of an entity class at its first load; says once when its EAGER associations cannot be judged. */
    private EntityShape firstSeen(EntityPersister persister) {
        EntityShape shape = shapes.apply(persister);
        if (!shape.enhanced && shape.hasEager()) {
            LOG.info(
                    "leanjdbc-hibernate: entity {} is not bytecode-enhanced, so reads of its EAGER associations"
                            + " cannot be seen and ENTITY_OVER_FETCH is not reported for it. Enhance the entities at build"
                            + " time with org.hibernate.orm:hibernate-maven-plugin (goal enhance, enableLazyInitialization)"
                            + " to have them judged.",
                    shape.entityName);
        }
        return shape;
    }

    private void track(PostLoadEvent event) {
        if (!judging(event.getSession().getFactory())) {
            return; // no enhanced entity class has associations: nothing here can be judged
        }
        EntityPersister persister = event.getPersister();
        EntityShape shape = known.get(persister);
        if (shape == null) {
            shape = known.computeIfAbsent(persister, this::firstSeen);
        }
        List<EntityLoads> scopes = analyzer.contributions(EntityLoads.class, EntityLoads::new);
        if (scopes.isEmpty()) {
            return;
        }
        Object entity = event.getEntity();
        for (EntityLoads scope : scopes) {
            scope.loaded(entity); // also targets of EAGER to-ones, judged or not
        }
        if (!shape.enhanced
                || shape.associations.length == 0
                || !(entity instanceof PersistentAttributeInterceptable interceptable)) {
            return; // reads cannot be seen, or there is nothing to judge
        }
        PersistentAttributeInterceptor current = interceptable.$$_hibernate_getInterceptor();
        if (!(current instanceof LazyAttributeLoadingInterceptor hibernates)
                || current instanceof ReadRecordingInterceptor) {
            return; // not the interceptor a load injects: leave it alone
        }
        LoadedEntity loaded = new LoadedEntity(shape, entity);
        ReadRecordingInterceptor replacement = new ReadRecordingInterceptor(
                shape.interceptorState, hibernates.getIdentifier(), event.getSession(), loaded);
        for (String initialized : hibernates.getInitializedLazyAttributeNames()) {
            replacement.attributeInitialized(initialized);
        }
        for (String attribute : shape.attributeNames) {
            if (replacement.isAttributeLoaded(attribute) != hibernates.isAttributeLoaded(attribute)) {
                return; // e.g. an entity graph changed this instance's lazy fields: keep Hibernate's as it is
            }
        }
        CallSite site = null;
        for (EntityLoads scope : scopes) {
            if (site == null && scope.needsSite(shape)) {
                site = analyzer.callSiteNow();
            }
        }
        boolean tracked = false;
        for (EntityLoads scope : scopes) {
            tracked |= scope.add(loaded, site);
        }
        if (tracked) {
            interceptable.$$_hibernate_setInterceptor(replacement);
        }
    }
}
