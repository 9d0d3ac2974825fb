package dev.leanjdbc.analyzer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.testing.DbTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Bind-value hashes in reports are keyed per analyzer: equal values group within one analyzer, but a
 * report's hash cannot be reversed by hashing every candidate value (a 4-digit PIN has only 10,000).
 */
class ValueHashTest {

    private static final Pattern PARAMETER_HASH = Pattern.compile("\"parameterHash\"\\s*:\\s*\"([0-9a-f]+)\"");

    /** The JSON report's parameterHash of each statement run with {@code pins} bound as strings. */
    static List<Long> reportedHashes(QueryAnalyzer analyzer, DataSource raw, String... pins) throws Exception {
        DataSource ds = analyzer.wrap(raw);
        Report report;
        try (AnalysisScope scope = analyzer.scope("login");
                Connection c = ds.getConnection()) {
            for (String pin : pins) {
                try (PreparedStatement ps = c.prepareStatement("select count(*) from pin_check where pin = ?")) {
                    ps.setString(1, pin);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                    }
                }
            }
            scope.close();
            report = scope.report();
        }
        List<Long> hashes = new ArrayList<>();
        Matcher m = PARAMETER_HASH.matcher(report.toJson());
        while (m.find()) {
            hashes.add(Long.parseUnsignedLong(m.group(1), 16));
        }
        return hashes;
    }

    static void createTable(DataSource raw) throws Exception {
        try (Connection c = raw.getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop table if exists pin_check");
            s.execute("create table pin_check (pin varchar(4))");
        }
    }

    /** What an attacker holding only the report would do: hash every candidate the way the analyzer does. */
    static List<String> enumerate(long reported) {
        List<String> found = new ArrayList<>();
        for (int candidate = 0; candidate < 10_000; candidate++) {
            String pin = String.format("%04d", candidate);
            if (ValueHash.combine(0, ValueHash.of(pin)) == reported) {
                found.add(pin);
            }
        }
        return found;
    }

    @DbTest
    void aReportedPinCannotBeRecoveredByTryingAllTenThousand(DataSource raw) throws Exception {
        createTable(raw);
        List<Long> hashes = reportedHashes(QueryAnalyzer.builder().build(), raw, "4711");

        assertThat(hashes).hasSize(1);
        assertThat(enumerate(hashes.get(0)))
                .as("PINs whose hash matches the report's")
                .isEmpty();
    }

    @DbTest
    void aPlainBatchsLiteralsCannotBeRecoveredEither(DataSource raw) throws Exception {
        createTable(raw);
        QueryAnalyzer analyzer = QueryAnalyzer.builder().build();
        DataSource ds = analyzer.wrap(raw);
        Report report;
        try (AnalysisScope scope = analyzer.scope("batch");
                Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.addBatch("insert into pin_check (pin) values ('4711')");
            s.executeBatch();
            scope.close();
            report = scope.report();
        }
        Matcher m = PARAMETER_HASH.matcher(report.toJson());
        assertThat(m.find()).isTrue();
        long reported = Long.parseUnsignedLong(m.group(1), 16);

        for (int candidate = 0; candidate < 10_000; candidate++) {
            String sql = String.format("insert into pin_check (pin) values ('%04d')", candidate);
            assertThat(ValueHash.combine(0, sql.hashCode())).isNotEqualTo(reported);
            assertThat(ValueHash.combine(0, ValueHash.of(sql))).isNotEqualTo(reported);
        }
    }

    @DbTest
    void equalValuesGroupWithinAnAnalyzerButNotAcrossAnalyzers(DataSource raw) throws Exception {
        createTable(raw);
        List<Long> one = reportedHashes(QueryAnalyzer.builder().build(), raw, "4711", "4711", "1234");
        List<Long> other = reportedHashes(QueryAnalyzer.builder().build(), raw, "4711");

        assertThat(one).hasSize(3);
        assertThat(one.get(0)).isEqualTo(one.get(1)).isNotEqualTo(one.get(2));
        assertThat(other.get(0)).as("another analyzer, another random key").isNotEqualTo(one.get(0));
    }

    @DbTest
    void analyzersSharingAConfiguredKeyReportComparableHashes(DataSource raw) throws Exception {
        createTable(raw);
        String secret = "fleet-secret-0123456789";
        List<Long> one = reportedHashes(QueryAnalyzer.builder().hashKey(secret).build(), raw, "4711");
        List<Long> other =
                reportedHashes(QueryAnalyzer.builder().hashKey(secret).build(), raw, "4711");
        System.setProperty("leanjdbc.analyzer.hashKey", secret);
        List<Long> byProperty;
        try {
            byProperty = reportedHashes(QueryAnalyzer.builder().build(), raw, "4711");
        } finally {
            System.clearProperty("leanjdbc.analyzer.hashKey");
        }

        assertThat(other).isEqualTo(one);
        assertThat(byProperty).isEqualTo(one);
        // the limit, as documented: whoever has the secret can hash candidates and recognise the value
        ValueKey key = ValueKey.of(secret);
        assertThat(one.get(0)).isEqualTo(ValueHash.combine(0, key.apply(ValueHash.of("4711"))));
    }

    @Test
    void aConfiguredKeyMustBeASecretOfAtLeastSixteenCharacters() {
        assertThatThrownBy(() -> QueryAnalyzer.builder().hashKey("short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hashKey must be a secret of at least 16 characters, shared only by the processes"
                        + " whose hashes are compared; was 5 characters");
    }

    @Test
    void keyingIsSipHash24() {
        // the reference implementation's vector for key 00..0f and the 8-byte message 00..07
        ValueKey key = ValueKey.of(0x0706050403020100L, 0x0f0e0d0c0b0a0908L);
        assertThat(key.apply(0x0706050403020100L)).isEqualTo(0x93f5f5799a932462L);
        assertThat(key.apply(ValueHash.NULL)).isEqualTo(ValueHash.NULL);
    }

    /** Not a benchmark: a guard that keying stays in the nanoseconds a bind may cost (measured: see docs). */
    @Test
    void keyingCostsNanosecondsPerValue() {
        ValueKey key = ValueKey.random();
        long sink = 0;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < 2_000_000; i++) {
                sink += key.apply(ValueHash.of((long) i));
            }
            long nanos = (System.nanoTime() - start) / 2_000_000;
            if (round == 4) {
                System.out.println("ValueKey.apply + ValueHash.of: ~" + nanos + " ns per value (" + sink + ")");
                assertThat(nanos).isLessThan(200);
            }
        }
    }
}
