package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leanjdbc.testing.PublicApi;
import org.junit.jupiter.api.Test;

/** The analyzer's published API: no internal types, only the documented loggers, constructors users need. */
class PublicApiTest {

    private final PublicApi api = PublicApi.ofModuleOf(QueryAnalyzer.class);

    @Test
    void publicSignaturesMentionNoInternalType() {
        assertThat(api.internalTypeLeaks()).isEmpty();
    }

    @Test
    void loggersAreTheDocumentedOnes() {
        assertThat(api.loggerNames().keySet())
                .containsExactlyInAnyOrderElementsOf(PublicApi.documentedLoggers("query-analyzer"));
    }

    /**
     * Reports, events, snapshots, findings and the exceptions the analyzer throws are made by the analyzer
     * only: no public constructor pins their fields, so a field can be added without breaking anyone.
     */
    @Test
    void usersConstructOnlyWhatTheyConfigure() {
        assertThat(api.constructors())
                .containsExactlyInAnyOrder(
                        "AnalysisFilter()",
                        "AnalysisFilter(QueryAnalyzer)",
                        "AnalysisFilter.builder(QueryAnalyzer)",
                        "CallSite(String, String, String, int)",
                        "MemoryPressureMonitor.builder(QueryAnalyzer)",
                        "QueryAnalyzer.builder()",
                        "ReadValueSample(long[], int)");
    }
}
