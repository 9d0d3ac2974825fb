package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The analyzer counts rows a code left unread in a buffered result by moving over them when the result is
 * closed. That must never make the database compute a row the application did not ask for: measured with a
 * function that counts the rows the database computes, against the same code on raw JDBC.
 */
class UnreadRowProbeTest {

    private static final int ROWS = 200_000;
    private static final String H2_QUERY = "select rows_computed(id) from probe_source";

    /**
     * H2 calls this once per row it computes (an alias in the test database). Declared deterministic: H2
     * executes a query calling a non-deterministic Java function eagerly even when lazy execution is on.
     */
    public static final class RowsComputed {
        static final AtomicLong COUNT = new AtomicLong();

        private RowsComputed() {}

        public static long count(long x) {
            COUNT.incrementAndGet();
            return x;
        }
    }

    private static void createH2Counter(TestDatabase db) throws SQLException {
        try (Connection c = db.newConnection();
                Statement s = c.createStatement()) {
            s.execute("create alias if not exists rows_computed deterministic for \"" + RowsComputed.class.getName()
                    + ".count\"");
            s.execute("create table if not exists probe_source (id bigint primary key)");
            try (ResultSet rs = s.executeQuery("select count(*) from probe_source")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    s.execute("insert into probe_source select \"X\" from system_range(1, " + ROWS + ")");
                }
            }
        }
    }

    /** Rows H2 computed for executing {@link #H2_QUERY}, reading 5 rows and closing the result. */
    private static long computedReadingFive(Connection c) throws SQLException {
        long before = RowsComputed.COUNT.get();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(H2_QUERY)) {
            for (int i = 0; i < 5; i++) {
                assertThat(rs.next()).isTrue();
                rs.getLong(1);
            }
        }
        return RowsComputed.COUNT.get() - before;
    }

    private static long rawH2Baseline(TestDatabase db) throws SQLException {
        try (Connection c = db.newConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            long raw = computedReadingFive(c);
            assertThat(raw).as("rows H2 computed on raw JDBC, lazy").isLessThan(1_000);
            return raw;
        }
    }

    @DbTest(Db.H2)
    void aLazyFlagSetBehindACommentIsSeenAndTheProbeComputesNothingMore(TestDatabase db) throws Exception {
        createH2Counter(db);
        long raw = rawH2Baseline(db);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        long analyzed;
        try (AnalysisScope scope = analyzer.scope("lazy after a comment");
                Connection c = analyzer.wrap(db.dataSource()).getConnection()) {
            try (Statement s = c.createStatement()) {
                s.executeQuery("select 1").close(); // the analyzer learns the flag: off
                s.execute("/* tuning */ set lazy_query_execution true");
            }
            try {
                analyzed = computedReadingFive(c);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("SET LAZY_QUERY_EXECUTION FALSE");
                }
            }
            scope.close();
            assertThat(analyzed)
                    .as("rows H2 computed through the analyzer; raw JDBC: %d", raw)
                    .isLessThanOrEqualTo(raw);
            StatementEvent query = scope.report().events().stream()
                    .filter(e -> e.fingerprint().contains("rows_computed"))
                    .findFirst()
                    .orElseThrow();
            assertThat(query.resultMode()).isEqualTo(ResultMode.STREAMED);
        }
        assertThat(analyzed)
                .as("rows H2 computed through the analyzer; raw JDBC: %d", raw)
                .isLessThanOrEqualTo(raw);
    }

    @DbTest(Db.H2)
    void aLazyFlagChangedBehindTheAnalyzersBackMakesTheProbeStayAway(TestDatabase db) throws Exception {
        createH2Counter(db);
        long raw = rawH2Baseline(db);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        long analyzed;
        try (AnalysisScope scope = analyzer.scope("lazy, set on the driver's connection");
                Connection c = analyzer.wrap(db.dataSource()).getConnection()) {
            try (Statement s = c.createStatement()) {
                s.executeQuery("select 1").close(); // the analyzer learns the flag: off
            }
            // a library setting the flag on the unwrapped driver connection: the analyzer cannot see it
            Connection driver = c.unwrap(org.h2.jdbc.JdbcConnection.class);
            try (Statement s = driver.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            try {
                analyzed = computedReadingFive(c);
            } finally {
                try (Statement s = driver.createStatement()) {
                    s.execute("SET LAZY_QUERY_EXECUTION FALSE");
                }
            }
            scope.close();
        }
        assertThat(analyzed)
                .as("rows H2 computed through the analyzer; raw JDBC: %d", raw)
                .isLessThanOrEqualTo(raw);
    }

    @DbTest(Db.POSTGRES)
    void postgresComputesTheSameRowsWithAndWithoutTheAnalyzer(TestDatabase db) throws Exception {
        try (Connection c = db.newConnection();
                Statement s = c.createStatement()) {
            s.execute("create sequence if not exists rows_computed");
        }
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        for (int fetchSize : new int[] {0, 100}) {
            long raw;
            try (Connection c = db.newConnection()) {
                raw = computedReadingFive(c, fetchSize);
            }
            long analyzed;
            try (AnalysisScope scope = analyzer.scope("pg, fetch size " + fetchSize);
                    Connection c = analyzer.wrap(db.dataSource()).getConnection()) {
                analyzed = computedReadingFive(c, fetchSize);
            }
            assertThat(analyzed)
                    .as("fetch size %d: rows PostgreSQL computed through the analyzer; raw JDBC: %d", fetchSize, raw)
                    .isEqualTo(raw);
            if (fetchSize > 0) {
                assertThat(raw).as("streamed").isLessThan(1_000);
            }
        }
    }

    /** Rows PostgreSQL computed (sequence values drawn) for reading 5 of 100,000 rows and closing. */
    private static long computedReadingFive(Connection c, int fetchSize) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(fetchSize == 0);
        try {
            long before = sequenceValue(c);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(fetchSize);
                try (ResultSet rs =
                        s.executeQuery("select nextval('rows_computed'), g from generate_series(1, 100000) g")) {
                    for (int i = 0; i < 5; i++) {
                        assertThat(rs.next()).isTrue();
                        rs.getLong(2);
                    }
                }
            }
            if (fetchSize > 0) {
                c.commit();
            }
            return sequenceValue(c) - before - 1; // minus the probe of sequenceValue itself
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static long sequenceValue(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select nextval('rows_computed')")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
