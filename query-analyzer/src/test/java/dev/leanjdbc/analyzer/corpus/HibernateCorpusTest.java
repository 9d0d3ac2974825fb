package dev.leanjdbc.analyzer.corpus;

import static dev.leanjdbc.analyzer.FindingType.BUFFERED_LARGE_RESULT;
import static dev.leanjdbc.analyzer.FindingType.DUPLICATE_QUERY;
import static dev.leanjdbc.analyzer.FindingType.FOREIGN_KEY_UPDATE_AFTER_INSERT;
import static dev.leanjdbc.analyzer.FindingType.N_PLUS_ONE;
import static dev.leanjdbc.analyzer.FindingType.ROW_BY_ROW_DML;
import static dev.leanjdbc.analyzer.FindingType.UNBATCHED_INSERT;
import static dev.leanjdbc.analyzer.corpus.Corpus.assertFindings;
import static dev.leanjdbc.analyzer.corpus.Corpus.only;
import static dev.leanjdbc.analyzer.corpus.Corpus.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.corpus.HibernateClinic.Appointment;
import dev.leanjdbc.analyzer.corpus.HibernateClinic.Owner;
import dev.leanjdbc.analyzer.corpus.HibernateClinic.Pet;
import dev.leanjdbc.analyzer.corpus.HibernateClinic.Tag;
import dev.leanjdbc.analyzer.corpus.HibernateClinic.Treatment;
import dev.leanjdbc.analyzer.corpus.HibernateClinic.Vaccination;
import dev.leanjdbc.analyzer.corpus.HibernateClinic.Vet;
import dev.leanjdbc.analyzer.corpus.HibernateClinic.Visit;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The corpus through Hibernate 7: the analyzer recognises Hibernate behind the statements from the stack and
 * speaks its language in the fixes (fetch joins, entity graphs, batch fetching, sequence ids with JDBC
 * batching, bulk JPQL, streaming, persist vs merge), and does not take what Hibernate resolved from its
 * persistence context for a projection candidate.
 */
@ParameterizedClass(name = "call sites {0}")
@EnumSource(
        value = CallSiteMode.class,
        names = {"SAMPLED", "ALWAYS"})
class HibernateCorpusTest {

    /** Every scenario runs in the default sampled mode and in ALWAYS, expecting the same findings. */
    @Parameter
    CallSiteMode mode;

    private QueryAnalyzer analyzer() {
        return QueryAnalyzer.builder().callSiteMode(mode).largeResultRows(30).build();
    }

    private static HibernateClinic clinic(QueryAnalyzer a, TestDatabase db, Map<String, Object> settings) {
        if (db.db() == dev.leanjdbc.testing.Db.MARIADB_MYSQL_DRIVER) {
            // Hibernate cannot pick a dialect when MySQL Connector/J reports product "MySQL" at version
            // "11.4.5-MariaDB"; an application on this driver and server names it, as here.
            settings = new java.util.HashMap<>(settings);
            settings.putIfAbsent("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect");
        }
        HibernateClinic c = new HibernateClinic(a.wrap(db.dataSource()), settings);
        c.seed();
        return c;
    }

    private static HibernateClinic clinic(QueryAnalyzer a, TestDatabase db) {
        return clinic(a, db, Map.of());
    }

