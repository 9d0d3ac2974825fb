package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.DbTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;

/** The open scopes as memory-pressure reports see them: ranked, with their statement, gone once closed. */
class InFlightScopesTest {

    @DbTest
    void openScopesAreListedMostRowsFirstAndLeaveWhenClosedOrTheirThreadEnds(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(raw);
        CountDownLatch read = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        Thread small = reader(analyzer, ds, "small", 100, read, release);
        Thread big = reader(analyzer, ds, "big", 5_000, read, release);
        small.start();
        big.start();
        read.await();
        try {
            assertThat(analyzer.inFlightScopes())
                    .extracting(InFlightScope::name)
                    .containsExactly("big", "small", "leaked by small");
            InFlightScope top = analyzer.inFlightScopes().get(0);
            assertThat(top.rowsRead()).isEqualTo(5_000);
            assertThat(top.statements()).isEqualTo(1);
            assertThat(top.fingerprint()).startsWith("with recursive r(n) as");
            assertThat(top.threadName()).isEqualTo("reader-big");
            assertThat(top.toString()).startsWith("'big' on reader-big, ").contains("1 statements, 5000 rows read");
        } finally {
            release.countDown();
            small.join();
            big.join();
        }
        // "big" and "small" closed; "leaked by small" never was, but its thread has ended: dropped
        assertThat(analyzer.inFlightScopes()).isEmpty();
    }

    private static Thread reader(
            QueryAnalyzer analyzer, DataSource ds, String name, int rows, CountDownLatch read, CountDownLatch release) {
        Thread t = new Thread(
                () -> {
                    try (AnalysisScope scope = analyzer.scope(name);
                            Connection c = ds.getConnection();
                            PreparedStatement ps = c.prepareStatement(BudgetTest.SERIES)) {
                        ps.setInt(1, rows);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rs.getInt(1);
                            }
                        }
                        if (name.equals("small")) {
                            analyzer.scope("leaked by small"); // never closed
                        }
                        read.countDown();
                        release.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                "reader-" + name);
        return t;
    }
}
