package dev.leanjdbc.analyzer;

import dev.leanjdbc.testing.PayloadRows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Child-JVM main for {@link MemoryPressureMonitorTest}: a small heap, in-memory H2 in lazy mode (results
 * streamed), a monitor at 50 % whose callback stops the first scope of the report (the documented use), and
 * one scenario (first argument):
 *
 * <ul>
 *   <li>{@code stale}: a hoarder is stopped, its rows become garbage the collector has not reclaimed yet, and
 *       a streaming export runs after the report interval: it must complete;
 *   <li>{@code interval}: two hoarders one after the other, within the report interval: both stopped;
 *   <li>{@code concurrent}: a fast streaming export and a hoarder at once: the hoarder is stopped, the export
 *       completes.
 * </ul>
 *
 * Prints one {@code KEY ...} line per outcome; the parent asserts on them. Exits 3 on OutOfMemoryError
 * ({@code -XX:+ExitOnOutOfMemoryError}).
 */
public final class MemoryVictims {

    private static final String SQL = "select id, payload from rows_view";

    public static void main(String[] args) throws Exception {
        String scenario = args[0];
        Duration interval = Duration.ofMillis(Long.parseLong(args[1]));
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:victims;DB_CLOSE_DELAY=-1;LAZY_QUERY_EXECUTION=TRUE");
        try (Connection c = h2.getConnection()) {
            PayloadRows.createH2View(c, "rows_view", 50_000_000);
        }
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DataSource ds = analyzer.wrap(h2);
        MemoryPressureMonitor monitor = MemoryPressureMonitor.builder(analyzer)
                .threshold(0.5)
                .minInterval(interval)
                .onPressure(p -> p.culprit().ifPresent(top -> {
                    System.out.println("STOP " + top.name() + " " + top);
                    top.stop("memory pressure");
                }))
                .start();
        System.out.println("WATCHING " + monitor.watchedPools());
        switch (scenario) {
            case "stale" -> {
                System.out.println("HOARDER " + hoard(analyzer, ds, "hoarder"));
                Thread.sleep(interval.toMillis() + 500);
                System.out.println("EXPORT " + export(analyzer, ds, "export", 600_000));
            }
            case "interval" -> {
                System.out.println("HOARDER " + hoard(analyzer, ds, "hoarder 1"));
                System.out.println("HOARDER " + hoard(analyzer, ds, "hoarder 2"));
            }
            case "concurrent" -> {
                AtomicReference<String> exported = new AtomicReference<>();
                Thread exporter = new Thread(() -> {
                    try {
                        exported.set(export(analyzer, ds, "export", 3_000_000));
                    } catch (Exception e) {
                        exported.set("failed " + e);
                    }
                });
                exporter.start();
                Thread.sleep(300); // the export has read more rows by the time the hoarder balloons
                System.out.println("HOARDER " + hoard(analyzer, ds, "hoarder"));
                exporter.join();
                System.out.println("EXPORT " + exported.get());
            }
            default -> throw new IllegalArgumentException(scenario);
        }
        monitor.close();
        System.out.println("DONE");
    }

    /** Reads rows into a list until stopped; returns how it ended. The list is garbage on return. */
    static String hoard(QueryAnalyzer analyzer, DataSource ds, String name) throws SQLException {
        List<String> kept = new ArrayList<>();
        try (AnalysisScope scope = analyzer.scope(name);
                Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(SQL)) {
            while (rs.next()) {
                kept.add(rs.getString(2));
            }
            return "completed " + kept.size();
        } catch (SQLException e) {
            return "stopped " + kept.size() + " (" + e.getClass().getSimpleName() + ")";
        }
    }

    /** Reads {@code rows} rows and keeps none of them. */
    static String export(QueryAnalyzer analyzer, DataSource ds, String name, int rows) throws SQLException {
        long chars = 0;
        int read = 0;
        try (AnalysisScope scope = analyzer.scope(name);
                Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(SQL + " limit " + rows)) {
            while (rs.next()) {
                chars += rs.getString(2).length();
                read++;
            }
            return "completed " + read;
        } catch (SQLException e) {
            return "stopped " + read + " (" + e.getClass().getSimpleName() + "): " + e.getMessage();
        }
    }
}
