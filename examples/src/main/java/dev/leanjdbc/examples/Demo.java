package dev.leanjdbc.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.leanjdbc.testing.ShopData;
import dev.leanjdbc.testing.ShopScale;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.jooq.SQLDialect;
import org.jooq.tools.jdbc.JDBCUtils;

/** The runnable demo: {@code ./demo --help}. */
public final class Demo {

    private Demo() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs the demo and returns the process exit code: 0 done, 1 failed while running, 2 bad usage. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("demo: " + e.getMessage());
            return 2;
        }
        if (options.help()) {
            out.println(DemoOptions.USAGE);
            return 0;
        }
        String url = options.jdbcUrl() != null
                ? options.jdbcUrl()
                : "jdbc:h2:mem:shop;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        try (HikariDataSource dataSource = open(url, options)) {
            SQLDialect dialect;
            try (Connection c = dataSource.getConnection()) {
                dialect = JDBCUtils.dialect(c);
                if (hasShopTables(c)) {
                    throw new DemoFailure("the database at " + url + " already has the shop's tables (customer,"
                            + " product, orders, order_line): point --jdbc-url at an empty database or schema");
                }
            }
            ShopScale scale = ShopScale.of(options.scale());
            String header = "leanjdbc demo on " + url;
            String db = " (" + dialect.getName() + ")";
            int room = ComparisonPrinter.WIDTH - db.length();
            out.println((header.length() <= room ? header : header.substring(0, room - 3) + "...") + db);
            long start = System.nanoTime();
            SeedProgressLine progress = new SeedProgressLine(out, System.console() != null && out == System.out);
            ShopData.Counts counts = ShopData.seed(dataSource, dialect, scale, progress);
            progress.finish();
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "%-12s %,12d rows%n", "customer", counts.customers());
            out.printf(Locale.ROOT, "%-12s %,12d rows%n", "product", counts.products());
            out.printf(Locale.ROOT, "%-12s %,12d rows%n", "orders", counts.orders());
            out.printf(Locale.ROOT, "%-12s %,12d rows%n", "order_line", counts.orderLines());
            out.printf(
                    Locale.ROOT,
                    "seeded %,d rows in %.1f s (%,.0f rows/s)%n",
                    counts.total(),
                    seconds,
                    counts.total() / seconds);
            Workload work = Workload.forScale(options.scale());
            out.printf(
                    Locale.ROOT,
                    "%nrunning the shop application twice (naive, then lean): summaries of %d customers,%n"
                            + "a dashboard, shipping old PAID orders, an export of all orders, %d new products%n",
                    work.topCustomers(),
                    work.newProducts());
            ShopComparison.Outcome outcome = ShopComparison.run(dataSource, dialect, work);
            ComparisonPrinter.print(outcome, out);
            if (options.html() != null) {
                Path file = Path.of(options.html());
                HtmlReport.write(outcome, "leanjdbc demo on " + dialect.getName() + ", scale " + options.scale(), file);
                out.println("HTML report: " + file.toAbsolutePath());
            }
            return outcome.naive().results().equals(outcome.lean().results()) ? 0 : 1;
        } catch (DemoFailure e) {
            err.println("demo: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("demo: cannot write " + options.html() + ": " + e.getMessage());
            return 2;
        } catch (RuntimeException | SQLException e) {
            err.println("demo: failed: " + e.getMessage());
            return 1;
        }
    }

    /** The demo creates the shop's tables; it never touches tables of that name that exist already. */
    private static boolean hasShopTables(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String name : new String[] {"orders", "ORDERS"}) {
            try (ResultSet tables = md.getTables(c.getCatalog(), c.getSchema(), name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static HikariDataSource open(String url, DemoOptions options) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(options.user());
        config.setPassword(options.password());
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(10_000);
        // Fail at once on an unreachable database rather than after the first query.
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new DemoFailure("cannot connect to " + url + ": " + cause.getMessage());
        }
    }

    /** A failure the user can fix (bad URL, unreachable database): one line, exit code 2. */
    static final class DemoFailure extends RuntimeException {
        DemoFailure(String message) {
            super(message);
        }
    }
}
