package dev.leanjdbc.spring.boot;

import dev.leanjdbc.analyzer.BudgetAction;
import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.FindingType;
import dev.leanjdbc.analyzer.PressureAction;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.spring.boot.internal.AnalyzerSettings;
import dev.leanjdbc.spring.boot.internal.MetricsSettings;
import dev.leanjdbc.spring.boot.internal.WebSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.ClassUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The {@code leanjdbc.*} settings of the Spring Boot starter. Every part can be switched off; the
 * analyzer's keys are those of {@link QueryAnalyzer.Builder} and are checked at startup by that builder, so
 * a bad value fails the start with the builder's own message ({@code nPlusOneThreshold must be >= 2, was
 * 1}) next to the property and where it was set.
 *
 * @param enabled Whether leanjdbc auto-configures anything at all
 * @param datasource Which DataSource beans are recorded
 * @param analyzer Settings of the application's query analyzer (unset keys keep the builder's defaults and
 *     the {@code leanjdbc.analyzer.*} system properties)
 * @param web The per-request scope filter of servlet web applications
 * @param metrics The Micrometer metrics binding
 * @param opentelemetry Findings and totals on the application's OpenTelemetry spans (and, when asked, its
 *     instruments)
 * @param jooq The {@code Lean} facade bean on the application's jOOQ {@code DSLContext}
 * @param endpoint The {@code leanjdbc} actuator endpoint
 * @param test The Spring Boot test support
 * @param memoryPressure The memory-pressure monitor: which request fills the heap, and stopping it
 * @param tasks Work handed to Spring's task executors ({@code @Async}, the {@code applicationTaskExecutor})
 */
