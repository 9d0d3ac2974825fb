package dev.leanjdbc.benchmarks.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.Db;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four ways of loading orders with their lines must build the same thing, or the comparison is void. */
class RelatedRowsBenchmarkTest {

    @Test
    void everyWayBuildsTheSamePagesOnH2() {
        sameResults(Db.H2);
    }

    @Test
    void everyWayBuildsTheSamePagesOnPostgres() {
        sameResults(Db.POSTGRES);
    }

    private static void sameResults(Db db) {
        List<List<RelatedRowsBenchmark.OrderWithLines>> expected = null;
        for (String how : new String[] {"N_PLUS_ONE", "JOIN", "IN_BATCH", "MULTISET"}) {
            RelatedRowsBenchmark b = new RelatedRowsBenchmark();
            b.how = how;
            b.db = db;
            b.setUp();
            try {
                List<List<RelatedRowsBenchmark.OrderWithLines>> pages = List.of(b.fetch(), b.fetch());
                assertThat(pages.get(0)).hasSize(RelatedRowsBenchmark.PAGE);
                assertThat(pages.get(0).get(0).id()).isEqualTo(1L);
                assertThat(pages.get(1).get(0).id()).isEqualTo(RelatedRowsBenchmark.PAGE + 1L);
                assertThat(pages.get(0).stream().mapToInt(o -> o.lines().size()).sum())
                        .as("lines on the first page")
                        .isGreaterThan(RelatedRowsBenchmark.PAGE);
                if (expected == null) {
                    expected = pages;
                } else {
                    assertThat(pages).as(how + " on " + db).isEqualTo(expected);
                }
            } finally {
                b.tearDown();
            }
        }
    }
}
