package dev.leanjdbc.analyzer;

import static dev.leanjdbc.testing.shop.Tables.ORDER_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.BulkOptions;
import dev.leanjdbc.Lean;
import dev.leanjdbc.testing.Db;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.ShopScale;
import dev.leanjdbc.testing.TestDatabase;
import dev.leanjdbc.testing.shop.tables.records.OrderLineRecord;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * COPY through pgJDBC's {@code CopyManager} on an analyzer-wrapped pool is a statement event of kind {@link
 * StatementKind#COPY} with the row count the server reported — whether leanjdbc core's {@code insertMany}
 * or the application's own code runs it — and the application's call is unchanged.
 */
class CopyRecordingTest {

    private static final int LINE_NO = 98;
    private static final String COPY_IN = "copy order_line (order_id, product_id, line_no, quantity, unit_price,"
            + " discount, line_total) from stdin (format text)";

    private static final Set<String> SEEDED = new HashSet<>();

    private static synchronized void seed(TestDatabase db) throws Exception {
        if (SEEDED.add(db.jdbcUrl() + "/" + db.schema())) {
            db.seedShop(new ShopScale(10, 5, 20));
        }
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("delete from order_line where line_no = " + LINE_NO);
        }
    }

    private static List<OrderLineRecord> lines(int n) {
        List<OrderLineRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            OrderLineRecord l = new OrderLineRecord();
            l.setOrderId((long) (i % 20) + 1);
            l.setProductId(1L);
            l.setLineNo(LINE_NO);
            l.setQuantity(1);
            l.setUnitPrice(BigDecimal.ONE);
            l.setDiscount(BigDecimal.ZERO);
            l.setLineTotal(BigDecimal.ONE);
            out.add(l);
        }
        return out;
    }

    @DbTest(Db.POSTGRES)
    void insertManyByCopyIsRecordedWithItsRows(TestDatabase db) throws Exception {
        seed(db);
        QueryAnalyzer analyzer =
                QueryAnalyzer.builder().callSiteMode(CallSiteMode.ALWAYS).build();
        DataSource ds = analyzer.wrap(db.dataSource());
        Lean lean = Lean.of(ds, db.dialect());
        long inserted;
        try (AnalysisScope scope = analyzer.scope("insertMany by COPY")) {
            inserted = lean.insertMany(
                    ORDER_LINE, lines(3_000), BulkOptions.defaults().withChunkSize(1_000));
            scope.close();
            Report r = scope.report();
            assertThat(inserted).isEqualTo(3_000);
            assertThat(r.statementCount()).as(r.toText()).isEqualTo(3);
            assertThat(r.updateCount()).isEqualTo(3_000);
            assertThat(r.count(StatementKind.COPY)).isEqualTo(3);
            assertThat(r.events()).allSatisfy(e -> {
                assertThat(e.kind()).isEqualTo(StatementKind.COPY);
                assertThat(e.updateCount()).isEqualTo(1_000);
                assertThat(e.fingerprint()).startsWith("copy ");
                assertThat(e.origin().operation()).isEqualTo("insertMany");
                assertThat(e.callSite()).isNotNull();
                assertThat(e.failed()).isFalse();
            });
            assertThat(r.findings()).isEmpty();
        }
    }

    @DbTest(Db.POSTGRES)
    void theApplicationsOwnCopyManagerOnAWrappedConnectionIsRecordedAndUnchanged(TestDatabase db) throws Exception {
        seed(db);
        QueryAnalyzer analyzer =
                QueryAnalyzer.builder().callSiteMode(CallSiteMode.ALWAYS).build();
        try (AnalysisScope scope = analyzer.scope("own CopyManager");
                Connection c = analyzer.wrap(db.dataSource()).getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            String rows = "1\t1\t" + LINE_NO + "\t1\t1.00\t0.00\t1.00\n2\t1\t" + LINE_NO + "\t2\t1.00\t0.00\t2.00\n";
            long copied = pg.getCopyAPI().copyIn(COPY_IN, new StringReader(rows)); // OWN-COPY-IN

            CopyIn in = pg.getCopyAPI().copyIn(COPY_IN);
            byte[] third = ("3\t1\t" + LINE_NO + "\t3\t1.00\t0.00\t3.00\n").getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(third, 0, third.length);
            long streamed = in.endCopy();

            StringWriter out = new StringWriter();
            long exported = pg.getCopyAPI()
                    .copyOut("copy (select order_id from order_line where line_no = " + LINE_NO + ") to stdout", out);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            long exportedBytes = pg.getCopyAPI()
                    .copyOut("copy (select order_id from order_line where line_no = " + LINE_NO + ") to stdout", bytes);
            scope.close();

            assertThat(copied).isEqualTo(2);
            assertThat(streamed).isEqualTo(1);
            assertThat(exported).isEqualTo(3);
            assertThat(out.toString()).isEqualTo("1\n2\n3\n");
            assertThat(exportedBytes).isEqualTo(3);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("1\n2\n3\n");

            Report r = scope.report();
            assertThat(r.statementCount()).as(r.toText()).isEqualTo(4);
            assertThat(r.count(StatementKind.COPY)).isEqualTo(4);
            assertThat(r.events()).extracting(StatementEvent::updateCount).containsExactly(2L, 1L, 3L, 3L);
            assertThat(r.events()).extracting(StatementEvent::rowsRead).containsExactly(0L, 0L, 3L, 3L);
            StatementEvent first = r.events().get(0);
            assertThat(first.origin()).isEqualTo(StatementOrigin.APPLICATION);
            assertThat(first.callSite().className()).isEqualTo(CopyRecordingTest.class.getName());
            assertThat(first.callSite().methodName())
                    .isEqualTo("theApplicationsOwnCopyManagerOnAWrappedConnectionIsRecordedAndUnchanged");
        }
    }

    @DbTest(Db.POSTGRES)
    void aFailedCopyIsRecordedAsFailedAndTheDriversErrorReachesTheApplication(TestDatabase db) throws Exception {
        seed(db);
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        try (AnalysisScope scope = analyzer.scope("failed COPY");
                Connection c = analyzer.wrap(db.dataSource()).getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> pg.getCopyAPI().copyIn(COPY_IN, new StringReader("not a row\n")))
                    .isInstanceOf(org.postgresql.util.PSQLException.class);
            scope.close();
            assertThat(scope.report().events()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(StatementKind.COPY);
                assertThat(e.failed()).isTrue();
            });
        }
    }
}
