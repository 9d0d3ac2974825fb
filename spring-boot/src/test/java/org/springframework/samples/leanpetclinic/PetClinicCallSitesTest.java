package org.springframework.samples.leanpetclinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * In an application under {@code org.springframework.} (so a package prefix alone would skip it as a
 * framework), the N+1 of a request over a real port names the application's own line — {@code
 * OwnerController.petNames}, where the lazy pets are touched — not a framework frame: the starter hands the
 * analyzer the application's packages ({@code AutoConfigurationPackages}), which are never skipped.
 */
// Not on MariaDB yet (every @DbTest of this class): the Boot applications under test load H2/PostgreSQL
// schema scripts (identity columns) and, through MySQL Connector/J, Hibernate cannot pick its dialect (product
// "MySQL", version "11.4.5-MariaDB"); MariaDB runs of the Boot tests are a follow-up of issue 23 point 1.
class PetClinicCallSitesTest {

    @DbTest({Db.H2, Db.POSTGRES})
    void theNPlusOneOfARequestNamesTheApplicationsLine(TestDatabase db) throws IOException {
        EngineExecutionResults r = PetClinicApplicationTest.runSample(
                db, selectMethod(PetClinicApplicationTest.OverARealPort.class, "ownersThroughTestRestTemplate"));
        String message = r.testEvents().failed().stream()
                .findFirst()
                .flatMap(e -> e.getPayload(TestExecutionResult.class))
                .flatMap(TestExecutionResult::getThrowable)
                .map(Throwable::getMessage)
                .orElse(null);
        assertThat(message).contains(" at OwnerController.petNames(OwnerController.java:" + line("// site:pets") + ")");
    }

    static int line(String marker) throws IOException {
        List<String> lines = Files.readAllLines(
                Path.of("src/test/java/org/springframework/samples/leanpetclinic/OwnerController.java"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError("no " + marker + " in OwnerController.java");
    }
}
