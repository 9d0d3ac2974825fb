package dev.leanjdbc.benchmarks.analyzer;

import com.p6spy.engine.spy.P6DataSource;
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
 *       p6spy's wrapping and event dispatch, not the cost of writing a log line.
 * </ul>
 *
 * <p><b>Extension point — the leanjdbc analyzer.</b> When {@code dev.leanjdbc.analyzer.QueryAnalyzer} lands,
 * measuring it takes two edits and nothing else: add a {@code case} here for {@code "leanjdbc"} (default
 * configuration) and {@code "leanjdbc-test"} (test mode: call sites always captured) returning the analyzer's
 * wrapped data source, and add both names to the {@code wrapper} {@code @Param} of {@link
 * WrapperOverheadBenchmark} (and to {@link #NAMES}). The report renders every value beside {@value #RAW}.
 */
public final class DataSourceWrappers {

    public static final String RAW = "raw";
    public static final String DATASOURCE_PROXY = "datasource-proxy";
    public static final String P6SPY = "p6spy";

    /** Every wrapper name {@link #wrap} knows, in the order the benchmarks declare them. */
    public static final List<String> NAMES = List.of(RAW, DATASOURCE_PROXY, P6SPY);

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