@ConfigurationProperties("leanjdbc")
public record LeanJdbcProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue DataSources datasource,
        @DefaultValue Analyzer analyzer,
        @DefaultValue Web web,
        @DefaultValue Metrics metrics,
        @DefaultValue Jooq jooq,
        @DefaultValue Endpoint endpoint,
        @DefaultValue Test test,
        @DefaultValue MemoryPressure memoryPressure,
        @DefaultValue Tasks tasks,
        @DefaultValue OpenTelemetry opentelemetry)
        implements Validator {

    /**
     * Which DataSource beans the analyzer wraps.
     *
     * @param wrap Whether DataSource beans are wrapped by the analyzer (each once; one this analyzer
     *     records already is left as it is, one another analyzer records is wrapped again so both record)
     * @param exclude Names of DataSource beans that are not wrapped
     */
    public record DataSources(
            @DefaultValue("true") boolean wrap,
            @DefaultValue Set<String> exclude) {}

    /**
     * The analyzer's settings; see {@code docs/query-analyzer.md} for their meaning. Unset keys keep the
     * builder's default (and any {@code leanjdbc.analyzer.*} system property).
     *
     * @param nPlusOneThreshold Repetitions of one SELECT shape from one call site in one scope that make an
     *     N+1 (>= 2, default 3)
     * @param maxEventsPerScope Events a scope keeps (>= 0, default 10000); beyond it only aggregates
     * @param maxGlobalEvents The last events the rolling global view keeps (>= 0, default 1000)
     * @param maxFingerprints Distinct statement shapes tracked per report (>= 1, default 1000)
     * @param shapeCacheSize Distinct SQL strings whose fingerprint is cached (>= 1, default 4096)
     * @param callSiteMode When to walk the stack for call sites: OFF, SAMPLED (default), ALWAYS
     * @param callSiteSampleEvery First gap between sampled stack walks of a shape (>= 1, default 64)
     * @param maxCallSitesPerFingerprint Distinct call sites kept per shape (>= 1, default 4)
     * @param skipFrames Extra patterns of frames that are never call sites (package {@code com.shop.db.},
     *     class, glob {@code *$Generated*}; {@code !pattern} keeps frames a default pattern skips)
     * @param applicationPackages The application's packages: a call site is the first frame in them
     *     (default: the {@code @SpringBootApplication}'s packages, from {@code AutoConfigurationPackages})
     * @param captureBindValues Keep bind values in events (default false: only hashes)
     * @param maxReadValues Hashes of values read per result kept for N+1 parent matching (>= 0, default 64)
     * @param slowStatementMillis Log statements slower than this at WARN (>= 0, 0 = off, the default)
     * @param logScopeSummary Log one summary line per closed scope at INFO (default false)
     * @param maxTrackedStatements Open statements tracked per connection (>= 0, default 1024)
     * @param duplicateQueryThreshold Parameter sets of one SELECT that make a duplicate (>= 2, default 2)
     * @param projectionMinColumns Columns a SELECT must return to be a projection candidate (>= 2, default 6)
     * @param rowByRowThreshold Single-row UPDATEs or DELETEs that make row-by-row DML (>= 2, default 5)
     * @param unbatchedInsertThreshold Single-row INSERTs that make unbatched INSERTs (>= 2, default 5)
     * @param largeResultRows Rows of one buffered result that make a buffered large result (>= 1, default
     *     10000)
     * @param overFetchRows Rows iterated without reading a column that make an over-fetch (>= 1, default 10)
     * @param overFetchUnreadRows Rows left unread in a buffered result that make an over-fetch (>= 1, default
     *     1000)
     * @param slowFindingMillis Execution time that makes a slow-statement finding (>= 1, default 1000)
     * @param literalsThreshold SQL strings of one shape without binds that make a literals finding (>= 2,
     *     default 10)
     * @param disabledFindings Finding types whose detectors do not run
     * @param suppress Per finding type, call-site or fingerprint prefixes whose findings are marked
     *     suppressed
     */
    public record Analyzer(
            Integer nPlusOneThreshold,
            Integer maxEventsPerScope,
            Integer maxGlobalEvents,
            Integer maxFingerprints,
            Integer shapeCacheSize,
            CallSiteMode callSiteMode,
            Integer callSiteSampleEvery,
            Integer maxCallSitesPerFingerprint,
            List<String> skipFrames,
            List<String> applicationPackages,
            Boolean captureBindValues,
            Integer maxReadValues,
            Long slowStatementMillis,
            Boolean logScopeSummary,
            Integer maxTrackedStatements,
            Integer duplicateQueryThreshold,
            Integer projectionMinColumns,
            Integer rowByRowThreshold,
            Integer unbatchedInsertThreshold,
            Long largeResultRows,
            Long overFetchRows,
            Long overFetchUnreadRows,
            Long slowFindingMillis,
            Integer literalsThreshold,
            Set<FindingType> disabledFindings,
            Map<FindingType, List<String>> suppress) {}

    /**
     * The servlet filter that opens one analyzer scope per HTTP request and logs one line per request at
     * INFO on {@code dev.leanjdbc.analyzer.request}.
     *
     * @param enabled Whether the filter is registered in servlet web applications
     * @param urlPatterns URL patterns the filter applies to
     * @param order The filter's order in the chain (default: early, so the whole request is in its scope)
     * @param sampleRate Fraction of requests whose line is logged, 0.0 to 1.0 (default 1.0: all); every
     *     request gets its scope whatever the rate
     * @param budget Limits on what one request may do
     * @param routes Budgets of requests whose path matches a pattern, first match first; a route's limits
     *     replace those of {@code budget} that it sets
     * @param problemDetails Whether a request ended by a budget or a stop is answered with status 503 and an
     *     application/problem+json body naming the budget or the stop (default false: the exception goes to
     *     the application's error handling)
     */
    public record Web(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("/*") List<String> urlPatterns,
            @DefaultValue("-2147483548") int order,
            Double sampleRate,
            @DefaultValue Budget budget,
            @DefaultValue List<Route> routes,
            @DefaultValue("false") boolean problemDetails) {}

    /**
     * The budget of the requests of one route.
     *
     * @param pattern Request path pattern, optionally after an HTTP method: {@code /export/**}, {@code GET
     *     /orders/{id}}; {@code *} or {@code {name}} is one path segment, {@code **} any number
     * @param budget Limits of the route's requests, over those of {@code leanjdbc.web.budget}
     */
    public record Route(String pattern, @DefaultValue Budget budget) {}

    /**
     * What one request may do; unset limits are unlimited.
     *
     * @param maxStatements Statements a request may start (>= 1)
     * @param maxRowsRead Rows a request may read from all its results (>= 1)
     * @param maxRowsBuffered Rows a request may read from results the driver buffered whole (>= 1)
     * @param action What a breach does: WARN (log once, the default) or THROW (fail the JDBC call)
     * @param maxRowsHeld Rows a request may hold at once: buffered results still open, or its rows still
     *     alive after collections while the memory-pressure monitor runs (>= 1)
     * @param streamsExempt Whether rows of results the driver streams (leanjdbc's streams, a fetch size with
     *     auto-commit off on PostgreSQL, lazy H2) are exempt from max-rows-read (default true)
     */
    public record Budget(
            Long maxStatements,
            Long maxRowsRead,
            Long maxRowsBuffered,
            BudgetAction action,
            Long maxRowsHeld,
            Boolean streamsExempt) {}

    /**
     * The memory-pressure monitor (see {@code MemoryPressureMonitor}): after collections that show what the
     * heap holds above {@code threshold}, logs the requests in flight ranked by the rows they retain and, with
     * {@code action=stop}, stops the one that retains most.
     *
     * @param enabled Whether the monitor runs (default false)
     * @param threshold Fraction of the heap's maximum, held after a collection, that makes pressure (0.1 to
     *     0.99, default 0.85)
     * @param action LOG (the default: report only) or STOP (also stop the request retaining most rows)
     * @param minInterval Least time between two logged reports (default 10s); stops are never throttled
     * @param maxScopes Requests listed per report (1 to 1000, default 10)
     */
    public record MemoryPressure(
            @DefaultValue("false") boolean enabled,
            Double threshold,
            PressureAction action,
            Duration minInterval,
            Integer maxScopes) {}

    /**
     * Micrometer metrics of the analyzer (meters {@code leanjdbc.*}), bound when the application has a
     * MeterRegistry bean.
     *
     * @param enabled Whether the analyzer's meters are bound to the application's MeterRegistry
     * @param topFingerprints Statement shapes timed under a tag value of their own (0 to 1000, default 20);
     *     the others under {@code other}
     * @param topScopes Scope (request) names timed under a tag value of their own (0 to 1000, default 50)
     * @param tags Tags added to every leanjdbc meter
     */
    public record Metrics(
            @DefaultValue("true") boolean enabled,
            Integer topFingerprints,
            Integer topScopes,
            @DefaultValue Map<String, String> tags) {}

    /**
     * OpenTelemetry, when {@code opentelemetry-api} is on the class path: each request's findings as events and
     * its totals as attributes on the current span, with the application's {@code OpenTelemetry} bean (Boot's
     * {@code spring-boot-opentelemetry}) or else {@code GlobalOpenTelemetry} (the Java agent's).
     *
     * @param enabled Whether the analyzer's findings and totals go to OpenTelemetry
     * @param traces Whether findings and scope totals go on the span current when a scope closes
     * @param metrics Whether the analyzer's meters are also OpenTelemetry instruments (default false: a Boot
     *     application exports the Micrometer meters already, and both would be the same series twice)
     * @param maxFindingEvents Finding events per span at most (0 to 128, default 20)
     */
    public record OpenTelemetry(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("true") boolean traces,
            @DefaultValue("false") boolean metrics,
            Integer maxFindingEvents) {}

    /**
     * The core facade on jOOQ.
     *
     * @param enabled Whether a {@code Lean} bean is made from the application's DSLContext bean
     */
    public record Jooq(@DefaultValue("true") boolean enabled) {}

    /**
     * The {@code leanjdbc} actuator endpoint (exposed by Boot's usual {@code management.endpoints.*} rules).
     *
     * @param top Statement shapes listed by time and by rows (>= 1, default 20)
     * @param maxFindings Findings kept and listed: those of recently closed scopes (merged by type, shape
     *     and call site) and those of the rolling view (>= 1, default 100)
     */
    public record Endpoint(
            @DefaultValue("20") int top,
            @DefaultValue("100") int maxFindings) {}

    /**
     * Spring Boot tests.
     *
     * @param sharedAnalyzer In tests with leanjdbc-junit on the class path, whether the analyzer bean is the
     *     JUnit extension's shared analyzer, so that its annotations, assertions and suite report see the
     *     application's statements
     */
    public record Test(@DefaultValue("true") boolean sharedAnalyzer) {}

    /**
     * Work handed to Spring's task executors.
     *
     * @param decorate Whether the starter's TaskDecorator bean makes tasks of the executors Spring Boot builds
     *     ({@code @Async} methods, the {@code applicationTaskExecutor}) count for the scopes of the thread
     *     that submitted them (a request, a test); Boot composes it with the application's own decorators
     */
    public record Tasks(@DefaultValue("true") boolean decorate) {}

    @Override
    public boolean supports(Class<?> type) {
        return LeanJdbcProperties.class.isAssignableFrom(type);
    }

    /** Checks every setting with the analyzer builder itself, so the messages are the builder's. */
    @Override
    public void validate(Object target, Errors errors) {
        LeanJdbcProperties p = (LeanJdbcProperties) target;
        AnalyzerSettings.configure(p.analyzer(), (key, message) -> {
            if (key == null) {
                errors.reject("invalid", message);
            } else {
                errors.rejectValue("analyzer." + key, "invalid", message);
            }
        });
        BiConsumer<String, String> reject = (key, message) -> errors.rejectValue(key, "invalid", message);
        WebSettings.check(p.web(), reject);
        WebSettings.checkMemoryPressure(p.memoryPressure(), reject);
        if (ClassUtils.isPresent(
                "io.micrometer.core.instrument.MeterRegistry", getClass().getClassLoader())) {
            MetricsSettings.options(p.metrics(), reject);
        }
        Integer events = p.opentelemetry().maxFindingEvents();
        if (events != null && (events < 0 || events > 128)) {
            errors.rejectValue(
                    "opentelemetry.maxFindingEvents",
                    "invalid",
                    "maxFindingEvents must be between 0 and 128 (it bounds the events on one span), was " + events);
        }
        atLeastOne(errors, "endpoint.top", p.endpoint().top());
        atLeastOne(errors, "endpoint.maxFindings", p.endpoint().maxFindings());
    }

    private static void atLeastOne(Errors errors, String field, int value) {
        if (value < 1) {
            errors.rejectValue(
                    field, "invalid", field.substring(field.indexOf('.') + 1) + " must be >= 1, was " + value);
        }
    }
}
