package dev.leanjdbc.benchmarks.bulk;

import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Where the time of the update benchmarks goes, from the server's side: PostgreSQL's own planning and
 * execution time ({@code EXPLAIN (ANALYZE, TIMING OFF)}) for the statements {@link SetBasedUpdateBenchmark}
 * and {@link FromValuesUpdateBenchmark} send, next to the client's wall-clock time for the same work. Not a
 * JMH benchmark: a probe whose output explains the ratios, run as
 * {@code java -cp benchmarks.jar dev.leanjdbc.benchmarks.bulk.ServerTimeProbe [FAST|DURABLE]}.
 *
 * <p>Per table it prints: the one set-based UPDATE of all 100,000 rows, the one UPDATE ... FROM (VALUES)
 * of 10,000 rows (values inline), and 2,000 single-row UPDATEs by key (each its own EXPLAIN ANALYZE, in one
 * transaction), each as server time (planning + execution) and client wall time. The single-row server time
 * is the row write that a loop cannot avoid; the difference to the wall time is the per-statement price
 * (round trip, protocol, parse) that set-based statements save.
 */
public final class ServerTimeProbe {

    private static final int SINGLE_ROWS = 2_000;

    private ServerTimeProbe() {}

    public static void main(String[] args) throws SQLException {
        String durability = args.length > 0 ? args[0] : "FAST";
        for (String table : new String[] {"NARROW", "ORDERS"}) {
            try (TestDatabase db =
                    BenchDatabases.open(Db.POSTGRES, "probe_" + table.toLowerCase(Locale.ROOT), durability)) {
                String name;
                String setAll;
                String rowSet;
                if (table.equals("NARROW")) {
                    Counters.create(db, 100_000);
                    name = "bench_counter";
                    setAll = "hits = hits + 1";
                    rowSet = "hits = hits + 1";
                } else {
                    db.seedShop(new ShopScale(1_000, 100, 100_000));
                    name = "orders";
                    setAll = "total_amount = total_amount + 0.01";
                    rowSet = "total_amount = total_amount + 0.01";
                }
                try (Connection c = db.dataSource().getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("vacuum analyze " + name);
                    for (int round = 1; round <= 3; round++) {
                        report(
                                table,
                                "set-based UPDATE, 100,000 rows",
                                explain(c, "update " + name + " set " + setAll));
                        s.execute("vacuum " + name);
                        report(table, "UPDATE ... FROM (VALUES) 10,000 rows", explain(c, fromValues(table, round)));
                        s.execute("vacuum " + name);
                        report(
                                table,
                                SINGLE_ROWS + " single-row UPDATEs, one transaction",
                                singleRows(c, name, rowSet));
                        s.execute("vacuum " + name);
                    }
                }
            }
        }
    }

    /** Server ms (planning + execution) and client wall ms. */
    private record Times(double serverMs, double wallMs) {}

    private static void report(String table, String what, Times t) {
        System.out.printf(
                Locale.ROOT,
                "%-7s %-45s server %9.1f ms   client wall %9.1f ms   (%.0f%% in the server)%n",
                table,
                what,
                t.serverMs,
                t.wallMs,
                100 * t.serverMs / t.wallMs);
    }

    private static String fromValues(String table, int round) {
        StringBuilder sql = new StringBuilder();
        boolean narrow = table.equals("NARROW");
        sql.append(
                narrow
                        ? "update bench_counter set hits = v.hits, label = v.label from (values "
                        : "update orders set status = v.status, total_amount = v.total_amount from (values ");
        for (int i = 0; i < 10_000; i++) {
            long id = 10L * (i + 1);
            if (i > 0) {
                sql.append(", ");
            }
            if (narrow) {
                sql.append(
                        i == 0
                                ? "(cast(" + id + " as bigint), cast(" + (id + round) % 1_000 + " as integer), cast('r"
                                        + round + "' as varchar(16)))"
                                : "(" + id + ", " + (id + round) % 1_000 + ", 'r" + round + "')");
            } else {
                sql.append(
                        i == 0
                                ? "(cast(" + id + " as bigint), cast('S" + (id + round) % 7 + "' as varchar(16)), cast("
                                        + (id + round) / 100.0 + " as numeric(12, 2)))"
                                : "(" + id + ", 'S" + (id + round) % 7 + "', " + (id + round) / 100.0 + ")");
            }
        }
        sql.append(
                narrow
                        ? ") as v (id, hits, label) where bench_counter.id = v.id"
                        : ") as v (id, status, total_amount) where orders.id = v.id");
        return sql.toString();
    }

    private static Times explain(Connection c, String sql) throws SQLException {
        long start = System.nanoTime();
        double server = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("explain (analyze, timing off) " + sql)) {
            while (rs.next()) {
                server += time(rs.getString(1));
            }
        }
        return new Times(server, (System.nanoTime() - start) / 1e6);
    }

    private static Times singleRows(Connection c, String table, String set) throws SQLException {
        c.setAutoCommit(false);
        double server = 0;
        long start = System.nanoTime();
        try (PreparedStatement ps =
                c.prepareStatement("explain (analyze, timing off) update " + table + " set " + set + " where id = ?")) {
            for (int i = 1; i <= SINGLE_ROWS; i++) {
                ps.setLong(1, 37L * i % 100_000 + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        server += time(rs.getString(1));
                    }
                }
            }
        }
        c.commit();
        c.setAutoCommit(true);
        return new Times(server, (System.nanoTime() - start) / 1e6);
    }

    /** The ms of a "Planning Time: x ms" or "Execution Time: x ms" line, else 0. */
    private static double time(String line) {
        String l = line.trim();
        if (l.startsWith("Planning Time:") || l.startsWith("Execution Time:")) {
            return Double.parseDouble(
                    l.substring(l.indexOf(':') + 1, l.indexOf(" ms")).trim());
        }
        return 0;
    }
}
