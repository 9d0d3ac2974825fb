package dev.leanjdbc.junit.docs;

import static dev.leanjdbc.junit.LeanAssertions.assertQueries;
import static dev.leanjdbc.junit.LeanAssertions.assertThatQueries;
import static dev.leanjdbc.junit.LeanAssertions.assertThatQueriesOf;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.junit.AnalyzedDataSource;
import dev.leanjdbc.junit.ConstantQueries;
import dev.leanjdbc.junit.ExpectQueries;
import dev.leanjdbc.junit.LeanJdbcTest;
import dev.leanjdbc.junit.NoNPlusOne;
import dev.leanjdbc.junit.QueryContract;
import dev.leanjdbc.junit.QueryContracts;
import dev.leanjdbc.junit.RecordedDataSource;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/junit.md, as tests that pass: the annotations ({@code annotations}, the class without
 * its table set-up), the programmatic assertions ({@code programmatic}), a query contract ({@code contract},
 * recorded in src/test/resources/leanjdbc-contracts.json) and a scale assertion ({@code scale}).
 */
// tag::annotations[]
@LeanJdbcTest // = @ExtendWith(LeanJdbcExtension.class)
class OrderServiceTest {

    @AnalyzedDataSource // the DataSource to record (field or method, static or not)
    static DataSource dataSource = JdbcConnectionPool.create("jdbc:h2:mem:orderservice;DB_CLOSE_DELAY=-1", "sa", "");
    // end::annotations[]

    @BeforeAll
    static void createTables() {
        OrderService.createTables(dataSource);
    }
    // tag::annotations[]

    @Test
    @ExpectQueries(select = 1, update = 0)
    @NoNPlusOne
    void listsOrders(RecordedDataSource ds) {
        new OrderService(ds).listOrders();
    }
    // end::annotations[]

    // tag::programmatic[]
    @Test
    void countsTheListingAlone(RecordedDataSource ds, QueryAnalyzer analyzer) throws Exception {
        OrderService service = new OrderService(ds);
        service.markShipped(1); // outside the block: not counted
        assertThatQueriesOf(() -> service.listOrders()) // only the block counts
                .hasSelectCount(1)
                .hasTotalCount(1)
                .hasNoNPlusOne()
                .hasNoFindings();

        AnalysisScope scope = analyzer.scope("listing");
        try (scope) {
            service.listOrdersOneByOne();
        }
        assertThatQueries(scope).hasSelectCount(4).hasFinding(FindingType.N_PLUS_ONE);
    }
    // end::programmatic[]

    // tag::contract[]
    @Test
    @QueryContract // the whole test: OrderServiceTest#shipsAndLists
    void shipsAndLists(RecordedDataSource ds) throws Exception {
        OrderService service = new OrderService(ds);
        service.markShipped(2);
        QueryContracts.contract("order listing", () -> service.listOrders()); // the block alone
    }
    // end::contract[]

    // tag::scale[]
    @Test
    void firstOrdersTakeOneSelectWhateverTheCount(RecordedDataSource ds) throws Exception {
        OrderService service = new OrderService(ds);
        assertQueries(n -> service.firstOrders(n)) // n: how many orders
                .constantFor(1, 3);
    }

    @ConstantQueries({1, 3}) // runs the test once per size, n as its int parameter
    void firstOrders(RecordedDataSource ds, int n) {
        new OrderService(ds).firstOrders(n);
    }
    // end::scale[]
    // tag::annotations[]
}
// end::annotations[]
