package dev.leanjdbc.benchmarks.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import org.junit.jupiter.api.Test;

/** The stub serves exactly what the benchmarks call, and fails loudly on anything else. */
class StubDataSourceTest {

    private static final String SQL = "select id, name, price from item where id = ?";

    private final StubDataSource dataSource = new StubDataSource(StubDatabase.builder()
            .query(
                    SQL,
                    CannedResult.columns("id", "name", "price")
                            .row(1L, "first", new BigDecimal("1.50"))
                            .row(2L, null, new BigDecimal("2.00"))
                            .build())
            .build());

    @Test
    void returnsTheCannedRowsByIndexAndLabel() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setLong(1, 42);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(1L);
                assertThat(rs.getInt("ID")).isEqualTo(1);
                assertThat(rs.getString("name")).isEqualTo("first");
                assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("1.50");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).isNull();
                assertThat(rs.wasNull()).isTrue();
                assertThat(rs.getStatement()).isSameAs(ps);
                assertThat(rs.next()).isFalse();
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void closingTheStatementClosesItsResultSetAndEachConnectionIsNew() throws SQLException {
        Connection first = dataSource.getConnection();
        PreparedStatement ps = first.prepareStatement(SQL);
        ResultSet rs = ps.executeQuery();
        ps.close();

        assertThat(rs.isClosed()).isTrue();
        assertThatThrownBy(rs::next).hasMessage("the stub result set is closed");
        first.close();
        assertThatThrownBy(() -> first.prepareStatement(SQL)).hasMessage("the stub connection is closed");
        assertThat(dataSource.getConnection().isClosed()).isFalse();
    }

    @Test
    void reportsItsUrlThroughMetaDataAsWrappersAskForIt() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getURL()).isEqualTo("jdbc:leanjdbc-stub:benchmarks");
            assertThat(c.getMetaData().getConnection()).isSameAs(c);
        }
    }

    @Test
    void unknownSqlBadIndexesAndWrongTypesFailWithTheReason() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThatThrownBy(() -> c.prepareStatement("select 1"))
                    .hasMessageContaining("no canned result for SQL [select 1]");
            PreparedStatement ps = c.prepareStatement(SQL);
            assertThatThrownBy(() -> ps.setLong(2, 1))
                    .hasMessageStartingWith("parameter index must be between 1 and 1, was 2");
            ResultSet rs = ps.executeQuery();
            assertThatThrownBy(() -> rs.getString(1)).hasMessageStartingWith("the cursor is not on a row");
            rs.next();
            assertThatThrownBy(() -> rs.getLong("name")).hasMessage("column 2 (name) holds a String, not a number");
            assertThatThrownBy(() -> rs.getString("nope"))
                    .hasMessage("no column labelled 'nope' in this stub result; its columns are id, name, price");
            assertThatThrownBy(() -> rs.getString(4)).hasMessage("column index must be between 1 and 3, was 4");
        }
    }

    @Test
    void everythingElseIsUnsupportedAndSaysWhat() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThatThrownBy(c::createStatement)
                    .isInstanceOf(SQLFeatureNotSupportedException.class)
                    .hasMessageStartingWith(
                            "the benchmark stub driver does not implement Connection.createStatement()");
            ResultSet rs = c.prepareStatement(SQL).executeQuery();
            assertThatThrownBy(() -> rs.updateString(1, "x"))
                    .isInstanceOf(SQLFeatureNotSupportedException.class)
                    .hasMessageContaining("ResultSet.updateString(int, String)");
        }
    }

    @Test
    void theDriverAcceptsOnlyItsOwnUrls() throws SQLException {
        StubDriver driver = new StubDriver(StubDatabase.builder().build());

        assertThat(driver.connect("jdbc:h2:mem:x", null)).isNull();
        assertThat(driver.connect("jdbc:leanjdbc-stub:any", null)).isNotNull();
    }

    @Test
    void cannedResultsRejectRowsOfTheWrongWidth() {
        assertThatThrownBy(() -> CannedResult.columns("a", "b").row(1))
                .hasMessage("row 1 has 1 values but the result has 2 columns (a, b)");
        assertThatThrownBy(() -> StubDatabase.builder()
                        .query(SQL, CannedResult.columns("a").build())
                        .query(SQL, CannedResult.columns("a").build()))
                .hasMessage("SQL registered twice: [" + SQL + "]");
    }
}
