package dev.leanjdbc.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void theAddressComesFromTheUrlWithTheDefaultPortWhenNoneIsGiven() {
        PostgresServer withPort = new PostgresServer("jdbc:postgresql://localhost:15432/postgres?user=x", "x", "", "t");
        PostgresServer without = new PostgresServer("jdbc:postgresql://127.0.0.1/shop", "x", "", "t");

        assertThat(withPort.address().getPort()).isEqualTo(15432);
        assertThat(withPort.address().getHostString()).isEqualTo("localhost");
        assertThat(without.address().getPort()).isEqualTo(5432);
    }

    @Test
    void throughAProxyKeepsDatabaseAndOptionsAndNamesTheProxy() {
        PostgresServer server = new PostgresServer("jdbc:postgresql://localhost:15432/postgres?user=x", "x", "", "t");
        try (LatencyProxy proxy = LatencyProxy.start("127.0.0.1", 15432, Duration.ofMillis(1))) {
            PostgresServer proxied = server.through(proxy);
            assertThat(proxied.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/postgres?user=x");
            assertThat(proxied.origin()).startsWith("t through LatencyProxy[127.0.0.1:" + proxy.port());
        }
    }

    @Test
    void aUrlThatIsNotPostgresIsRefusedWithTheUrl() {
        PostgresServer h2 = new PostgresServer("jdbc:h2:mem:x", "sa", "", "t");
        assertThatThrownBy(h2::address)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jdbc:h2:mem:x");
    }
}
