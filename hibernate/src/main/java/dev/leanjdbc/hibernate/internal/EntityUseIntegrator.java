package dev.leanjdbc.hibernate.internal;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.hibernate.LeanJdbcHibernate;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Found by Hibernate through {@code META-INF/services}: adds the load listener to each session factory whose
 * settings hold an analyzer under {@link LeanJdbcHibernate#ANALYZER}. (The runtime metamodel does not exist
 * yet while integrators run: entity classes are looked at when their first instance loads.)
 */
public final class EntityUseIntegrator implements Integrator {

    private static final Logger LOG = LoggerFactory.getLogger(EntityUseIntegrator.class);

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
        Object configured = factory.getProperties().get(LeanJdbcHibernate.ANALYZER);
        if (configured == null) {
            LOG.debug(
                    "leanjdbc-hibernate: no {} in the settings of this session factory; entity loads are not"
                            + " tracked",
                    LeanJdbcHibernate.ANALYZER);
            return;
        }
        if (!(configured instanceof QueryAnalyzer analyzer)) {
            LOG.warn(
                    "leanjdbc-hibernate: {} must hold the QueryAnalyzer instance, was a {}; entity loads are not"
                            + " tracked",
                    LeanJdbcHibernate.ANALYZER,
                    configured.getClass().getName());
            return;
        }
        LoadListener listener = new LoadListener(analyzer, persister -> shape(factory, persister));
        factory.getEventListenerRegistry().appendListeners(EventType.POST_LOAD, listener);
    }

    private static EntityShape shape(SessionFactoryImplementor factory, EntityPersister persister) {
        EntityType<?> jpa = null;
        try {
            jpa = factory.getJpaMetamodel().entity(persister.getEntityName());
        } catch (RuntimeException e) {
            // not a JPA entity by that name (dynamic models): annotations are guessed from the mapping
        }
        return EntityShape.of(persister, jpa);
    }
}
