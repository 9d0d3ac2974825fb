package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.Lean;
import dev.leanjdbc.UnloadedColumnException;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** docs/projections.md's examples: the projection, the converter and the subset that fails loudly. */
class ProjectionSnippetsTest {

    @DbTest
    void projectsConvertsAndRefusesUnloadedColumns(TestDatabase db) throws IOException {
        db.seedShop(new ShopScale(50, 20, 500));
        Lean lean = Lean.of(db.dataSource(), db.dialect());
        long customer =
                db.dsl().select(ORDERS.CUSTOMER_ID).from(ORDERS).limit(1).fetchOne(ORDERS.CUSTOMER_ID);

        assertThat(ProjectionSnippets.latestOrdersOf(lean, customer))
                .hasSize(Math.min(50, db.dsl().fetchCount(ORDERS, ORDERS.CUSTOMER_ID.eq(customer))));

        ProjectionSnippets.Amount first = ProjectionSnippets.amounts(lean).get(0);
        BigDecimal total = db.dsl()
                .select(ORDERS.TOTAL_AMOUNT)
                .from(ORDERS)
                .where(ORDERS.ID.eq(first.id()))
                .fetchOne(ORDERS.TOTAL_AMOUNT);
        assertThat(first.cents()).isEqualTo(total.movePointRight(2).longValueExact());

        long firstNew = db.dsl()
                .select(ORDERS.ID)
                .from(ORDERS)
                .where(ORDERS.STATUS.eq("NEW"))
                .orderBy(ORDERS.ID)
                .limit(1)
                .fetchOne(ORDERS.ID);
        // The message the snippet's comment quotes, call site included.
        String site = "at dev.leanjdbc.examples.docs.ProjectionSnippets.holdTheFirstNewOrder(ProjectionSnippets.java:"
                + fetchLineAfter("db.only(") + ")";
        assertThatThrownBy(() -> ProjectionSnippets.holdTheFirstNewOrder(lean))
                .isInstanceOf(UnloadedColumnException.class)
                .hasMessageContaining("column orders.notes was not loaded: the record was fetched with only [id,"
                        + " status, total_amount] " + site + "; add notes to only(...) there");
        assertThat(Files.readString(Path.of("src/test/java/dev/leanjdbc/examples/docs/ProjectionSnippets.java")))
                .as("the comment of the only region quotes this message, with the line of its fetch: update the"
                        + " line there, then run DocsSnippetsTest with -Ddocs.update=true")
                .contains("// " + site + ";\n");
        assertThat(db.dsl()
                        .select(ORDERS.STATUS)
                        .from(ORDERS)
                        .where(ORDERS.ID.eq(firstNew))
                        .fetchOne(ORDERS.STATUS))
                .isEqualTo("HELD");
    }

    /** The line of the first {@code .fetch()} after the line containing {@code text}: the fetch's call site. */
    private static int fetchLineAfter(String text) throws IOException {
        List<String> lines =
                Files.readAllLines(Path.of("src/test/java/dev/leanjdbc/examples/docs/ProjectionSnippets.java"));
        boolean seen = false;
        for (int i = 0; i < lines.size(); i++) {
            seen |= lines.get(i).contains(text);
            if (seen && lines.get(i).contains(".fetch();")) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no .fetch() after " + text);
    }
}
