package dev.leanjdbc.spring.boot;

import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.spring.boot.internal.EndpointReport;
import dev.leanjdbc.spring.boot.internal.RecentFindings;
import dev.leanjdbc.spring.boot.internal.StartupWork;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code leanjdbc} actuator endpoint ({@code /actuator/leanjdbc} once exposed, e.g. with {@code
 * management.endpoints.web.exposure.include=health,leanjdbc}): the analyzer's rolling global view as JSON,
 * schema {@code leanjdbc-endpoint/1} — totals by kind, the top statement shapes by time and by rows with
 * their call sites, what the caps dropped, and the findings of recently closed scopes (each request, with
 * the filter) with call site and fix. A {@code DELETE} clears the rolling view and the findings.
 *
 * <p><b>Performance.</b> A read takes a snapshot of the global view (at most {@code maxGlobalEvents} events
 * and {@code maxFingerprints} shapes) and runs the detectors on it: milliseconds, on the calling thread.
 */
@Endpoint(id = "leanjdbc")
public class LeanJdbcEndpoint {

    private final QueryAnalyzer analyzer;
    private final RecentFindings scopeFindings;
    private final LeanJdbcProperties.Endpoint settings;
    private final StartupWork startup;

    /**
     * Made by {@link LeanJdbcEndpointAutoConfiguration}; {@code startup} (maybe null) is the application's
     * startup work, reported apart from what ran since.
     */
    LeanJdbcEndpoint(
            QueryAnalyzer analyzer,
            RecentFindings scopeFindings,
            LeanJdbcProperties.Endpoint settings,
            StartupWork startup) {
        this.analyzer = analyzer;
        this.scopeFindings = scopeFindings;
        this.settings = settings;
        this.startup = startup;
    }

    /** The rolling report. */
    @ReadOperation
    public Map<String, Object> report() {
        return EndpointReport.of(
                analyzer.globalReport(),
                startup == null ? null : startup.report(),
                scopeFindings,
                settings.top(),
                settings.maxFindings(),
                analyzer.caughtFailures());
    }

    /** Clears the rolling view and the recent findings, and returns the report they had. */
    @DeleteOperation
    public Map<String, Object> reset() {
        Map<String, Object> before = report();
        analyzer.resetGlobal();
        scopeFindings.clear();
        return before;
    }
}
