package dev.leanjdbc.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.hibernate.plain.Owner;
import dev.leanjdbc.hibernate.plain.Pet;
import dev.leanjdbc.hibernate.plain.PetType;
import dev.leanjdbc.hibernate.plain.Visit;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.util.List;
import org.hibernate.engine.spi.PersistentAttributeInterceptable;

/**
 * Without bytecode enhancement nothing is judged: the same page as the enhanced test's, which reads only the
 * owners' names, gets no ENTITY_OVER_FETCH, because a read of a plain field or of an initialized collection
 * leaves no trace the module could see (it would have to guess).
 */
class PlainEntitiesTest {

    @DbTest
    void entitiesThatAreNotEnhancedAreNeverJudged(TestDatabase db) {
        try (Clinic c = new Clinic(db, true, Owner.class, Pet.class, PetType.class, Visit.class)) {
            c.inTransaction(s -> {
                PetType cat = new PetType("cat");
                s.persist(cat);
                for (int o = 1; o <= 3; o++) {
                    Owner owner = new Owner("Owner" + o, "notes");
                    s.persist(owner);
                    s.persist(new Pet("cat" + o, cat, owner));
                }
            });
            AnalysisScope scope = c.analyzer.scope("GET /owners");
            try (scope) {
                c.inTransaction(s -> {
                    List<Owner> owners =
                            s.createSelectionQuery("from Owner", Owner.class).getResultList();
                    assertThat(owners).hasSize(3);
                    assertThat(owners.get(0)).isNotInstanceOf(PersistentAttributeInterceptable.class);
                });
            }
            assertThat(scope.report().statementCount()).isGreaterThan(1); // the statements are recorded as ever
            assertThat(scope.report().findings(FindingType.ENTITY_OVER_FETCH)).isEmpty();
        }
    }
}
