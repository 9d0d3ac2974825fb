package dev.leanjdbc.spring.boot.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ForkedJvm;
import dev.leanjdbc.testing.TestDatabase;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The starter protecting a Boot application in a forked 128 MB, one-CPU JVM ({@link MemoryServer}), on H2 and
 * PostgreSQL: one run per database, each case asserted on its own line of that run.
 */
// Not on MariaDB yet (every @DbTest of this class): the forked Boot application under test seeds its rows
// with H2/PostgreSQL SQL (system_range / generate_series); MariaDB runs of the Boot tests are a follow-up of
// issue 23 point 1.
class MemoryServerTest {

    private static final Map<String, ForkedJvm.Result> RUNS = new ConcurrentHashMap<>();

    private static ForkedJvm.Result run(TestDatabase db) {
        return RUNS.computeIfAbsent(db.db().name(), k -> {
            ForkedJvm.Result r = ForkedJvm.main(MemoryServer.class)
                    .maxHeap("128m")
                    // One CPU under G1: the export and the hoarder take turns on it, so the export's probes
                    // see the hoarder's collections; where this first failed (a cached driver value read as
                    // held), two CPUs passed.
                    .jvmArg("-XX:ActiveProcessorCount=1")
                    .jvmArg("-XX:+UseG1GC")
                    .database(db)
                    .timeout(Duration.ofMinutes(4))
                    .run();
            System.out.println(r.output());
            return r;
        });
    }

    private static String line(ForkedJvm.Result r, String key) {
        for (String l : r.output().split("\n")) {
            if (l.startsWith(key + " ")) {
                return l;
            }
        }
        throw new AssertionError("no line " + key + " in the child's output (exit " + r.exitCode() + ", "
                + (r.outOfMemory() ? "out of memory" : "no OutOfMemoryError") + "):\n" + r.output());
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void bootsDefaultJdbcTemplateBufferingTwoMillionRowsIsStoppedByTheBudgetBeforeTheMemoryIsSpent(TestDatabase db) {
        ForkedJvm.Result r = run(db);
        assertThat(line(r, "BUFFERED"))
                .startsWith("BUFFERED 503 application/problem+json")
                .contains("\"budget\":\"maxRowsRead\"", "\"limit\":50000", "50001 > limit 50000");
        assertThat(line(r, "AFTER-BUFFERED")).startsWith("AFTER-BUFFERED 200 ");
        assertThat(r.outOfMemory()).as(r.output()).isFalse();
        assertThat(r.exitCode()).as(r.output()).isZero();
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void aStreamingExportUnderAReadBudgetCompletes(TestDatabase db) {
        assertThat(line(run(db), "EXPORT")).startsWith("EXPORT 200 ").endsWith(" 300000");
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void garbageOfAStoppedRunawayIsNotBlamedOnTheNextExport(TestDatabase db) {
        ForkedJvm.Result r = run(db);
        assertThat(line(r, "HOARD"))
                .startsWith("HOARD 503 application/problem+json")
                .contains("urn:leanjdbc:scope-stopped", "memory pressure");
        assertThat(line(r, "STALE-EXPORT")).startsWith("STALE-EXPORT 200 ").endsWith(" 300000");
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void aRunawayWithinTheReportIntervalIsStoppedToo(TestDatabase db) {
        assertThat(line(run(db), "HOARD-AGAIN"))
                .startsWith("HOARD-AGAIN 503 application/problem+json")
                .contains("urn:leanjdbc:scope-stopped");
    }

    @DbTest({Db.H2, Db.POSTGRES})
    void theRunawayIsStoppedAndTheConcurrentStreamCompletes(TestDatabase db) {
        ForkedJvm.Result r = run(db);
        assertThat(line(r, "CONCURRENT-HOARD")).startsWith("CONCURRENT-HOARD 503 ");
        assertThat(line(r, "CONCURRENT-EXPORT"))
                .startsWith("CONCURRENT-EXPORT 200 ")
                .endsWith(" 3000000");
        assertThat(r.output()).contains("AFTER ok=20");
    }
}
