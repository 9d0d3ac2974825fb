package dev.leanjdbc.benchmarks.analyzer;

import com.p6spy.engine.spy.P6DataSource;
import dev.leanjdbc.analyzer.CallSiteMode;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * The JDBC wrappers the overhead benchmarks compare, by the names used as {@code @Param} values.
 *
 * <ul>
 *   <li>{@value #RAW}: the data source itself, the baseline;
 *   <li>{@value #DATASOURCE_PROXY}: datasource-proxy with {@code countQuery()}, the configuration that counts
 *       statements per thread (what query-count assertions are built on);
 *   <li>{@value #P6SPY}: p6spy's {@link P6DataSource} with its default modules, logging through SLF4J to a
 *       logger that is switched off ({@code p6spy} at level OFF in {@code logback.xml}), so the figure is
 *       p6spy's wrapping and event dispatch, not the cost of writing a log line;
 *   <li>{@value #LEANJDBC}: the leanjdbc query analyzer in its default (production) configuration — call
 *       sites sampled, no bind values kept — recording into its rolling global view;
 *   <li>{@value #LEANJDBC_TEST}: the analyzer as tests use it: a call site captured for every execution;
 *   <li>{@value #FORWARDING}: a control, not a product — wrappers that only forward every call (connection,
 *       statement, result set), doing nothing else: the floor any wrapper that sees result sets pays, so the
 *       report can tell how much of a wrapper's cost is the extra layer and how much its own work.
 * </ul>
 *
 * A new wrapper is a {@code case} here, its name in {@link #NAMES} and in the {@code wrapper} {@code @Param}
 * of the benchmarks; the report renders every value beside {@value #RAW}.
 */
public final class DataSourceWrappers {

    public static final String RAW = "raw";
    public static final String DATASOURCE_PROXY = "datasource-proxy";
    public static final String P6SPY = "p6spy";
    public static final String LEANJDBC = "leanjdbc";
    public static final String LEANJDBC_TEST = "leanjdbc-test";
    public static final String FORWARDING = "forwarding";

    /** Every wrapper name {@link #wrap} knows, in the order the benchmarks declare them. */
    public static final List<String> NAMES = List.of(RAW, DATASOURCE_PROXY, P6SPY, LEANJDBC, LEANJDBC_TEST, FORWARDING);

    private DataSourceWrappers() {}

    /** {@code target} wrapped by the named wrapper. */
    public static DataSource wrap(String wrapper, DataSource target) {
        return switch (wrapper) {
            case RAW -> target;
            case DATASOURCE_PROXY ->
                ProxyDataSourceBuilder.create(target)
                        .name("benchmark")
                        .countQuery()
                        .build();
            case P6SPY -> p6spy(target);
            case LEANJDBC -> QueryAnalyzer.builder().build().wrap(target);
            case LEANJDBC_TEST ->
                QueryAnalyzer.builder()
                        .callSiteMode(CallSiteMode.ALWAYS)
                        .build()
                        .wrap(target);
            case FORWARDING -> new ForwardingDataSource(target);
            default ->
                throw new IllegalArgumentException("unknown wrapper '" + wrapper + "'; known: " + NAMES
                        + " (add new ones in DataSourceWrappers.wrap)");
        };
    }

    private static DataSource p6spy(DataSource target) {
        // p6spy reads these once, when its first class initialises. Without them it would append every
        // statement to a spy.log file in the working directory (its default FileLogger), and register MBeans.
        System.setProperty("p6spy.config.appender", "com.p6spy.engine.spy.appender.Slf4JLogger");
        System.setProperty("p6spy.config.jmx", "false");
        return new P6DataSource(target);
    }
}
