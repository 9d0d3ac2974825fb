package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.Lean;
import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.util.ArrayList;
import java.util.List;

/** docs/inserts.md's four calls insert and upsert what they say; insertMany copies on PostgreSQL. */
class InsertSnippetsTest {

    // Not on MariaDB yet: through MySQL Connector/J (jOOQ's MYSQL dialect) upsertMany renders MySQL 8.0.19's "AS
    // excluded ON DUPLICATE KEY UPDATE", which MariaDB refuses; ON DUPLICATE KEY UPDATE for both is issue 23 point
    // 4.
    @DbTest({Db.H2, Db.POSTGRES, Db.MARIADB})
    void insertsThreeWaysAndUpserts(TestDatabase db) {
        db.seedShop(new ShopScale(50, 20, 100));
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        Lean lean = Lean.of(analyzer.wrap(db.dataSource()), db.dialect());
        int before = db.dsl().fetchCount(ORDERS);
        // Rows to upsert set their key (and every other field): the first five orders, held.
        List<OrdersRecord> changed = new ArrayList<>();
        for (OrdersRecord r :
                db.dsl().selectFrom(ORDERS).orderBy(ORDERS.ID).limit(5).fetch()) {
            changed.add(db.dsl().newRecord(ORDERS, r).setStatus("HELD"));
        }

        Report report;
        List<Long> ids;
        try (AnalysisScope scope = analyzer.scope("load")) {
            assertThat(InsertSnippets.copyIn(lean, newRows(db, "A"))).isEqualTo(10);
            assertThat(InsertSnippets.inChunksOf10000(lean, newRows(db, "B"))).isEqualTo(10);
            ids = InsertSnippets.withTheirKeys(lean, newRows(db, "C"));
            InsertSnippets.insertOrUpdate(lean, changed);
            scope.close();
            report = scope.report();
        }

        assertThat(db.dsl().fetchCount(ORDERS)).isEqualTo(before + 30);
        assertThat(ids).hasSize(10).doesNotHaveDuplicates();
        assertThat(db.dsl().fetchCount(ORDERS, ORDERS.STATUS.eq("HELD"))).isGreaterThanOrEqualTo(5);
        if (db.db() == Db.POSTGRES) {
            assertThat(report.count(StatementKind.COPY))
                    .as("insertMany copies on PostgreSQL")
                    .isEqualTo(2);
        }
    }

    /** Ten new rows: copies of existing orders, every field set but the key, with new order numbers. */
    private static List<OrdersRecord> newRows(TestDatabase db, String prefix) {
        List<OrdersRecord> rows = new ArrayList<>();
        for (OrdersRecord r :
                db.dsl().selectFrom(ORDERS).orderBy(ORDERS.ID).limit(10).fetch()) {
            OrdersRecord copy = db.dsl().newRecord(ORDERS, r).setOrderNumber(prefix + "-" + r.getId());
            copy.reset(ORDERS.ID);
            rows.add(copy);
        }
        return rows;
    }
}
