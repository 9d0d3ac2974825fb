package dev.leanjdbc.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.PublicApi;
import org.junit.jupiter.api.Test;

/** The starter's published API: no internal types in its signatures, only documented logger names. */
class PublicApiTest {

    private final PublicApi api = PublicApi.ofModuleOf(LeanJdbcAutoConfiguration.class);

    @Test
    void publicSignaturesMentionNoInternalType() {
        assertThat(api.internalTypeLeaks()).isEmpty();
    }

    @Test
    void loggersAreTheDocumentedOnes() {
        assertThat(api.loggerNames().keySet())
                .containsExactlyInAnyOrderElementsOf(PublicApi.documentedLoggers("spring-boot"));
    }
}
