package dev.leanjdbc.analyzer;

import dev.leanjdbc.testing.Heap;
import java.lang.ref.Reference;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Child-JVM main for the memory bound: runs {@code args[0]} statements of 5,000 distinct shapes through one
 * long scope (and so the global view) on in-memory H2, then prints the heap the analyzer retained.
 * {@code args[1]}: {@code default} caps, or {@code uncapped} (the negative control).
 */
public final class RecordManyStatements {

    static final int SHAPES = 5_000;

    public static void main(String[] args) throws Exception {
        long statements = Long.parseLong(args[0]);
        boolean uncapped = args[1].equals("uncapped");
        String[] sql = new String[SHAPES];
        for (int i = 0; i < SHAPES; i++) {
            sql[i] = "select " + i + " as c" + i;
        }
        JdbcDataSource raw = new JdbcDataSource();
        raw.setURL("jdbc:h2:mem:many;DB_CLOSE_DELAY=-1");
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:many;DB_CLOSE_DELAY=-1");
                Statement s = c.createStatement()) {
            for (String q : sql) { // H2's own caches warm before the baseline
                s.executeQuery(q).close();
            }
        }
        QueryAnalyzer.Builder builder = QueryAnalyzer.builder();
        if (uncapped) {
            builder.maxEventsPerScope(Integer.MAX_VALUE).maxGlobalEvents(Integer.MAX_VALUE);
        }
        QueryAnalyzer analyzer = builder.build();
        DataSource ds = analyzer.wrap(raw);
        long baseline = Heap.usedAfterGc();
        AnalysisScope scope = analyzer.scope("five million");
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (long i = 0; i < statements; i++) {
                try (ResultSet rs = s.executeQuery(sql[(int) (i % SHAPES)])) {
                    rs.next();
                    rs.getInt(1);
                }
            }
        }
        long retained = Heap.usedAfterGc() - baseline;
        Report scoped = scope.snapshot();
        Report global = analyzer.globalReport();
        System.out.println("scopeStatements=" + scoped.statementCount() + " scopeEvents="
                + scoped.events().size()
                + " scopeDroppedEvents=" + scoped.droppedEvents() + " scopeFingerprints="
                + scoped.fingerprints().size() + " scopeDroppedFingerprintExecutions="
                + scoped.droppedFingerprintExecutions());
        System.out.println("globalStatements=" + global.statementCount() + " globalEvents="
                + global.events().size());
        System.out.println("retainedBytes=" + retained);
        scope.close();
        Reference.reachabilityFence(analyzer);
        Reference.reachabilityFence(scope);
    }
}
