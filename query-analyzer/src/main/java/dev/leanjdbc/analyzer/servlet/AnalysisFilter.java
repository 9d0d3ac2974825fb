package dev.leanjdbc.analyzer.servlet;

import dev.leanjdbc.analyzer.AnalysisScope;
import dev.leanjdbc.analyzer.BudgetExceededException;
import dev.leanjdbc.analyzer.Finding;
import dev.leanjdbc.analyzer.QueryAnalyzer;
import dev.leanjdbc.analyzer.Report;
import dev.leanjdbc.analyzer.ScopeBudget;
import dev.leanjdbc.analyzer.ScopeStoppedException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code jakarta.servlet} filter (Servlet 6) that runs every HTTP request in its own {@link AnalysisScope}
 * and logs one line per request at INFO on {@value #LOGGER_NAME}:
 *
 * <pre>
 * GET /orders/{id} 200 in 12.4 ms: 3 statements, 57 rows, 1 finding (N_PLUS_ONE)
 * </pre>
 *
 * <h2>Scope name</h2>
 *
 * The HTTP method and the route template when the framework published one as a request attribute by the
 * time the request ends, else the path (without context path and query). Attributes looked at, in order:
 * those given to {@link Builder#routeAttribute}, then {@value #ROUTE_ATTRIBUTE} (set it yourself), then
 * Spring MVC's {@value #SPRING_MVC_PATTERN_ATTRIBUTE}. While the request runs the scope is named by path;
 * it is {@linkplain AnalysisScope#rename renamed} to the route at the end, before it closes.
 *
 * <h2>What it does per request</h2>
 *
 * <ul>
 *   <li>Opens the scope with the {@linkplain Builder#budget budget} (budgets, {@linkplain
 *       QueryAnalyzer#inFlightScopes() in-flight} tracking and meters see every request), and exposes it
 *       as request attribute {@value #SCOPE_ATTRIBUTE}.
 *   <li>Closes it when the chain returns or throws; an exception passes through untouched.
 *   <li>Logs the line for a {@linkplain Builder#sampleRate sampled} fraction of requests (all by default).
 * </ul>
 *
 * Only {@link DispatcherType#REQUEST} dispatches open a scope: forwards, includes and error pages of a
 * request run inside its scope already. For asynchronous requests the scope covers the part that ran on
 * the container thread; attach it ({@link AnalysisScope#wrap}) to continue elsewhere.
 *
 * <p>Plain Java, no container specifics: create it with {@link #builder(QueryAnalyzer)} and register the
 * instance ({@code ServletContext.addFilter}, Spring Boot's {@code FilterRegistrationBean}, Jetty's {@code
 * FilterHolder}).
 *
 * <p><b>Performance.</b> Per request: one scope (its aggregates and detectors at close), one random draw,
 * and, when sampled, one formatted log line.
 */
public final class AnalysisFilter implements Filter {

    /** The logger of the per-request lines. */
    public static final String LOGGER_NAME = "dev.leanjdbc.analyzer.request";

    /** Request attribute through which the application (or a framework adapter) names the route template. */
    public static final String ROUTE_ATTRIBUTE = "dev.leanjdbc.analyzer.route";

    /** The request attribute Spring MVC sets to the matched pattern, e.g. {@code /orders/{id}}. */
    public static final String SPRING_MVC_PATTERN_ATTRIBUTE =
            "org.springframework.web.servlet.HandlerMapping.bestMatchingPattern";

    /** Request attribute holding the request's {@link AnalysisScope} while it runs. */
    public static final String SCOPE_ATTRIBUTE = "dev.leanjdbc.analyzer.scope";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private final QueryAnalyzer analyzer;
    private final double sampleRate;
    private final ScopeBudget budget;
    private final String[] routeAttributes;

    private AnalysisFilter(Builder b) {
        this.analyzer = b.analyzer;
        this.sampleRate = b.sampleRate;
        this.budget = b.budget;
        List<String> attributes = new ArrayList<>(b.routeAttributes);
        attributes.add(ROUTE_ATTRIBUTE);
        attributes.add(SPRING_MVC_PATTERN_ATTRIBUTE);
        this.routeAttributes = attributes.toArray(new String[0]);
    }

    /** A filter with the defaults: every request logged, no budget. */
    public AnalysisFilter(QueryAnalyzer analyzer) {
        this(builder(analyzer));
    }

    public static Builder builder(QueryAnalyzer analyzer) {
        return new Builder(analyzer);
    }

    public double sampleRate() {
        return sampleRate;
    }

    public ScopeBudget budget() {
        return budget;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http)
                || request.getDispatcherType() != DispatcherType.REQUEST
                || request.getAttribute(SCOPE_ATTRIBUTE) != null) {
            chain.doFilter(request, response);
            return;
        }
        String method = http.getMethod();
        AnalysisScope scope = analyzer.scope(method + " " + path(http), budget);
        Throwable failure = null;
        try {
            request.setAttribute(SCOPE_ATTRIBUTE, scope);
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            end(http, response, method, scope, failure);
        }
    }

    private void end(
            HttpServletRequest request,
            ServletResponse response,
            String method,
            AnalysisScope scope,
            Throwable failure) {
        try {
            String route = route(request);
            if (route != null) {
                scope.rename(method + " " + route);
            }
        } finally {
            scope.close();
            request.removeAttribute(SCOPE_ATTRIBUTE);
        }
        if (LOG.isInfoEnabled() && sampled()) {
            LOG.info(line(scope.report(), response, failure));
        }
    }

    private boolean sampled() {
        return sampleRate >= 1.0
                || (sampleRate > 0.0 && ThreadLocalRandom.current().nextDouble() < sampleRate);
    }

    private String route(HttpServletRequest request) {
        for (String name : routeAttributes) {
            Object value = request.getAttribute(name);
            if (value != null) {
                String route = value.toString();
                if (!route.isEmpty()) {
                    return route;
                }
            }
        }
        return null;
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        if (context != null && !context.isEmpty() && uri.startsWith(context)) {
            uri = uri.substring(context.length());
        }
        return uri.isEmpty() ? "/" : uri;
    }

    /** {@code GET /orders/{id} 200 in 12.4 ms: 3 statements, 57 rows, 1 finding (N_PLUS_ONE)}. */
    static String line(Report r, ServletResponse response, Throwable failure) {
        StringBuilder sb = new StringBuilder(96).append(r.name()).append(' ');
        if (failure != null) {
            sb.append("failed (").append(cause(failure)).append(')');
        } else if (response instanceof HttpServletResponse http) {
            sb.append(http.getStatus());
        } else {
            sb.append('-');
        }
        sb.append(" in ")
                .append(String.format(Locale.ROOT, "%.1f", r.durationNanos() / 1e6))
                .append(" ms: ")
                .append(r.statementCount())
                .append(r.statementCount() == 1 ? " statement, " : " statements, ")
                .append(r.rowsRead())
                .append(r.rowsRead() == 1 ? " row, " : " rows, ");
        Set<String> types = new LinkedHashSet<>();
        int findings = 0;
        for (Finding f : r.findings()) {
            if (!f.suppressed()) {
                findings++;
                types.add(f.type().name());
            }
        }
        sb.append(findings).append(findings == 1 ? " finding" : " findings");
        if (findings > 0) {
            sb.append(" (").append(String.join(", ", types)).append(')');
        }
        return sb.toString();
    }

    /**
     * The failure's class, or the analyzer's own exception behind it however the application wrapped it
     * (bounded walk): {@code BudgetExceededException: maxRowsRead}, {@code ScopeStoppedException}.
     */
    private static String cause(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
            if (t instanceof BudgetExceededException b) {
                return "BudgetExceededException: " + b.budget();
            }
            if (t instanceof ScopeStoppedException) {
                return "ScopeStoppedException";
            }
        }
        return failure.getClass().getSimpleName();
    }

    /** Settings of an {@link AnalysisFilter}. */
    public static final class Builder {

        private final QueryAnalyzer analyzer;
        private double sampleRate = 1.0;
        private ScopeBudget budget = ScopeBudget.unlimited();
        private final List<String> routeAttributes = new ArrayList<>();

        private Builder(QueryAnalyzer analyzer) {
            this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        }

        /**
         * Fraction of requests whose line is logged, 0.0 (none) to 1.0 (all, the default), drawn at random
         * per request. Every request gets its scope whatever the rate, so budgets and meters see them all.
         */
        public Builder sampleRate(double rate) {
            if (!(rate >= 0.0 && rate <= 1.0)) {
                throw new IllegalArgumentException(
                        "sampleRate must be between 0.0 and 1.0 (the fraction of requests logged), was " + rate);
            }
            this.sampleRate = rate;
            return this;
        }

        /** The budget of each request's scope (default unlimited); see {@link ScopeBudget}. */
        public Builder budget(ScopeBudget budget) {
            this.budget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        /** A request attribute holding the route template, looked at before the built-in ones. */
        public Builder routeAttribute(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("routeAttribute must not be blank, was '" + name + "'");
            }
            routeAttributes.add(name);
            return this;
        }

        public AnalysisFilter build() {
            return new AnalysisFilter(this);
        }
    }
}
