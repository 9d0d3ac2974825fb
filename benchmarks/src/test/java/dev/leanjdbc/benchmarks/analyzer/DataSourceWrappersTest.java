package dev.leanjdbc.benchmarks.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.leanjdbc.testing.PostgresServers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every wrapper the overhead benchmark names reads the same rows from every backend. */
class DataSourceWrappersTest {

    @ParameterizedTest
    @ValueSource(strings = {OverheadBackend.STUB, OverheadBackend.H2, OverheadBackend.POSTGRES})
    void everyWrapperOverEveryBackendFindsTheSameRows(String backend) throws Exception {
        if (backend.equals(OverheadBackend.POSTGRES)) {
            // As everywhere in leanjdbc's tests: without PostgreSQL skip with the reason, except on CI.
            PostgresServers.Result pg = PostgresServers.shared();
            assumeTrue(pg.found().isPresent() || "true".equals(System.getenv("CI")), pg.failure());
        }
        try (OverheadBackend db = OverheadBackend.open(backend)) {
            for (String name : DataSourceWrappers.NAMES) {
                String what = name + " over " + backend;
                DataSource ds = DataSourceWrappers.wrap(name, db.dataSource());
                assertThat(ds == db.dataSource()).as(what).isEqualTo(name.equals(DataSourceWrappers.RAW));
                try (Connection c = ds.getConnection()) {
                    try (PreparedStatement ps = c.prepareStatement(OverheadBackend.PK_LOOKUP_SQL)) {
                        ps.setLong(1, 1);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (name.equals(DataSourceWrappers.FORWARDING)) {
                                assertThat(rs)
                                        .as("the control wraps result sets too")
                                        .isInstanceOf(ForwardingResultSet.class);
                            }
                            assertThat(rs.next()).as(what).isTrue();
                            assertThat(rs.getString(2)).as(what).isEqualTo("item-1");
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement(OverheadBackend.ALL_ROWS_SQL);
                            ResultSet rs = ps.executeQuery()) {
                        int rows = 0;
                        while (rs.next()) {
                            rows++;
                            assertThat(rs.getLong(1)).as(what).isEqualTo(rows);
                            assertThat(rs.getBigDecimal(4)).as(what).isEqualByComparingTo(OverheadBackend.price(rows));
                        }
                        assertThat(rows).as(what).isEqualTo(OverheadBackend.ROWS);
                    }
                }
            }
        }
    }

    @Test
    void anUnknownWrapperNamesTheKnownOnes() {
        assertThatThrownBy(() -> DataSourceWrappers.wrap("hibernate", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown wrapper 'hibernate'; known: [raw, datasource-proxy, p6spy, leanjdbc,"
                        + " leanjdbc-test, forwarding] (add new ones in DataSourceWrappers.wrap)");
    }
}
