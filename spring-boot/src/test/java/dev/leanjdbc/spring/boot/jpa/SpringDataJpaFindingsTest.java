package dev.leanjdbc.spring.boot.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.spring.boot.jpa.JpaClinicApplication.Owner;
import dev.leanjdbc.spring.boot.jpa.JpaClinicApplication.OwnerRepository;
import dev.leanjdbc.spring.boot.jpa.JpaClinicApplication.Pet;
import dev.leanjdbc.spring.boot.jpa.JpaClinicApplication.PetRepository;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Data JPA 4 repositories on Hibernate 7 in a Boot 4 application with the starter: the analyzer
 * recognises Hibernate behind the repositories (their proxies and {@code SimpleJpaRepository} lie between
 * Hibernate and the application) and gives the Spring Data fixes.
 */
// Not on MariaDB yet (every @DbTest of this class): the Boot applications under test load H2/PostgreSQL
// schema scripts (identity columns) and, through MySQL Connector/J, Hibernate cannot pick its dialect (product
// "MySQL", version "11.4.5-MariaDB"); MariaDB runs of the Boot tests are a follow-up of issue 23 point 1.
class SpringDataJpaFindingsTest {

    private static ConfigurableApplicationContext start(TestDatabase db) {
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(JpaClinicApplication.class)
                .properties(
                        "spring.main.web-application-type=none",
                        "spring.datasource.url=" + db.jdbcUrl(),
                        "spring.datasource.username=" + db.user(),
                        "spring.datasource.password=" + (db.password() == null ? "" : db.password()),
                        "spring.jpa.hibernate.ddl-auto=create-drop",
                        "spring.jpa.open-in-view=false",
                        "leanjdbc.analyzer.call-site-mode=ALWAYS")
                .run();
        OwnerRepository owners = ctx.getBean(OwnerRepository.class);
        PetRepository pets = ctx.getBean(PetRepository.class);
        for (int i = 1; i <= 5; i++) {
            Owner o = owners.save(new Owner("owner" + i, "Madison"));
            pets.saveAll(List.of(new Pet("pet" + i + "a", o), new Pet("pet" + i + "b", o)));
        }
        return ctx;
    }

    private static Report run(QueryAnalyzer analyzer, String name, Runnable work) {
        try (AnalysisScope scope = analyzer.scope(name)) {
            work.run();
            scope.close();
            return scope.report();
        }
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void lazyPetsOfRepositoryOwnersAreTheEntityGraphFix(TestDatabase db) {
        try (ConfigurableApplicationContext ctx = start(db)) {
            QueryAnalyzer analyzer = ctx.getBean(QueryAnalyzer.class);
            OwnerRepository owners = ctx.getBean(OwnerRepository.class);
            TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
            Report r = run(
                    analyzer,
                    "pets per owner",
                    () -> tx.executeWithoutResult(s ->
                            owners.findAllByOrderById().forEach(o -> o.getPets().size())));
            List<Finding> n1 = r.findings(FindingType.N_PLUS_ONE);
            assertThat(n1).as("%s", r.toText()).hasSize(1);
            assertThat(n1.get(0).suggestedFix())
                    .contains("@EntityGraph", "join fetch", "default_batch_fetch_size")
                    .doesNotContain("multiset", "Lean.");
            // and the fix is real: the entity-graph finder loads them with the owners
            Report fixed = run(
                    analyzer,
                    "pets with owners",
                    () -> tx.executeWithoutResult(s -> owners.findByCityOrderById("Madison")
                            .forEach(o -> o.getPets().size())));
            assertThat(fixed.findings()).as("%s", fixed.toText()).isEmpty();
            assertThat(fixed.statementCount()).isEqualTo(1);
        }
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void saveOfADetachedOwnerIsTheMergeReSelect(TestDatabase db) {
        try (ConfigurableApplicationContext ctx = start(db)) {
            QueryAnalyzer analyzer = ctx.getBean(QueryAnalyzer.class);
            OwnerRepository owners = ctx.getBean(OwnerRepository.class);
            Report r = run(analyzer, "edit owner", () -> {
                Owner o = owners.findById(2).orElseThrow(); // its own transaction: detached on return
                o.setCity("Monona");
                owners.save(o); // SimpleJpaRepository.save -> merge: selects owner 2 again
            });
            List<Finding> dup = r.findings(FindingType.DUPLICATE_QUERY);
            assertThat(dup).as("%s", r.toText()).hasSize(1);
            assertThat(dup.get(0).suggestedFix())
                    .contains("merge", "persist", "Persistable.isNew()")
                    .doesNotContain("local variable");
        }
    }
}
