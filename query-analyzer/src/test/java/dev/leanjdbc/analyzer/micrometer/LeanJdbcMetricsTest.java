package dev.leanjdbc.analyzer.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.testing.DbTest;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The meters, read back from a {@link SimpleMeterRegistry}. */
class LeanJdbcMetricsTest {

    @DbTest
    void countersByKindRowsFindingsAndScopeDurations(DataSource raw) throws Exception {
        try (Connection c = raw.getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table if not exists metric_item (id int primary key, name varchar(20))");
            s.execute("delete from metric_item");
        }
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        LeanJdbcMetrics.bind(
                analyzer, registry, LeanJdbcMetrics.Options.defaults().withTags(List.of(Tag.of("app", "shop"))));
        DataSource ds = analyzer.wrap(raw);
        try (AnalysisScope scope = analyzer.scope("GET /items");
                Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("insert into metric_item (id, name) values (?, ?)")) {
                for (int i = 1; i <= 5; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "n" + i);
                    ps.executeUpdate();
                }
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select id from metric_item order by id")) {
                while (rs.next()) {
                    lookup(c, rs.getInt(1)); // an N+1
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeQuery("select * from no_such_table");
            } catch (SQLException expected) {
                // counted as failed
            }
        }

        assertThat(count(registry, "leanjdbc.statements", "kind", "INSERT", "outcome", "success"))
                .isEqualTo(5);
        assertThat(count(registry, "leanjdbc.statements", "kind", "SELECT", "outcome", "success"))
                .isEqualTo(6);
        assertThat(count(registry, "leanjdbc.statements", "kind", "SELECT", "outcome", "failed"))
                .isEqualTo(1);
        assertThat(registry.get("leanjdbc.rows.read")
                        .tag("app", "shop")
                        .counter()
                        .count())
                .isEqualTo(10);
        assertThat(registry.get("leanjdbc.findings")
                        .tag("type", "N_PLUS_ONE")
                        .counter()
                        .count())
                .isEqualTo(1);
        Timer scope = registry.get("leanjdbc.scope.duration")
                .tag("scope", "GET /items")
                .timer();
        assertThat(scope.count()).isEqualTo(1);
        assertThat(scope.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
        Timer lookups = registry.get("leanjdbc.statement.time")
                .tag("fingerprint", "select name from metric_item where id = ?")
                .timer();
        assertThat(lookups.count()).isEqualTo(5);
        assertThat(registry.get("leanjdbc.analyzer.failures").functionCounter().count())
                .isZero();
    }

    @DbTest
    void onlyTheTopFingerprintsGetATagOfTheirOwn(DataSource raw) throws Exception {
        QueryAnalyzer analyzer = QueryAnalyzer.create();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        LeanJdbcMetrics metrics = LeanJdbcMetrics.bind(
                analyzer, registry, LeanJdbcMetrics.Options.defaults().withTopFingerprints(3));
        DataSource ds = analyzer.wrap(raw);
        try (Connection c = ds.getConnection()) {
            for (int shape = 1; shape <= 40; shape++) { // 40 distinct shapes, once each
                select(c, "select " + shape + " as v" + shape);
            }
            for (int i = 0; i < 100; i++) { // then one hot shape
                select(c, "select 1 as hot");
            }
        }
        Set<String> tagged = registry.find("leanjdbc.statement.time").timers().stream()
                .map(t -> t.getId().getTag("fingerprint"))
                .collect(Collectors.toSet());
        assertThat(tagged).hasSizeLessThanOrEqualTo(4).contains("other", "select ? as hot");
        assertThat(metrics.taggedFingerprints()).isEqualTo(3);
        long timed = registry.find("leanjdbc.statement.time").timers().stream()
                .mapToLong(Timer::count)
                .sum();
        // the two first-come shapes that kept their place, the other bucket, the hot one since promotion
        assertThat(timed).isLessThanOrEqualTo(140).isGreaterThan(100);

        Timer hot = registry.get("leanjdbc.statement.time")
                .tag("fingerprint", "select ? as hot")
                .timer();
        long hotBefore = hot.count();
        assertThat(hotBefore).isPositive();
        try (Connection c = ds.getConnection()) {
            select(c, "select 1 as hot");
        }
        assertThat(hot.count()).isEqualTo(hotBefore + 1);
        metrics.close();
        try (Connection c = ds.getConnection()) {
            select(c, "select 1 as hot");
        }
        assertThat(hot.count()).as("closed: no longer fed").isEqualTo(hotBefore + 1);
        assertThat(count(registry, "leanjdbc.statements", "kind", "SELECT", "outcome", "success"))
                .isEqualTo(141);
    }

    @Test
    void badOptionsAreRefusedWithTheValue() {
        assertThatThrownBy(() -> LeanJdbcMetrics.Options.defaults().withTopFingerprints(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topFingerprints must be between 0 and 1000 (it bounds the tag's values), was -1");
        assertThatThrownBy(() -> LeanJdbcMetrics.Options.defaults().withTopScopes(1001))
                .hasMessage("topScopes must be between 0 and 1000 (it bounds the tag's values), was 1001");
    }

    @Test
    void aMeterBinderBindsTheSameMeters() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        LeanJdbcMetrics.binder(QueryAnalyzer.create(), LeanJdbcMetrics.Options.defaults())
                .bindTo(registry);
        assertThat(registry.getMeters().stream().map(Meter::getId).map(Meter.Id::getName))
                .contains(
                        "leanjdbc.statements",
                        "leanjdbc.rows.read",
                        "leanjdbc.findings",
                        "leanjdbc.statement.time",
                        "leanjdbc.scope.duration",
                        "leanjdbc.analyzer.failures");
    }

    private static double count(SimpleMeterRegistry registry, String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }

    private static void lookup(Connection c, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select name from metric_item where id = ?")) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }
    }

    private static void select(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rs.getInt(1);
            }
        }
    }
}
