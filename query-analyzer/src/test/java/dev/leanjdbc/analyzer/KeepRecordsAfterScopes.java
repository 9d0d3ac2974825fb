package dev.leanjdbc.analyzer;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;

import dev.leanjdbc.testing.Heap;
import dev.leanjdbc.testing.SeedProgress;
import dev.leanjdbc.testing.ShopData;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Child-JVM main for the memory proof of tracked jOOQ records: {@code args[0]} scopes, each running
 * {@value #STATEMENTS_PER_SCOPE} statements (so each scope's state is tens of kilobytes) and loading whole
 * {@code orders} records of which it uses two fields; one record of every scope is kept in a list that
 * outlives all scopes. Prints the heap retained at the end. {@code args[1]}: {@code records} keeps only the
 * records; {@code reports} also keeps every scope's report (what a record pinning its scope would amount
 * to: the negative control).
 */
public final class KeepRecordsAfterScopes {

    static final int STATEMENTS_PER_SCOPE = 200;

    public static void main(String[] args) throws Exception {
        int scopes = Integer.parseInt(args[0]);
        boolean keepReports = args[1].equals("reports");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:keep;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        ShopData.seed(h2, SQLDialect.H2, new ShopScale(30, 20, 120), SeedProgress.NONE);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        DSLContext ctx = DSL.using(analyzer.wrap(h2), SQLDialect.H2);

        List<OrdersRecord> kept = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        String firstFinding = "none";
        long baseline = Heap.usedAfterGc();
        for (int i = 0; i < scopes; i++) {
            try (AnalysisScope scope = analyzer.scope("scope " + i)) {
                List<OrdersRecord> orders = ctx.selectFrom(ORDERS).fetch();
                for (OrdersRecord o : orders) {
                    o.getStatus();
                    o.getTotalAmount();
                }
                for (int s = 1; s < STATEMENTS_PER_SCOPE; s++) {
                    ctx.selectOne().fetch();
                }
                kept.add(orders.get(i % orders.size()));
                scope.close();
                if (i == 0) {
                    firstFinding = scope.report().findings(FindingType.PROJECTION_CANDIDATE).stream()
                            .map(f -> f.type() + f.columnsRead().toString())
                            .findFirst()
                            .orElse("none");
                }
                if (keepReports) {
                    reports.add(scope.report());
                }
            }
        }
        var target = OrdersRecord.class.getDeclaredField("leanjdbcFieldUse");
        target.setAccessible(true);
        int tracked = 0;
        for (OrdersRecord o : kept) {
            if (target.get(o) != null) {
                tracked++;
            }
            o.getOrderNumber(); // read after the scope: counts nowhere, pins nothing
        }
        long bytes = Heap.usedAfterGc() - baseline;
        System.out.println("scopes=" + scopes + " kept=" + kept.size() + " tracked=" + tracked + " reports="
                + reports.size() + " firstFinding=" + firstFinding + " retainedBytes=" + bytes);
    }
}
