package dev.leanjdbc.examples.docs;

import static dev.leanjdbc.testing.shop.Tables.ORDERS;
import static dev.leanjdbc.testing.shop.Tables.ORDER_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import dev.leanjdbc.UnloadedColumnException;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.StatementKind;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrdersRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Keeps the Java in the docs true: every fenced {@code java} block of the pages below must be preceded by
 * {@code <!-- snippet: File#tag -->} and equal that tagged region of a source file in this package, and the
 * snippets run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocsSnippetsTest {

    /** The pages whose Java blocks must all come from compiled snippets. */
    private static final List<String> PAGES =
            List.of("README.md", "docs/getting-started.md", "docs/coming-from-django.md");

    private static final Pattern BLOCK =
            Pattern.compile("(?:<!-- snippet: (\\w+)#([\\w-]+) -->\\n)?```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile(
            "^[ \\t]*// tag::([\\w-]+)\\[]\\n(.*?)^[ \\t]*// end::\\1\\[]", Pattern.DOTALL | Pattern.MULTILINE);

    private Path root;

    @BeforeAll
    void findRepositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/getting-started.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root with docs/getting-started.md").isNotNull();
        root = dir;
    }

    @Test
    void everyJavaBlockInTheDocsIsATaggedRegionOfACompiledSnippet() throws IOException {
        int blocks = 0;
        for (String page : PAGES) {
            Matcher m = BLOCK.matcher(Files.readString(root.resolve(page)));
            while (m.find()) {
                blocks++;
                assertThat(m.group(1))
                        .as("%s: a java block without <!-- snippet: File#tag --> before it:%n%s", page, m.group(3))
                        .isNotNull();
                Map<String, String> regions = regions(m.group(1));
                assertThat(regions)
                        .as("%s: tag %s in %s.java", page, m.group(2), m.group(1))
                        .containsKey(m.group(2));
                assertThat(m.group(3))
                        .as("%s: block %s#%s differs from the compiled snippet", page, m.group(1), m.group(2))
                        .isEqualTo(regions.get(m.group(2)));
            }
        }
        assertThat(blocks).as("java blocks found").isGreaterThanOrEqualTo(12);
    }

    @Test
    void aChangedBlockIsCaught() throws IOException {
        Map<String, String> regions = regions("GettingStartedSnippets");
        assertThat(regions).containsKeys("wrap", "assertion", "n-plus-one", "stream", "order-row");
        assertThat(regions.get("wrap")).startsWith("QueryAnalyzer analyzer = QueryAnalyzer.create();\n");
        String page = Files.readString(root.resolve("docs/getting-started.md"));
        assertThat(page).contains(regions.get("wrap"));
        assertThat(page.replace("QueryAnalyzer.create()", "QueryAnalyzer.builder().build()"))
                .doesNotContain(regions.get("wrap"));
    }

    @DbTest
    void theSnippetsRun(TestDatabase db) throws Exception {
        db.seedShop(new ShopScale(50, 20, 500));
        GettingStartedSnippets snippets = new GettingStartedSnippets(db.dataSource(), db.dialect());
        int newOrders = db.dsl().fetchCount(ORDERS, ORDERS.STATUS.eq("NEW"));

        assertThat(snippets.firstAssertion()).isEqualTo(newOrders);
        assertThat(snippets.nPlusOne().findings(FindingType.N_PLUS_ONE)).hasSize(1);
        // Again on the same (long-lived, sampled) analyzer: the snippet's own callSite().methodName() check
        // must hold every time, not only on the shape's first sight.
        assertThat(snippets.nPlusOne().findings(FindingType.N_PLUS_ONE)).hasSize(1);
        BigDecimal[] stream = snippets.firstStream();
        BigDecimal expected = db.dsl()
                .select(sum(ORDERS.TOTAL_AMOUNT))
                .from(ORDERS)
                .where(ORDERS.STATUS.eq("NEW"))
                .fetchOne(0, BigDecimal.class);
        assertThat(stream[0]).isEqualByComparingTo(expected);
        assertThat(stream[1].intValue()).isEqualTo(500);

        DjangoSnippets django = new DjangoSnippets(db.dataSource(), db.dialect());
        List<String> written = new ArrayList<>();
        assertThat(django.iterator(written::add)).isEqualTo(newOrders);
        assertThat(written).hasSize(newOrders);
        assertThat(django.newOrderTotals()).hasSize(newOrders);
        assertThatThrownBy(django::only).isInstanceOf(UnloadedColumnException.class);
        Report report = django.handle("GET /orders", django::newOrderTotals);
        assertThat(report.statementCount()).isEqualTo(1);
        int paidBefore = db.dsl()
                .fetchCount(
                        ORDERS, ORDERS.STATUS.eq("PAID").and(ORDERS.PLACED_AT.lt(LocalDateTime.of(2024, 1, 1, 0, 0))));
        long[] changed = django.updateDelete(LocalDateTime.of(2024, 1, 1, 0, 0));
        assertThat(changed[0]).isEqualTo(paidBefore);
        assertThat(db.dsl()
                        .fetchCount(
                                ORDER_LINE,
                                ORDER_LINE.ORDER_ID.in(
                                        select(ORDERS.ID).from(ORDERS).where(ORDERS.STATUS.eq("CANCELLED")))))
                .isZero();
        assertThat(changed[1]).isPositive();

        List<OrdersRecord> exported = new ArrayList<>();
        Report quickStart = GettingStartedSnippets.quickStart(db.dataSource(), db.dialect(), exported);
        assertThat(exported).hasSize(500);
        assertThat(quickStart.count(StatementKind.SELECT)).isEqualTo(2);
        assertThat(quickStart.count(StatementKind.UPDATE)).isEqualTo(1);
        assertThat(quickStart.findings()).isEmpty();
        assertThat(db.dsl().fetchCount(ORDERS, ORDERS.STATUS.eq("PAID"))).isZero();
    }

    /** The tagged regions of a snippet file, each dedented by its first line's indentation. */
    private Map<String, String> regions(String file) throws IOException {
        Path source = root.resolve("examples/src/test/java/dev/leanjdbc/examples/docs/" + file + ".java");
        Map<String, String> regions = new LinkedHashMap<>();
        Matcher m = TAG.matcher(Files.readString(source));
        while (m.find()) {
            regions.put(m.group(1), dedent(m.group(2)));
        }
        return regions;
    }

    private static String dedent(String region) {
        List<String> lines = new ArrayList<>(region.lines().toList());
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            b.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return b.toString();
    }
}
