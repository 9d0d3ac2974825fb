package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.util.ArrayList;
import java.util.List;

/** The quick start of README.md and the application setup of docs/getting-started.md run as they read. */
class GettingStartedSnippetsTest {

    @DbTest
    void theQuickStartStreamsUpdatesInOneStatementAndProjects(TestDatabase db) {
        db.seedShop(new ShopScale(50, 20, 500));
        List<OrdersRecord> exported = new ArrayList<>();

        Report report = GettingStartedSnippets.nightlyJob(db.dataSource(), db.dialect(), exported::add);

        assertThat(exported).hasSize(500);
        assertThat(report.count(StatementKind.SELECT)).isEqualTo(2);
        assertThat(report.count(StatementKind.UPDATE)).isEqualTo(1);
        assertThat(db.dsl().fetchCount(ORDERS, ORDERS.STATUS.eq("PAID"))).isZero();
    }

    @DbTest
    void theApplicationSetupRecordsTheJob(TestDatabase db) {
        db.seedShop(new ShopScale(50, 20, 500));
        List<String> numbers = new ArrayList<>();

        Report report = GettingStartedSnippets.nightlyExport(
                db.dataSource(), db.dialect(), order -> numbers.add(order.getOrderNumber()));

        assertThat(numbers).hasSize(db.dsl().fetchCount(ORDERS, ORDERS.STATUS.eq("NEW")));
        assertThat(report.statementCount()).isEqualTo(1);
    }
}
