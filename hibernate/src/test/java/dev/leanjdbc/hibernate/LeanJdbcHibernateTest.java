package dev.leanjdbc.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.Severity;
import dev.leanjdbc.hibernate.enhanced.Owner;
import dev.leanjdbc.hibernate.enhanced.Pet;
import dev.leanjdbc.hibernate.enhanced.PetType;
import dev.leanjdbc.hibernate.enhanced.Visit;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.engine.spi.PersistentAttributeInterceptable;

/**
 * Entity over-fetch on real Hibernate with bytecode-enhanced entities (the build enhances the {@code
 * enhanced} package with hibernate-maven-plugin): EAGER associations loaded and never read are reported with
 * the loading line and a JPA fix; read ones, lazy ones left alone, and entities loaded outside scopes are not;
 * Hibernate behaves the same through the replaced interceptor.
 */
class LeanJdbcHibernateTest {

    private static Clinic clinic(TestDatabase db) {
        Clinic c = new Clinic(db, true, Owner.class, Pet.class, PetType.class, Visit.class);
        c.inTransaction(LeanJdbcHibernateTest::seed);
        return c;
    }

    /** Three owners with two pets each (a cat and a dog), each pet with two visits. */
    static void seed(Session s) {
        PetType cat = new PetType("cat");
        PetType dog = new PetType("dog");
        s.persist(cat);
        s.persist(dog);
        for (int o = 1; o <= 3; o++) {
            Owner owner = new Owner("Owner" + o, "notes-" + o);
            s.persist(owner);
            for (PetType type : List.of(cat, dog)) {
                Pet pet = new Pet(type.getName() + o, type, owner);
                s.persist(pet);
                s.persist(new Visit("checkup", pet));
                s.persist(new Visit("vaccine", pet));
            }
        }
    }

    private static Report inScope(Clinic c, Consumer<Session> work) {
        AnalysisScope scope = c.analyzer.scope("GET /owners");
        try (scope) {
            c.inTransaction(work);
        }
        return scope.report();
    }

    private static Finding only(Report r, String path) {
        List<Finding> found = r.findings(FindingType.ENTITY_OVER_FETCH).stream()
                .filter(f -> f.fingerprint().equals(path))
                .toList();
        assertThat(found)
                .as("ENTITY_OVER_FETCH of %s in %s", path, r.findings())
                .hasSize(1);
        return found.get(0);
    }

    @DbTest
    void eagerAssociationsTheCodeNeverReadAreReportedWithTheLoadingLineAndAJpaFix(TestDatabase db) {
        try (Clinic c = clinic(db)) {
            AnalysisScope scope = c.analyzer.scope("GET /owners");
            List<Finding> midway;
            try (scope) {
                c.inTransaction(s -> {
                    List<Owner> owners = s.createSelectionQuery("from Owner order by id", Owner.class)
                            .getResultList();
                    assertThat(owners).extracting(Owner::getName).containsExactly("Owner1", "Owner2", "Owner3");
                });
                midway = scope.snapshot().findings(FindingType.ENTITY_OVER_FETCH);
            }
            Report r = scope.report();
            if (Boolean.getBoolean("leanjdbc.corpus.print")) {
                System.out.println(r.toText()); // the sample in docs/hibernate.md and docs/findings.md
            }
            assertThat(r.findings(FindingType.ENTITY_OVER_FETCH))
                    .extracting(Finding::fingerprint)
                    .containsExactlyInAnyOrder("Owner.pets", "Pet.type");
            // judging for the snapshot read the associations' values: that did not count as the code's read
            assertThat(midway).extracting(Finding::fingerprint).containsExactlyInAnyOrder("Owner.pets", "Pet.type");

            Finding pets = only(r, "Owner.pets");
            assertThat(pets.severity()).isEqualTo(Severity.WARNING);
            assertThat(pets.executions()).isEqualTo(3);
            assertThat(pets.rows()).isEqualTo(6);
            assertThat(pets.explanation())
                    .startsWith("Owner.pets (EAGER @OneToMany: Hibernate loads it with every Owner, by a join or by"
                            + " extra selects) was loaded with 3 of the 3 Owner entities this scope loaded, and the"
                            + " code read it on none of them: 6 elements loaded for nothing.");
            assertThat(pets.suggestedFix())
                    .startsWith("Remove `fetch = FetchType.EAGER` from @OneToMany on Owner.pets (collections are"
                            + " LAZY by default in JPA), and fetch it only in the queries of the pages that use it:"
                            + " `join fetch o.pets` in their JPQL, or `@EntityGraph(attributePaths = \"pets\")`")
                    .contains("select new OwnerRow(o.id, ...) from Owner o");
            assertThat(pets.callSite().className()).isEqualTo(LeanJdbcHibernateTest.class.getName());
            assertThat(pets.callSite().fileName()).isEqualTo("LeanJdbcHibernateTest.java");

            Finding type = only(r, "Pet.type");
            assertThat(type.fingerprintId()).isNotZero().isNotEqualTo(pets.fingerprintId()); // merged apart
            assertThat(type.severity()).isEqualTo(Severity.INFO); // 6 joined or selected to-ones: a hint
            assertThat(type.executions()).isEqualTo(6);
            assertThat(type.explanation()).contains("6 PetType entities loaded for nothing");
            assertThat(type.suggestedFix())
                    .startsWith("Map it lazy: `@ManyToOne(fetch = FetchType.LAZY)` on Pet.type (JPA to-ones are"
                            + " EAGER by default)");
        }
    }

