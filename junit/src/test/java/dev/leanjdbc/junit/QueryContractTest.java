package dev.leanjdbc.junit;

import static dev.leanjdbc.junit.ExtensionCountsTest.CUSTOMERS;
import static dev.leanjdbc.junit.ExtensionCountsTest.ORDERS;
import static dev.leanjdbc.junit.OrderQueries.site;
import static dev.leanjdbc.junit.Samples.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leanjdbc.testing.DbTest;
import dev.leanjdbc.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Recorded query contracts: {@code -Dleanjdbc.contracts=update} writes each {@link QueryContract} test's
 * and each {@link QueryContracts#contract} block's counts into a file; later runs fail when a count rises,
 * with the statements that changed, and pass with a note when it falls.
 */
class QueryContractTest {

    /** How many customers the sample's code walks this run (one orders query per customer). */
    static volatile int customers = 3;

    /** Whether the sample's {@code swaps} test runs a different statement of the same kind. */
    static volatile boolean swapped;

    static final String FILE_KEY = "leanjdbc.contracts.file";

    @LeanJdbcTest
    @QueryContract
    static class ContractSample {
        @AnalyzedDataSource
        static DataSource dataSource() {
            return Samples.dataSource();
        }

        @Test
        void lists(RecordedDataSource ds) throws SQLException {
            OrderQueries.nPlusOne(ds, customers);
        }

        @Test
        @QueryContract(perStatement = true)
        void swaps(RecordedDataSource ds) throws SQLException {
            if (swapped) {
                OrderQueries.joined(ds, 2);
            } else {
                OrderQueries.ping(ds);
            }
        }

        /** A named block of the code under test, checked against the same file as the tests. */
        @Test
        void checksOut(RecordedDataSource ds) throws Exception {
            OrderQueries.ping(ds); // outside the block: in this test's contract, not in the block's
            QueryContracts.contract("checkout", () -> {
                OrderQueries.nPlusOne(ds, customers);
                OrderQueries.touchCustomer(ds, 1);
            });
        }
    }

    static EngineExecutionResults run(DataSource ds, Path file, boolean update) {
        return Samples.run(
                ds,
                ContractSample.class,
                Map.of(FILE_KEY, file.toString(), "leanjdbc.contracts", update ? "update" : "check"));
    }

    static List<String> notes(EngineExecutionResults r) {
        List<String> out = new ArrayList<>();
        r.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class))
                .forEach(entry -> entry.getKeyValuePairs().forEach((k, v) -> out.add(k + ": " + v)));
        return out;
    }

    @DbTest
    void updateRecordsTheCountsAndLaterRunsFailWhenOneRises(TestDatabase db, @TempDir Path dir) throws IOException {
        db.seedShop(ExtensionCountsTest.SMALL);
        Path file = dir.resolve("leanjdbc-contracts.json");
        customers = 3;
        swapped = false;
        try {
            EngineExecutionResults missing = run(db.dataSource(), file, false);
            assertThat(failureOf(missing, "lists"))
                    .isEqualTo("No query contract for QueryContractTest$ContractSample.lists in " + file
                            + ": record it with -Dleanjdbc.contracts=update and commit the file.");

            EngineExecutionResults update = run(db.dataSource(), file, true);
            update.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
            String written = Files.readString(file);
            JsonNode json = new ObjectMapper().readTree(written);
            assertThat(json.get("schema").asText()).isEqualTo("leanjdbc-contracts/1");
            List<String> names = new ArrayList<>();
            json.get("contracts").forEach(c -> names.add(c.get("name").asText()));
            assertThat(names)
                    .as("sorted by name: blocks by their name, tests by class and method")
                    .containsExactly(
                            "checkout",
                            "dev.leanjdbc.junit.QueryContractTest$ContractSample#checksOut",
                            "dev.leanjdbc.junit.QueryContractTest$ContractSample#lists",
                            "dev.leanjdbc.junit.QueryContractTest$ContractSample#swaps");
            JsonNode checkout = json.get("contracts").get(0);
            assertThat(checkout.get("counts").toString()).isEqualTo("{\"SELECT\":4,\"UPDATE\":1}");
            JsonNode statements = checkout.get("statements");
            assertThat(statements).hasSize(3);
            assertThat(statements.get(0).get("fingerprint").asText()).isEqualTo(CUSTOMERS);
            assertThat(statements.get(1).get("fingerprint").asText()).isEqualTo(ORDERS);
            assertThat(statements.get(1).get("count").asInt()).isEqualTo(3);
            assertThat(statements.get(1).get("at").asText()).isEqualTo(site("ordersOf", "orders"));
            assertThat(json.get("contracts").get(1).get("counts").toString())
                    .as("the test's contract holds the block's statements and its own")
                    .isEqualTo("{\"SELECT\":5,\"UPDATE\":1}");

            run(db.dataSource(), file, true);
            assertThat(Files.readString(file))
                    .as("a second update writes the same bytes")
                    .isEqualTo(written);

            EngineExecutionResults same = run(db.dataSource(), file, false);
            same.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
            assertThat(notes(same)).isEmpty();

            customers = 5;
            EngineExecutionResults more = run(db.dataSource(), file, false);
            assertThat(failureOf(more, "lists"))
                    .isEqualTo("The query contract of QueryContractTest$ContractSample.lists in " + file
                            + " allows 4 statements, but 6 ran: SELECT 4 → 6.\n"
                            + "  " + ORDERS + "\n"
                            + "      3 → 5 times (+2), at " + site("ordersOf", "orders") + "\n"
                            + "  Fix the code, or accept the new counts with -Dleanjdbc.contracts=update (it rewrites"
                            + " the contracts this run checks) and commit the file.");
            assertThat(failureOf(more, "checksOut"))
                    .as("the block fails where it ends, first")
                    .isEqualTo("The query contract of checkout in " + file
                            + " allows 5 statements, but 7 ran: SELECT 4 → 6.\n"
                            + "  " + ORDERS + "\n"
                            + "      3 → 5 times (+2), at " + site("ordersOf", "orders") + "\n"
                            + "  Fix the code, or accept the new counts with -Dleanjdbc.contracts=update (it rewrites"
                            + " the contracts this run checks) and commit the file.");

            customers = 2;
            EngineExecutionResults fewer = run(db.dataSource(), file, false);
            fewer.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
            assertThat(notes(fewer))
                    .contains("leanjdbc.contract: The query contract of QueryContractTest$ContractSample.lists in "
                            + file + " allows 4 statements, and 3 ran: SELECT 4 → 3. Lower it with"
                            + " -Dleanjdbc.contracts=update and commit the file.")
                    .anyMatch(n -> n.startsWith("leanjdbc.contract: The query contract of checkout in "));
            assertThat(Files.readString(file))
                    .as("a check never writes the file")
                    .isEqualTo(written);
            customers = 3;

            swapped = true;
            EngineExecutionResults swap = run(db.dataSource(), file, false);
            assertThat(failureOf(swap, "swaps"))
                    .as("perStatement: one statement's count rose, though the SELECT count did not")
                    .isEqualTo("The query contract of QueryContractTest$ContractSample.swaps in " + file
                            + " allows 1 statement, and 1 ran, but a statement ran more often than recorded"
                            + " (perStatement = true).\n"
                            + "  select count(*) from orders o join (select c.id from customer c order by c.id"
                            + " limit ?) c on o.customer_id = c.id\n"
                            + "      0 → 1 times (new), at " + site("joined", "joined") + "\n"
                            + "  select count(*) from product\n"
                            + "      1 → 0 times (gone), at " + site("ping", "ping") + "\n"
                            + "  Fix the code, or accept the new counts with -Dleanjdbc.contracts=update (it rewrites"
                            + " the contracts this run checks) and commit the file.");
            assertThat(failureOf(swap, "lists")).isNull();
        } finally {
            customers = 3;
            swapped = false;
        }
    }

    @LeanJdbcTest
    @QueryContract
    static class ZeroSample {
        @Test
        @ExpectQueries(total = 0)
        void nothing() {}
    }

    @Test
    void updateKeepsTheContractsTheRunDidNotCheck(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.json");
        Files.writeString(
                file,
                "{\"schema\": \"leanjdbc-contracts/1\", \"contracts\": [ {\"name\": \"elsewhere\","
                        + " \"counts\": {\"SELECT\": 2}, \"statements\": []} ]}");
        var r = Samples.run(null, ZeroSample.class, Map.of(FILE_KEY, file.toString(), "leanjdbc.contracts", "update"));
        r.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
        List<String> names = new ArrayList<>();
        new ObjectMapper()
                .readTree(file.toFile())
                .get("contracts")
                .forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).containsExactly("dev.leanjdbc.junit.QueryContractTest$ZeroSample#nothing", "elsewhere");
    }

    @Test
    void aBrokenFileSaysHowToRewriteIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"schema\": \"leanjdbc-contracts/1\", \"contracts\": [ {\"counts\": {}} ]}");
        var r = Samples.run(null, ZeroSample.class, Map.of(FILE_KEY, file.toString()));
        assertThat(failureOf(r, "nothing"))
                .startsWith("The leanjdbc contracts " + file.toAbsolutePath() + " cannot be read: a contract without")
                .endsWith(". Rewrite it with -Dleanjdbc.contracts=update.");
    }

    @LeanJdbcTest
    @QueryContract
    static class UnrecordedSample {
        @Test
        void unrecorded() {}
    }

    @Test
    void aContractOfNothingRecordedFailsAsTheCanarySays(@TempDir Path dir) {
        var r = Samples.run(
                null,
                UnrecordedSample.class,
                Map.of(FILE_KEY, dir.resolve("c.json").toString(), "leanjdbc.contracts", "update"));
        assertThat(failureOf(r, "unrecorded"))
                .startsWith("No statement at all was recorded for this test, so its query assertions (@QueryContract)"
                        + " would pass without checking anything.");
    }

    static class NoExtensionSample {
        @Test
        void block() throws Exception {
            QueryContracts.contract("alone", () -> {});
        }
    }

    @Test
    void aBlockOutsideATestOfTheExtensionSaysWhatToDo() {
        var r = Samples.run(null, NoExtensionSample.class);
        assertThat(failureOf(r, "block"))
                .isEqualTo("QueryContracts.contract(\"alone\", ...) runs on the thread of a test with"
                        + " LeanJdbcExtension (@LeanJdbcTest, or any of its annotations such as @QueryContract),"
                        + " which reads and writes the contracts file; this thread runs none.");
    }
}