    @DbTest
    void lazyCollectionInALoopIsNPlusOneWithHibernateFixes(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db)) {
            Report r = run(
                    a,
                    "pets per owner",
                    () -> c.inTransaction(s -> {
                        for (Owner o : s.createSelectionQuery("from Owner order by id", Owner.class)
                                .getResultList()) {
                            o.pets.size(); // each owner's pets: one select per owner
                        }
                    }));
            assertFindings(r, N_PLUS_ONE);
            Finding f = only(r, N_PLUS_ONE);
            assertThat(f.executions()).isEqualTo(10);
            assertThat(f.suggestedFix())
                    .contains("join fetch", "@EntityGraph", "@BatchSize", "hibernate.default_batch_fetch_size")
                    .doesNotContain("multiset", "Lean.");
        }
    }

    @DbTest
    void eagerAssociationLoadedPerParentIsToldToBeLazy(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db)) {
            // The page lists vets by name only; their EAGER specialties are loaded anyway, one select per vet.
            Report r = run(
                    a,
                    "vet names",
                    () -> c.inTransaction(s -> s.createSelectionQuery("from Vet order by lastName", Vet.class)
                            .getResultList()
                            .forEach(v -> v.lastName.length())));
            assertFindings(r, N_PLUS_ONE);
            Finding f = only(r, N_PLUS_ONE);
            assertThat(f.executions()).isEqualTo(6);
            assertThat(f.explanation()).contains("EAGER association");
            assertThat(f.suggestedFix())
                    .contains("EAGER", "FetchType.LAZY", "join fetch", "@EntityGraph", "@BatchSize")
                    .doesNotContain("multiset");
        }
    }

    @DbTest
    void lazyCollectionTouchedIsNotCalledEager(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db)) {
            Report r = run(
                    a,
                    "pets per owner",
                    () -> c.inTransaction(s -> s.createSelectionQuery("from Owner order by id", Owner.class)
                            .getResultList()
                            .forEach(o -> o.pets.size())));
            assertThat(only(r, N_PLUS_ONE).explanation()).doesNotContain("EAGER");
        }
    }

    @DbTest
    void visitsPerPetNameTheirPetsAsParent(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db)) {
            // petclinic's owner search: owners with their pets fetched, then each pet's visits (lazy here).
            Report r = run(
                    a,
                    "owners with pets and visits",
                    () -> c.inTransaction(s -> s.createSelectionQuery(
                                    "select distinct o from Owner o left join fetch o.pets order by o.id", Owner.class)
                            .getResultList()
                            .forEach(o -> o.pets.forEach(p -> p.visits.size()))));
            Finding f = only(r, N_PLUS_ONE);
            assertThat(f.fingerprint()).contains("from visits");
            assertThat(f.parent()).as("%s", r.toText()).isNotNull();
            assertThat(f.parent().column()).isEqualTo("pets.id");
        }
    }

    @DbTest
    void batchFetchingIsTheFixAndIsClean(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db, Map.of(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 16))) {
            Report r = run(
                    a,
                    "pets per owner, batch fetched",
                    () -> c.inTransaction(s -> {
                        for (Owner o : s.createSelectionQuery("from Owner order by id", Owner.class)
                                .getResultList()) {
                            o.pets.size();
                        }
                    }));
            assertFindings(r);
        }
    }

    @DbTest
    void aQueryWhoseRowIsAlreadyManagedIsNoProjectionCandidate(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db)) {
            Report r = run(
                    a,
                    "owner, then the owner by name",
                    () -> c.inTransaction(s -> {
                        Owner o = s.find(Owner.class, 3);
                        // The row is owner 3, already in the persistence context: Hibernate reads only its id.
                        Owner same = s.createSelectionQuery("from Owner where lastName = :n", Owner.class)
                                .setParameter("n", o.lastName)
                                .getSingleResult();
                        assertThat(same).isSameAs(o);
                    }));
            assertFindings(r);
        }
    }

    @DbTest
    void identityInsertsAreToldToUseSequencesNotAJdbcBatch(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db)) {
            Report r = run(
                    a,
                    "new owners",
                    () -> c.inTransaction(s -> {
                        for (int i = 0; i < 6; i++) {
                            s.persist(new Owner("New" + i, "Owner" + i, "road", "town", "555"));
                        }
                    }));
            assertFindings(r, UNBATCHED_INSERT);
            assertThat(only(r, UNBATCHED_INSERT).suggestedFix())
                    .contains("IDENTITY", "SEQUENCE", "hibernate.jdbc.batch_size", "hibernate.order_inserts")
                    .doesNotContain("addBatch", "Lean.", "valuesOfRows");
        }
    }

    @DbTest
    void sequenceIdsWithoutBatchSizeAreToldToSetIt(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db)) {
            Report r = run(
                    a,
                    "new tags",
                    () -> c.inTransaction(s -> {
                        for (int i = 0; i < 6; i++) {
                            s.persist(new Tag("tag" + i));
                        }
                    }));
            assertFindings(r, UNBATCHED_INSERT);
            String fix = only(r, UNBATCHED_INSERT).suggestedFix();
            assertThat(fix).contains("hibernate.jdbc.batch_size", "hibernate.order_inserts");
            assertThat(fix).doesNotContain("switch the id", "addBatch");
        }
    }

    @DbTest
    void sequenceIdsWithBatchSizeAreClean(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db, Map.of(AvailableSettings.STATEMENT_BATCH_SIZE, 50))) {
            Report r = run(
                    a,
                    "new tags, batched",
                    () -> c.inTransaction(s -> {
                        for (int i = 0; i < 6; i++) {
                            s.persist(new Tag("tag" + i));
                        }
                    }));
            assertFindings(r);
        }
    }

    @DbTest
    void entityUpdatesOneByOneAreToldToUseBulkJpql(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db)) {
            Report r = run(
                    a,
                    "move owners",
                    () -> c.inTransaction(s -> {
                        for (Owner o : s.createSelectionQuery("from Owner", Owner.class)
                                .getResultList()) {
                            o.city = "Madison"; // flushed as one UPDATE per owner
                        }
                    }));
            assertFindings(r, ROW_BY_ROW_DML);
            assertThat(only(r, ROW_BY_ROW_DML).suggestedFix())
                    .contains("update Owner", "executeUpdate", "@Modifying", "hibernate.jdbc.batch_size")
                    .doesNotContain("Lean.", "ctx.batch");
        }
    }

    // Not on MariaDB yet: the analyzer cannot yet tell whether MariaDB Connector/J or MySQL Connector/J buffered a
    // result (its result mode is UNKNOWN there), which each driver's rules in issue 23 point 5 add.
    @DbTest({Db.H2, Db.POSTGRES})
    void aLargeEntityListIsToldToStream(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db)) {
            Report r = run(
                    a,
                    "all visits",
                    () -> c.inTransaction(s ->
                            s.createSelectionQuery("from Visit", Visit.class).getResultList()));
            assertFindings(r, BUFFERED_LARGE_RESULT);
            assertThat(only(r, BUFFERED_LARGE_RESULT).suggestedFix())
                    .contains("StatelessSession", "getResultStream", "Stream<", "org.hibernate.fetchSize")
                    .doesNotContain("Lean.", "fetchStream");
        }
    }

    @DbTest
    void aMergeReSelectIsToldPersistVersusMerge(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db)) {
            AtomicReference<Owner> detached = new AtomicReference<>();
            Report r = run(a, "edit owner", () -> {
                c.inTransaction(s -> detached.set(s.find(Owner.class, 2)));
                detached.get().telephone = "555-9999";
                c.inTransaction(s -> s.merge(detached.get())); // selects owner 2 again to merge onto it
            });
            assertFindings(r, DUPLICATE_QUERY);
            assertThat(only(r, DUPLICATE_QUERY).suggestedFix())
                    .contains("merge", "persist", "managed")
                    .doesNotContain("local variable");
        }
    }

    @DbTest
    void clientIsRecognisedInTheDefaultSampledMode(TestDatabase db) throws Exception {
        QueryAnalyzer a = QueryAnalyzer.builder().build(); // CallSiteMode.SAMPLED
        try (HibernateClinic c = clinic(a, db)) {
            Report r = run(
                    a,
                    "pets per owner, sampled",
                    () -> c.inTransaction(s -> {
                        List<Owner> owners = s.createSelectionQuery("from Owner order by id", Owner.class)
                                .getResultList();
                        owners.forEach(o -> o.pets.size());
                    }));
            assertThat(only(r, N_PLUS_ONE).suggestedFix()).contains("join fetch");
        }
    }

    @DbTest
    void childRowsWhoseForeignKeyIsSetByAnUpdateAfterTheirInsert(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db)) {
            Report r = run(
                    a,
                    "new pet with visits",
                    () -> c.inTransaction(s -> {
                        Pet pet = new Pet("Rex", s.find(Owner.class, 1));
                        Stream.of("a", "b", "c", "d", "e", "f")
                                .forEach(d -> pet.visits.add(new Visit(LocalDate.now(), d)));
                        s.persist(pet);
                    }));
            // One INSERT per visit is the IDENTITY finding; the per-visit UPDATE of pet_id is not row-by-row DML.
            assertFindings(r, FOREIGN_KEY_UPDATE_AFTER_INSERT, UNBATCHED_INSERT);
            Finding f = only(r, FOREIGN_KEY_UPDATE_AFTER_INSERT);
            assertThat(f.fingerprint()).isEqualTo("update visits set pet_id = ? where id = ?");
            assertThat(f.executions()).isEqualTo(6);
            assertThat(f.suggestedFix())
                    .contains(
                            "@OneToMany @JoinColumn(name = \"pet_id\")",
                            "mappedBy",
                            "nullable = false, updatable = false")
                    .doesNotContain("batch");
        }
    }

    @DbTest
    void oneChildAddedIsReportedToo(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db)) {
            Report r = run(
                    a,
                    "add a visit",
                    () -> c.inTransaction(s -> {
                        Pet pet = s.find(Pet.class, 1);
                        pet.visits.add(new Visit(LocalDate.now(), "limping"));
                    }));
            Finding f = only(r, FOREIGN_KEY_UPDATE_AFTER_INSERT);
            assertThat(f.executions()).isEqualTo(1);
        }
    }

    @DbTest
    void aNonNullJoinColumnStillGetsTheUpdateInHibernate7(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db)) {
            Report r = run(
                    a,
                    "new pet with treatments",
                    () -> c.inTransaction(s -> {
                        Pet pet = new Pet("Rex", s.find(Owner.class, 1));
                        Stream.of("a", "b", "c").forEach(d -> pet.treatments.add(new Treatment(d)));
                        s.persist(pet);
                    }));
            // insert into treatments (pet_id, description, id) ..., then update treatments set pet_id = ? again
            Finding f = only(r, FOREIGN_KEY_UPDATE_AFTER_INSERT);
            assertThat(f.fingerprint()).isEqualTo("update treatments set pet_id = ? where id = ?");
            assertThat(f.suggestedFix()).contains("updatable = false");
        }
    }

    @DbTest
    void childrenMappedByTheirParentOrWithANonUpdatableJoinColumnAreClean(TestDatabase db) throws Exception {
        QueryAnalyzer a = analyzer();
        try (HibernateClinic c = clinic(a, db)) {
            Report r = run(
                    a,
                    "new pet with appointments and vaccinations",
                    () -> c.inTransaction(s -> {
                        Pet pet = new Pet("Rex", s.find(Owner.class, 1));
                        Stream.of("a", "b", "c").forEach(d -> pet.appointments.add(new Appointment(d, pet)));
                        Stream.of("a", "b", "c").forEach(d -> pet.vaccinations.add(new Vaccination(d)));
                        s.persist(pet);
                    }));
            assertFindings(r);
            assertThat(r.toText()).doesNotContain("update ");
        }
    }
}
