package org.springframework.samples.leanpetclinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.junit.ExpectFinding;
import dev.leanjdbc.junit.NoFindings;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Entity over-fetch in the petclinic-style application over a real port: its entities are bytecode-enhanced
 * at build time (hibernate-maven-plugin, as an application enhances its own) and leanjdbc-hibernate is on
 * the class path, so the starter hands its analyzer to Hibernate. A page of owner names that reuses the
 * joined page's finder loads every owner's pets (and their types) and reads neither: its request's scope has
 * {@code ENTITY_OVER_FETCH} at the application's line with the JPA fix; the same names read as a DTO have no
 * finding at all.
 */
// Not on MariaDB yet (every @DbTest of this class): the Boot applications under test load H2/PostgreSQL
// schema scripts (identity columns) and, through MySQL Connector/J, Hibernate cannot pick its dialect (product
// "MySQL", version "11.4.5-MariaDB"); MariaDB runs of the Boot tests are a follow-up of issue 23 point 1.
class PetClinicOverFetchTest {

    @SpringBootTest(classes = PetClinicApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @AutoConfigureTestRestTemplate
    @DirtiesContext
    static class OwnerNames {
        @DynamicPropertySource
        static void db(DynamicPropertyRegistry registry) {
            PetClinicApplicationTest.datasource(registry);
        }

        @Autowired
        TestRestTemplate rest;

        /** How its team pins the known problem. */
        @Test
        @ExpectFinding(FindingType.ENTITY_OVER_FETCH)
        void fromEntitiesWithTheirPetsFetched() {
            assertThat(rest.getForObject("/owners/names", String.class)).contains("1 Franklin");
        }

        /** How the team would have found it: this one fails, and its message is what they read. */
        @Test
        @NoFindings
        void fromEntitiesWithNoFindingAllowed() {
            assertThat(rest.getForObject("/owners/names", String.class)).contains("1 Franklin");
        }

        /** The corrected page. */
        @Test
        @NoFindings
        void asADto() {
            assertThat(rest.getForObject("/owners/names/projected", String.class))
                    .contains("1 Franklin");
        }
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void aPageThatNeverReadsTheFetchedPetsHasEntityOverFetchAtItsLine(TestDatabase db) throws IOException {
        EngineExecutionResults r = PetClinicApplicationTest.runSample(db, selectClass(OwnerNames.class));
        assertThat(failureOf(r, "fromEntitiesWithTheirPetsFetched")).isNull();
        assertThat(failureOf(r, "asADto")).isNull();

        String message = failureOf(r, "fromEntitiesWithNoFindingAllowed");
        String site = " at OwnerController.ownerNames(OwnerController.java:"
                + PetClinicCallSitesTest.line("// site:names") + ")";
        // The join-fetched lazy pets of the 10 owners: the 13 pets loaded for nothing.
        assertThat(message)
                .startsWith("Expected no findings but found 2:")
                .contains("ENTITY_OVER_FETCH WARNING: 10 executions of Owner.pets\n      0.0 ms total," + site)
                .contains("Owner.pets (a lazy @OneToMany that the query fetched (join fetch, an entity graph or a"
                        + " fetch profile)) was loaded with 10 of the 10 Owner entities this scope loaded, and the"
                        + " code read it on none of them: 13 elements loaded for nothing.")
                .contains("Fix: Do not fetch Owner.pets in this query: drop its `join fetch`");
        // The pets' EAGER type, fetched by the same query and never read either.
        assertThat(message)
                .contains("ENTITY_OVER_FETCH WARNING: 13 executions of Pet.type\n      0.0 ms total," + site)
                .contains("Fix: Map it lazy: `@ManyToOne(fetch = FetchType.LAZY)` on Pet.type");
        r.testEvents().assertStatistics(s -> s.started(3).succeeded(2).failed(1));
    }

    /** The failure message of the sample test {@code name}, or {@code null} when it passed. */
    static String failureOf(EngineExecutionResults results, String name) {
        Event event = results.testEvents().finished().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(name + "("))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no test " + name + " ran"));
        return event.getPayload(TestExecutionResult.class)
                .orElseThrow()
                .getThrowable()
                .map(t -> t.getMessage() == null ? t.toString() : t.getMessage())
                .orElse(null);
    }
}
