package dev.leanjdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.PublicApi;
import org.junit.jupiter.api.Test;

/** The core's published API: no internal types in its signatures, only the documented logger names. */
class PublicApiTest {

    private final PublicApi api = PublicApi.ofModuleOf(Lean.class);

    @Test
    void publicSignaturesMentionNoInternalType() {
        assertThat(api.internalTypeLeaks()).isEmpty();
    }

    @Test
    void loggersAreTheDocumentedOnes() {
        assertThat(api.loggerNames().keySet()).containsExactlyInAnyOrderElementsOf(PublicApi.documentedLoggers("core"));
    }

    @Test
    void usersConstructOnlyWhatTheyConfigure() {
        assertThat(api.constructors()).isEmpty();
    }
}