    @DbTest
    void anAssociationTheCodeReadIsNotReported(TestDatabase db) {
        try (Clinic c = clinic(db)) {
            Report all = inScope(c, s -> {
                for (Owner o : s.createSelectionQuery("from Owner", Owner.class).getResultList()) {
                    for (Pet p : o.getPets()) {
                        assertThat(p.getType().getName()).isIn("cat", "dog");
                    }
                }
            });
            assertThat(all.findings(FindingType.ENTITY_OVER_FETCH)).isEmpty();

            // read on one owner of three: the page needs it somewhere, so it is no over-fetch
            Report one = inScope(c, s -> {
                List<Owner> owners = s.createSelectionQuery("from Owner order by id", Owner.class)
                        .getResultList();
                assertThat(owners.get(0).getPets()).hasSize(2);
            });
            assertThat(one.findings(FindingType.ENTITY_OVER_FETCH))
                    .extracting(Finding::fingerprint)
                    .containsExactly("Pet.type");
        }
    }

    @DbTest
    void lazyAssociationsLeftUninitializedAreNotReported(TestDatabase db) {
        try (Clinic c = clinic(db)) {
            Report r = inScope(c, s -> {
                List<Visit> visits =
                        s.createSelectionQuery("from Visit", Visit.class).getResultList();
                assertThat(visits)
                        .hasSize(12)
                        .allSatisfy(v -> assertThat(v.getDescription()).isIn("checkup", "vaccine"));
                assertThat(Hibernate.isInitialized(visits.get(0).getPet())).isFalse();
            });
            assertThat(r.findings(FindingType.ENTITY_OVER_FETCH)).isEmpty();
        }
    }

    @DbTest
    void aLazyCollectionTheQueryFetchedButNobodyReadIsReported(TestDatabase db) {
        try (Clinic c = clinic(db)) {
            Report r = inScope(c, s -> {
                List<Pet> pets = s.createSelectionQuery(
                                "select distinct p from Pet p left join fetch p.visits", Pet.class)
                        .getResultList();
                assertThat(pets)
                        .hasSize(6)
                        .allSatisfy(p -> assertThat(p.getType()).isNotNull());
            });
            Finding visits = only(r, "Pet.visits");
            assertThat(visits.executions()).isEqualTo(6);
            assertThat(visits.rows()).isEqualTo(12);
            assertThat(visits.explanation())
                    .startsWith("Pet.visits (a lazy @OneToMany that the query fetched (join fetch, an entity graph or"
                            + " a fetch profile)) was loaded with 6 of the 6 Pet entities");
            assertThat(visits.suggestedFix())
                    .startsWith("Do not fetch Pet.visits in this query: drop its `join fetch`");
        }
    }

    @DbTest
    void hibernateLoadsLazyFieldsAndFlushesChangesThroughTheReplacedInterceptor(TestDatabase db) {
        try (Clinic c = clinic(db)) {
            Long id = c.fromTransaction(
                    s -> s.createSelectionQuery("select o.id from Owner o where o.name = 'Owner1'", Long.class)
                            .getSingleResult());
            // outside any scope the entity keeps Hibernate's own interceptor
            c.inTransaction(s ->
                    assertThat(interceptorOf(s.find(Owner.class, id))).isEqualTo("LazyAttributeLoadingInterceptor"));

            Report r = inScope(c, s -> {
                Owner o = s.find(Owner.class, id);
                assertThat(interceptorOf(o)).isEqualTo("ReadRecordingInterceptor");
                assertThat(Hibernate.isPropertyInitialized(o, "notes")).isFalse();
                assertThat(o.getNotes()).isEqualTo("notes-1"); // loaded lazily, by Hibernate's code
                assertThat(Hibernate.isPropertyInitialized(o, "notes")).isTrue();
                o.setName("Renamed");
                assertThat(o.getPets()).hasSize(2);
            });
            assertThat(r.findings(FindingType.ENTITY_OVER_FETCH))
                    .extracting(Finding::fingerprint)
                    .containsExactly("Pet.type");
            String renamed = c.fromTransaction(s -> s.find(Owner.class, id).getName());
            assertThat(renamed).isEqualTo("Renamed");
        }
    }

    private static String interceptorOf(Object entity) {
        return ((PersistentAttributeInterceptable) entity)
                .$$_hibernate_getInterceptor()
                .getClass()
                .getSimpleName();
    }
}
