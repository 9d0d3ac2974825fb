package dev.leanjdbc.spring.boot;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.spring.boot.internal.EndpointReport;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code leanjdbc} actuator endpoint ({@code /actuator/leanjdbc} once exposed, e.g. with {@code
 * management.endpoints.web.exposure.include=health,leanjdbc}): the analyzer's rolling global view as JSON,
 * schema {@code leanjdbc-endpoint/1} — totals by kind, the top statement shapes by time and by rows with
 * their call sites, the current findings with call site and fix, and what the caps dropped. A {@code DELETE}
 * clears the rolling view.
 *
 * <p><b>Performance.</b> A read takes a snapshot of the global view (at most {@code maxGlobalEvents} events
 * and {@code maxFingerprints} shapes) and runs the detectors on it: milliseconds, on the calling thread.
 */
@Endpoint(id = "leanjdbc")
public class LeanJdbcEndpoint {

    private final QueryAnalyzer analyzer;
    private final LeanJdbcProperties.Endpoint settings;

    public LeanJdbcEndpoint(QueryAnalyzer analyzer, LeanJdbcProperties.Endpoint settings) {
        this.analyzer = analyzer;
        this.settings = settings;
    }

    /** The rolling report. */
    @ReadOperation
    public Map<String, Object> report() {
        return EndpointReport.of(
                analyzer.globalReport(), settings.top(), settings.maxFindings(), analyzer.internalFailures());
    }

    /** Clears the rolling view and returns the report it had. */
    @DeleteOperation
    public Map<String, Object> reset() {
        Map<String, Object> before = report();
        analyzer.resetGlobal();
        return before;
    }
}
