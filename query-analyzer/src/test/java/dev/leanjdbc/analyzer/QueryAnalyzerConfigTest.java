package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Configuration: validated values with exact messages, the same keys as system properties. */
class QueryAnalyzerConfigTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty("leanjdbc.analyzer.nPlusOneThreshold");
        System.clearProperty("leanjdbc.analyzer.maxEventsPerScope");
        System.clearProperty("leanjdbc.analyzer.callSiteMode");
        System.clearProperty("leanjdbc.analyzer.captureBindValues");
    }

    @Test
    void rejectsBadValuesWithExactMessages() {
        assertThatThrownBy(() -> QueryAnalyzer.builder().nPlusOneThreshold(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nPlusOneThreshold must be >= 2, was 1");
        assertThatThrownBy(() -> QueryAnalyzer.builder().maxEventsPerScope(-1))
                .hasMessage("maxEventsPerScope must be >= 0, was -1");
        assertThatThrownBy(() -> QueryAnalyzer.builder().maxFingerprints(0))
                .hasMessage("maxFingerprints must be >= 1, was 0");
        assertThatThrownBy(() -> QueryAnalyzer.builder().callSiteSampleEvery(0))
                .hasMessage("callSiteSampleEvery must be >= 1, was 0");
        assertThatThrownBy(() -> QueryAnalyzer.builder().slowStatementMillis(-5))
                .hasMessage("slowStatementMillis must be >= 0, was -5");
        assertThatThrownBy(() -> QueryAnalyzer.builder().skipFrames(" "))
                .hasMessage("skipFrames pattern must not be blank, was ' '");
        assertThatThrownBy(() -> QueryAnalyzer.builder().applicationPackages(""))
                .hasMessage(
                        "applicationPackages entry must not be blank, was ''; give a package name such as com.shop");
    }

    @Test
    void systemPropertiesSetTheSameKeys() {
        System.setProperty("leanjdbc.analyzer.nPlusOneThreshold", "5");
        assertThat(QueryAnalyzer.builder().build().nPlusOneThreshold()).isEqualTo(5);
        assertThat(QueryAnalyzer.builder().nPlusOneThreshold(4).build().nPlusOneThreshold())
                .as("explicit builder calls win over system properties")
                .isEqualTo(4);
    }

    @Test
    void applicationPackagesComeFromTheBuilderTheSystemPropertyOrLater() {
        System.setProperty("leanjdbc.analyzer.application-packages", "com.shop, com.shop.admin.");
        try {
            QueryAnalyzer a =
                    QueryAnalyzer.builder().applicationPackages("org.example").build();
            assertThat(a.applicationPackages()).containsExactly("com.shop.", "com.shop.admin.", "org.example.");
            a.addApplicationPackages("org.example.tests", "com.shop");
            assertThat(a.applicationPackages())
                    .containsExactly("com.shop.", "com.shop.admin.", "org.example.", "org.example.tests.");
        } finally {
            System.clearProperty("leanjdbc.analyzer.application-packages");
        }
    }

    @Test
    void systemPropertiesAreValidatedNamingTheProperty() {
        System.setProperty("leanjdbc.analyzer.nPlusOneThreshold", "1");
        assertThatThrownBy(QueryAnalyzer::builder)
                .hasMessage("leanjdbc.analyzer.nPlusOneThreshold must be >= 2, was 1");
        System.setProperty("leanjdbc.analyzer.nPlusOneThreshold", "many");
        assertThatThrownBy(QueryAnalyzer::builder)
                .hasMessage("leanjdbc.analyzer.nPlusOneThreshold must be an integer, was 'many'");
        System.clearProperty("leanjdbc.analyzer.nPlusOneThreshold");
        System.setProperty("leanjdbc.analyzer.callSiteMode", "sometimes");
        assertThatThrownBy(QueryAnalyzer::builder)
                .hasMessage("leanjdbc.analyzer.callSiteMode must be one of [OFF, SAMPLED, ALWAYS], was 'sometimes'");
        System.setProperty("leanjdbc.analyzer.callSiteMode", "always");
        System.setProperty("leanjdbc.analyzer.captureBindValues", "yes");
        assertThatThrownBy(QueryAnalyzer::builder)
                .hasMessage("leanjdbc.analyzer.captureBindValues must be true or false, was 'yes'");
    }

    @Test
    void nullArgumentsSayWhatToPass() {
        QueryAnalyzer analyzer = QueryAnalyzer.create();

        assertThatThrownBy(() -> analyzer.wrap(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("dataSource must not be null; pass the DataSource (usually the connection pool) whose"
                        + " statements to record");
        assertThatThrownBy(() -> analyzer.scope(null))
                .hasMessage("name must not be null; pass what the scope covers, e.g. \"GET /orders\" or a job name");
        assertThatThrownBy(() -> analyzer.scope("job", null))
                .hasMessage("budget must not be null; pass ScopeBudget.unlimited() for none");
    }
}
