package dev.leanjdbc.analyzer.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** H2's lazy-execution flag, read on the session of an embedded connection (most queries ask for it). */
class VendorTest {

    @Test
    void readsTheSessionFlagOfAnEmbeddedH2ThroughConstantHandles() throws Exception {
        // the H2 on the analyzer's own class path: its getters are constants the JIT inlines, rather than
        // handles looked up per connection class on every read
        assertThat(Vendor.h2HandlesConstant()).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:vendor")) {
            assertThat(Vendor.h2LazyExecution(c)).isFalse();
            try (Statement s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            assertThat(Vendor.h2LazyExecution(c)).isTrue();
            try (Statement s = c.createStatement()) {
                s.execute("/* tuning */ set lazy_query_execution false");
            }
            assertThat(Vendor.h2LazyExecution(c)).isFalse();
        }
    }
}
