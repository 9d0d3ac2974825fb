package dev.leanjdbc.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leanjdbc.analyzer.internal.detect.DetectorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The detectors' settings: defaults, exact messages, system properties, switches and suppressions. */
class FindingsConfigTest {

    @AfterEach
    void clearProperties() {
        for (String k :
                new String[] {"projectionMinColumns", "largeResultRows", "disabledFindings", "literalsThreshold"}) {
            System.clearProperty(QueryAnalyzer.PROPERTY_PREFIX + k);
        }
    }

    @Test
    void defaults() {
        DetectorConfig c = QueryAnalyzer.create().detectorConfig();
        assertThat(c.nPlusOneThreshold()).isEqualTo(3);
        assertThat(c.duplicateQueryThreshold()).isEqualTo(2);
        assertThat(c.projectionMinColumns()).isEqualTo(6);
        assertThat(c.rowByRowThreshold()).isEqualTo(5);
        assertThat(c.unbatchedInsertThreshold()).isEqualTo(5);
        assertThat(c.largeResultRows()).isEqualTo(10_000);
        assertThat(c.overFetchRows()).isEqualTo(10);
        assertThat(c.slowFindingMillis()).isEqualTo(1_000);
        assertThat(c.literalsThreshold()).isEqualTo(10);
        assertThat(c.disabled()).isEmpty();
        assertThat(c.suppressions()).isEmpty();
    }

    @Test
    void rejectsBadValuesWithExactMessages() {
        QueryAnalyzer.Builder b = QueryAnalyzer.builder();
        assertThatThrownBy(() -> b.nPlusOneThreshold(1)).hasMessage("nPlusOneThreshold must be >= 2, was 1");
        assertThatThrownBy(() -> b.duplicateQueryThreshold(1))
                .hasMessage("duplicateQueryThreshold must be >= 2, was 1");
        assertThatThrownBy(() -> b.projectionMinColumns(1)).hasMessage("projectionMinColumns must be >= 2, was 1");
        assertThatThrownBy(() -> b.rowByRowThreshold(0)).hasMessage("rowByRowThreshold must be >= 2, was 0");
        assertThatThrownBy(() -> b.unbatchedInsertThreshold(1))
                .hasMessage("unbatchedInsertThreshold must be >= 2, was 1");
        assertThatThrownBy(() -> b.largeResultRows(0)).hasMessage("largeResultRows must be >= 1, was 0");
        assertThatThrownBy(() -> b.overFetchRows(-1)).hasMessage("overFetchRows must be >= 1, was -1");
        assertThatThrownBy(() -> b.slowFindingMillis(0)).hasMessage("slowFindingMillis must be >= 1, was 0");
        assertThatThrownBy(() -> b.literalsThreshold(1)).hasMessage("literalsThreshold must be >= 2, was 1");
        assertThatThrownBy(() -> b.suppress(FindingType.N_PLUS_ONE, " "))
                .hasMessage("suppress prefix must not be blank, was ' '; give a call site (OrderService.list) or a"
                        + " fingerprint");
    }

    @Test
    void systemPropertiesSetTheSameKeys() {
        System.setProperty("leanjdbc.analyzer.projectionMinColumns", "8");
        System.setProperty("leanjdbc.analyzer.largeResultRows", "50_000");
        System.setProperty("leanjdbc.analyzer.disabledFindings", "slow_statement, N_PLUS_ONE");
        DetectorConfig c = QueryAnalyzer.create().detectorConfig();
        assertThat(c.projectionMinColumns()).isEqualTo(8);
        assertThat(c.largeResultRows()).isEqualTo(50_000);
        assertThat(c.disabled()).containsExactlyInAnyOrder(FindingType.SLOW_STATEMENT, FindingType.N_PLUS_ONE);
        assertThat(c.enabled(FindingType.DUPLICATE_QUERY)).isTrue();

        System.setProperty("leanjdbc.analyzer.literalsThreshold", "1");
        assertThatThrownBy(QueryAnalyzer::builder)
                .hasMessage("leanjdbc.analyzer.literalsThreshold must be >= 2, was 1");
        System.clearProperty("leanjdbc.analyzer.literalsThreshold");
        System.setProperty("leanjdbc.analyzer.disabledFindings", "N_PLUS_TWO");
        assertThatThrownBy(QueryAnalyzer::builder)
                .hasMessageStartingWith("leanjdbc.analyzer.disabledFindings must list values of [N_PLUS_ONE,")
                .hasMessageEndingWith("had 'N_PLUS_TWO'");
    }

    @Test
    void suppressionsAndSwitchesReachTheDetectors() {
        DetectorConfig c = QueryAnalyzer.builder()
                .disable(FindingType.OVER_FETCH)
                .suppress(FindingType.N_PLUS_ONE, " com.shop.OrderService.list ")
                .build()
                .detectorConfig();
        assertThat(c.enabled(FindingType.OVER_FETCH)).isFalse();
        assertThat(c.suppressions())
                .containsExactly(new DetectorConfig.Suppression(FindingType.N_PLUS_ONE, "com.shop.OrderService.list"));
    }
}
