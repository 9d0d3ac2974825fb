package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static dev.leanjdbc.testing.shop.Tables.ORDER_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.select;

import dev.leanjdbc.UnloadedColumnException;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** docs/coming-from-django.md's examples do what the page says, on H2 and PostgreSQL. */
class DjangoSnippetsTest {

    @DbTest
    void eachDjangoIdiomHasItsLeanCounterpart(TestDatabase db) {
        db.seedShop(new ShopScale(50, 20, 500));
        DjangoSnippets.Requests requests = new DjangoSnippets.Requests(db.dataSource(), db.dialect());
        int newOrders = db.dsl().fetchCount(ORDERS, ORDERS.STATUS.eq("NEW"));

        List<String> written = new ArrayList<>();
        DjangoSnippets.exportNewOrders(requests.lean, written::add);
        assertThat(written).hasSize(newOrders);

        Report report = requests.handle("GET /orders", () -> DjangoSnippets.newOrderTotals(requests.lean));
        assertThat(report.statementCount()).isEqualTo(1);
        assertThat(DjangoSnippets.newOrderTotals(requests.lean)).hasSize(newOrders);

        assertThatThrownBy(() -> DjangoSnippets.onlyTwoColumns(requests.lean))
                .isInstanceOf(UnloadedColumnException.class);

        LocalDateTime cutoff = LocalDateTime.of(2024, 1, 1, 0, 0);
        DjangoSnippets.shipAndPurge(requests.lean, cutoff);
        assertThat(db.dsl().fetchCount(ORDERS, ORDERS.STATUS.eq("PAID").and(ORDERS.PLACED_AT.lt(cutoff))))
                .isZero();
        assertThat(db.dsl()
                        .fetchCount(
                                ORDER_LINE,
                                ORDER_LINE.ORDER_ID.in(
                                        select(ORDERS.ID).from(ORDERS).where(ORDERS.STATUS.eq("CANCELLED")))))
                .isZero();
    }
}
