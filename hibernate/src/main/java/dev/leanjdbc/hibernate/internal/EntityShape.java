package dev.leanjdbc.hibernate.internal;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.bytecode.internal.BytecodeEnhancementMetadataPojoImpl;
import org.hibernate.bytecode.spi.BytecodeEnhancementMetadata;
import org.hibernate.engine.FetchStyle;
import org.hibernate.engine.FetchTiming;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.AttributeMappingsList;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;

/**
 * One entity class as the module judges it: its associations (to-ones and collections, at most {@value
 * #MAX_ASSOCIATIONS}), how each is mapped and fetched, and whether reads of its fields can be seen (the class
 * is bytecode-enhanced for lazy loading). Made once per persister.
 */
final class EntityShape {

    /** Associations judged per entity class: one bit each in an {@code int}. */
    static final int MAX_ASSOCIATIONS = 31;

    /** One association of the entity. */
    record Association(
            String name,
            AttributeMapping mapping,
            boolean collection,
            boolean eager,
            FetchStyle style,
            String annotation,
            String target) {}

    final String entityName;
    final Association[] associations;
    /** Bit of each association by attribute name (the name an enhanced reader passes). */
    private final Map<String, Integer> bits = new HashMap<>();
    /** Whether Hibernate gives each loaded instance an interceptor that every field read passes through. */
    final boolean enhanced;
    /** Hibernate's shared interceptor state of the class, or {@code null} when reads cannot be tracked. */
    final org.hibernate.bytecode.enhance.spi.interceptor.LazyAttributeLoadingInterceptor.EntityRelatedState
            interceptorState;
    /** Every attribute name, to check that a replacement interceptor agrees with Hibernate's on each. */
    final String[] attributeNames;

    private EntityShape(EntityPersister persister, EntityType<?> jpaType) {
        this.entityName = persister.getJpaEntityName();
        AttributeMappingsList all = persister.getAttributeMappings();
        List<Association> found = new ArrayList<>();
        attributeNames = new String[all.size()];
        for (int i = 0; i < all.size(); i++) {
            AttributeMapping a = all.get(i);
            attributeNames[i] = a.getAttributeName();
            boolean collection = a instanceof PluralAttributeMapping;
            if (!collection && !(a instanceof ToOneAttributeMapping)) {
                continue;
            }
            if (found.size() == MAX_ASSOCIATIONS) {
                continue;
            }
            FetchTiming timing = a.getMappedFetchOptions().getTiming();
            FetchStyle style = a.getMappedFetchOptions().getStyle();
            found.add(new Association(
                    a.getAttributeName(),
                    a,
                    collection,
                    timing == FetchTiming.IMMEDIATE,
                    style,
                    annotation(jpaType, a.getAttributeName(), collection),
                    target(a)));
        }
        this.associations = found.toArray(new Association[0]);
        for (int i = 0; i < associations.length; i++) {
            bits.put(associations[i].name(), 1 << i);
        }
        BytecodeEnhancementMetadata enhancement = persister.getBytecodeEnhancementMetadata();
        // Only Hibernate's own POJO metadata hands out the interceptor state that a replacement must share.
        this.interceptorState = enhancement.isEnhancedForLazyLoading()
                        && enhancement instanceof BytecodeEnhancementMetadataPojoImpl pojo
                ? pojo.getLazyAttributeLoadingInterceptorState()
                : null;
        this.enhanced = interceptorState != null;
    }

    static EntityShape of(EntityPersister persister, EntityType<?> jpaType) {
        return new EntityShape(persister, jpaType);
    }

    /** The bit of association {@code attribute}, 0 for any other attribute. */
    int bit(String attribute) {
        Integer b = bits.get(attribute);
        return b == null ? 0 : b;
    }

    /** Whether any association is mapped EAGER: the ones a page pays for whether or not it reads them. */
    boolean hasEager() {
        for (Association a : associations) {
            if (a.eager()) {
                return true;
            }
        }
        return false;
    }

    /** {@code @ManyToOne}, {@code @OneToMany}, ... from the JPA metamodel (the fix names the annotation). */
    private static String annotation(EntityType<?> type, String name, boolean collection) {
        try {
            Attribute.PersistentAttributeType kind = type.getAttribute(name).getPersistentAttributeType();
            return switch (kind) {
                case MANY_TO_ONE -> "@ManyToOne";
                case ONE_TO_ONE -> "@OneToOne";
                case ONE_TO_MANY -> "@OneToMany";
                case MANY_TO_MANY -> "@ManyToMany";
                case ELEMENT_COLLECTION -> "@ElementCollection";
                default -> collection ? "@OneToMany" : "@ManyToOne";
            };
        } catch (RuntimeException e) {
            return collection ? "@OneToMany" : "@ManyToOne";
        }
    }

    private static String target(AttributeMapping a) {
        if (a instanceof ToOneAttributeMapping toOne) {
            return toOne.getAssociatedEntityMappingType().getEntityPersister().getJpaEntityName();
        }
        if (a instanceof PluralAttributeMapping plural
                && plural.getElementDescriptor()
                        instanceof org.hibernate.metamodel.mapping.internal.EntityCollectionPart part) {
            return part.getAssociatedEntityMappingType().getEntityPersister().getJpaEntityName();
        }
        return "element";
    }

    @Override
    public String toString() {
        return "EntityShape[" + entityName + ", " + associations.length + " associations"
                + (enhanced ? ", enhanced" : "") + "]";
    }
}
