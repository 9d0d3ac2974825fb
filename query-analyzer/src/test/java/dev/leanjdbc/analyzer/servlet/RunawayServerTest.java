package dev.leanjdbc.analyzer.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ForkedJvm;
import dev.leanjdbc.testing.TestDatabase;
import java.time.Duration;

/**
 * A runaway request in a small-heap JVM: the memory-pressure report names it while it runs, the rows budget
 * stops it through the application's error path, and the server goes on serving.
 */
class RunawayServerTest {

    // Not on MariaDB yet: the analyzer cannot yet tell whether MariaDB Connector/J or MySQL Connector/J buffered a
    // result (its result mode is UNKNOWN there), which each driver's rules in issue 23 point 5 add.
    @DbTest({Db.H2, Db.POSTGRES})
    void aRunawayRequestIsReportedStoppedAndTheServerSurvives(TestDatabase db) {
        ForkedJvm.Result r = ForkedJvm.main(RunawayServer.class)
                .maxHeap("96m")
                .database(db)
                .arg("400000") // rows budget: ~50 MB of hoarded strings
                .arg("5000000") // the runaway would hoard ~600 MB
                .arg("0.3")
                .arg("budget")
                .timeout(Duration.ofMinutes(3))
                .run();
        System.out.println(r.output());
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("WARM 200", "RUNAWAY 500", "AFTER ok=20 small=200 1000");
        assertThat(r.output()).containsPattern("GET /hoard failed \\(BudgetExceededException: maxRowsRead\\)");
        assertThat(r.output()).contains("memory pressure: ").containsPattern("1\\. 'GET /hoard' on ");
        assertThat(r.output())
                .containsPattern("PRESSURE pool=.* top=GET /hoard rows=\\d+ allocated=\\d+ statement=select ");
    }

    // Not on MariaDB yet: the analyzer cannot yet tell whether MariaDB Connector/J or MySQL Connector/J buffered a
    // result (its result mode is UNKNOWN there), which each driver's rules in issue 23 point 5 add.
    @DbTest({Db.H2, Db.POSTGRES})
    void thePressureCallbackStopsTheBiggestReader(TestDatabase db) {
        ForkedJvm.Result r = ForkedJvm.main(RunawayServer.class)
                .maxHeap("96m")
                .database(db)
                .arg("0") // no budget: only the callback stops it
                .arg("20000000")
                .arg("0.5")
                .arg("cancel")
                .timeout(Duration.ofMinutes(3))
                .run();
        System.out.println(r.output());
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output())
                .contains("WARM 200", "STOP GET /hoard true", "RUNAWAY 500", "AFTER ok=20 small=200 1000");
        if (db.db() == Db.H2) {
            // H2 buffers the result inside executeQuery: the cancel interrupts it, H2 reports the cancellation
            assertThat(r.output()).contains("GET /hoard failed (ServletException)", "Statement was canceled");
        } else {
            // PostgreSQL streams: the stop flag ends the read within 1,024 rows
            assertThat(r.output()).contains("GET /hoard failed (ScopeStoppedException)");
            assertThat(r.output())
                    .contains("scope 'GET /hoard' was stopped: memory pressure, at ItemApp$ItemServlet.doGet(");
        }
        assertThat(r.output()).contains("memory pressure: ").containsPattern("1\\. 'GET /hoard' on ");
    }
}
